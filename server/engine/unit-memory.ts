// What rules read in a unit, remembered across lints: an editor re-lints after
// every keystroke, and most units, with everything before them in their
// section, are as they were. Offsets are no part of what is remembered: a unit
// moved by an edit above it reads the same.
import type { Section, Unit } from './model';

/**
 * A unit's context as one number: equal numbers, equal contexts. The context
 * is everything a `perUnit` reader may look at: the unit's own fields but its
 * offsets (kind, text, raw, lead-in, list or not, links, its place in its
 * block, whether it is its section's heading), its section and the sections
 * above it (depth and heading), the units before it in its section with
 * theirs, and the own fields of the unit just before its section's first one.
 */
let contexts = new Map<string, number>();
/**
 * Texts by number: a unit's fields are numbered once each, so that its key is a
 * few numbers. A unit replayed from an earlier lint holds the very strings it
 * held then, whose hashes V8 keeps: numbering them again costs little.
 */
let texts = new Map<string, number>();
let unitContexts = new WeakMap<Unit, number>();
let sectionContexts = new WeakMap<Section, number>();
/** Every reader's memory by context number; emptied with the numbers. */
const memories: Map<number, unknown>[] = [];
/** Contexts remembered at most (about a hundred policies of 10 KB); then all are forgotten. */
const MAX_CONTEXTS = 50_000;
/**
 * Units this far into a document are read without memory: a pasted
 * spreadsheet of 100,000 rows would fill it in one lint and make every lint pay
 * for contexts it never reads again.
 */
const MAX_REMEMBERED_INDEX = 5_000;

/** Forgets every context and what was read in it (for benchmarks that time text never seen). */
export function forgetUnitReadings(): void {
  contexts = new Map();
  texts = new Map();
  unitContexts = new WeakMap();
  sectionContexts = new WeakMap();
  for (const memory of memories) memory.clear();
}

function numberOf(key: string): number {
  let n = contexts.get(key);
  if (n === undefined) contexts.set(key, (n = contexts.size));
  return n;
}

function textNumber(text: string): number {
  let n = texts.get(text);
  if (n === undefined) texts.set(text, (n = texts.size));
  return n;
}

function own(unit: Unit): string {
  const links = unit.links.length === 0 ? '' : unit.links.map(textNumber).join(',');
  const leadIn = unit.leadIn === undefined ? '-' : textNumber(unit.leadIn);
  const block = unit.blockStart ? unit.index - unit.blockStart.index : '-';
  return `${unit.kind}|${unit.inList ? 1 : 0}|${textNumber(unit.text)}|${textNumber(unit.raw)}|${leadIn}|${links}|${block}|${unit.section.heading === unit ? 1 : 0}`;
}

function sectionContext(section: Section): number {
  let n = sectionContexts.get(section);
  if (n === undefined) {
    n = numberOf(`S${section.parent ? sectionContext(section.parent) : '-'}|${section.depth}|${section.heading ? own(section.heading) : '-'}`);
    sectionContexts.set(section, n);
  }
  return n;
}

function unitContext(unit: Unit): number {
  const known = unitContexts.get(unit);
  if (known !== undefined) return known;
  if (contexts.size >= MAX_CONTEXTS || texts.size >= MAX_CONTEXTS) forgetUnitReadings();
  // The units before it in its section not numbered yet, read first to last (one section may hold 100,000 table rows: no recursion).
  const todo: Unit[] = [];
  for (let u: Unit | undefined = unit; u && !unitContexts.has(u); u = u.previous?.section === u.section ? u.previous : undefined) todo.push(u);
  for (let i = todo.length - 1; i >= 0; i--) {
    const u = todo[i];
    const before = u.previous;
    const prior = !before ? '-' : before.section === u.section ? `P${unitContexts.get(before)}` : `X${own(before)}`;
    unitContexts.set(u, numberOf(`${prior}|${sectionContext(u.section)}|${own(u)}`));
  }
  return unitContexts.get(unit)!;
}

/**
 * `read`, remembering its answer per unit context (see `unitContext`). Only
 * for a reader that looks at nothing else: not at offsets, units after the
 * unit or in other sections (but the one just before its section), the whole
 * document, or settings. Its answers are shared between lints: never change one.
 */
export function perUnit<T>(read: (unit: Unit) => T): (unit: Unit) => T {
  const memory = new Map<number, { answer: T }>();
  memories.push(memory);
  return (unit) => {
    if (unit.index >= MAX_REMEMBERED_INDEX) return read(unit);
    const context = unitContext(unit);
    const known = memory.get(context);
    if (known) return known.answer;
    const answer = read(unit);
    memory.set(context, { answer });
    return answer;
  };
}
