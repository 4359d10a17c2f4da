// Reading the vocabulary: concept matches in a unit's text, negation scope,
// durations and ages. Written once; every rule uses these.
import { CASE_SENSITIVE, CLAUSE_BREAKS, CONCEPTS, DURATION_UNITS, NEGATION_CUES, NOT_NEGATING, NUMBER_WORDS } from './en';

export interface Match {
  concept: string;
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word boundaries that also work next to non-word characters such as "@" or "+".
const bounded = (alts: string[]) => `(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})(?![\\p{L}\\p{N}_])`;

const conceptRegex = new Map<string, RegExp[]>();
function regexesFor(concept: string): RegExp[] {
  let res = conceptRegex.get(concept);
  if (!res) {
    const alts = CONCEPTS[concept];
    if (!alts) throw new Error(`unknown vocabulary concept: ${concept}`);
    res = [new RegExp(bounded(alts.filter((a) => !(CASE_SENSITIVE[concept] ?? []).includes(a))), 'giu')];
    if (CASE_SENSITIVE[concept]) res.push(new RegExp(bounded(CASE_SENSITIVE[concept]), 'gu'));
    conceptRegex.set(concept, res);
  }
  return res;
}

const cache = new WeakMap<object, Map<string, Match[]>>();

/** Every match of a concept in a text, in order. `key` (the unit) caches the result. */
export function find(text: string, concept: string, key?: object): Match[] {
  let perKey = key ? cache.get(key) : undefined;
  const hit = perKey?.get(concept);
  if (hit) return hit;
  const out: Match[] = [];
  for (const re of regexesFor(concept)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ concept, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  out.sort((a, b) => a.start - b.start);
  if (key) {
    if (!perKey) cache.set(key, (perKey = new Map()));
    perKey.set(concept, out);
  }
  return out;
}

const CUE = new RegExp(`(?<![\\p{L}])(?:${NEGATION_CUES.map((c) => (c === "n't" ? "n't" : c)).join('|')})(?![\\p{L}])|n[’']t(?![\\p{L}])`, 'giu');
const NOT_NEGATING_RE = new RegExp(`(?<![\\p{L}])(?:${NOT_NEGATING.join('|')})(?![\\p{L}])`, 'giu');
const MAX_SCOPE_WORDS = 9;

/** Start of the clause that contains `index`. */
export function clauseStart(text: string, index: number): number {
  let start = 0;
  const lower = text.toLowerCase();
  for (const brk of CLAUSE_BREAKS) {
    const at = lower.lastIndexOf(brk, index - 1);
    if (at >= 0 && at + brk.length <= index) start = Math.max(start, at + brk.length);
  }
  return start;
}

/** End of the clause that contains `index`. */
export function clauseEnd(text: string, index: number): number {
  let end = text.length;
  const lower = text.toLowerCase();
  for (const brk of CLAUSE_BREAKS) {
    const at = lower.indexOf(brk, index);
    if (at >= 0) end = Math.min(end, at);
  }
  return end;
}

/** Negation cues in text[from, to) that really negate (not "no more than"). */
export function negationCues(text: string, from: number, to: number): Match[] {
  const slice = text.slice(from, to);
  const masked: [number, number][] = [];
  NOT_NEGATING_RE.lastIndex = 0;
  for (let m = NOT_NEGATING_RE.exec(slice); m; m = NOT_NEGATING_RE.exec(slice)) masked.push([m.index, m.index + m[0].length]);
  const out: Match[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(slice); m; m = CUE.exec(slice)) {
    const at = m.index;
    if (masked.some(([s, e]) => at >= s && at < e)) continue;
    out.push({ concept: 'negation', start: from + at, end: from + at + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether the words at text[start, end) fall in a negation's scope: a cue earlier in the same clause, a few words before. */
export function isNegated(text: string, start: number): boolean {
  const from = clauseStart(text, start);
  const cues = negationCues(text, from, start);
  if (cues.length === 0) return false;
  const last = cues[cues.length - 1];
  const between = text.slice(last.end, start).trim();
  const words = between ? between.split(/\s+/).length : 0;
  return words <= MAX_SCOPE_WORDS;
}

/** Matches of a concept that are not negated. */
export function affirmed(text: string, concept: string, key?: object): Match[] {
  return find(text, concept, key).filter((m) => !isNegated(text, m.start));
}

/** Matches of a concept that are negated. */
export function negated(text: string, concept: string, key?: object): Match[] {
  return find(text, concept, key).filter((m) => isNegated(text, m.start));
}

export function has(text: string, concept: string, key?: object): boolean {
  return find(text, concept, key).length > 0;
}

// --- numbers, durations, ages ---

const WORD_NUMBER = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// "ninety (90)", "twelve", "12", "1.5", "thirty-one", "one hundred and eighty"
const NUMBER = `(?:\\d+(?:[.,]\\d+)?|(?:${WORD_NUMBER})(?:[- ](?:and[- ])?(?:${WORD_NUMBER}))*)(?:\\s*\\(\\s*\\d+\\s*\\))?`;
const UNIT = DURATION_UNITS.map(([u]) => u).join('|');
const DURATION = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER})(?:\\s*|-)(${UNIT})(?![\\p{L}])`, 'giu');

/** A number written in digits or words ("ninety (90)", "twelve", "one hundred and eighty", "a"). */
export function readNumber(raw: string): number | undefined {
  const paren = /\(\s*(\d+)\s*\)/.exec(raw);
  if (paren) return Number(paren[1]);
  const digits = raw.replace(',', '.').trim();
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  let total = 0;
  let current = 0;
  for (const word of raw.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    const value = NUMBER_WORDS[word];
    if (value === undefined) return undefined;
    if (value === 100) current = (current || 1) * 100;
    else current += value;
  }
  total += current;
  return total || undefined;
}

export interface Duration {
  days: number;
  start: number;
  end: number;
  text: string;
}

function unitDays(unit: string): number {
  const u = unit.toLowerCase();
  for (const [pattern, days] of DURATION_UNITS) if (new RegExp(`^(?:${pattern})$`, 'i').test(u)) return days;
  return 1;
}

/** Durations in the text, normalised to days (12 months counts as a year). */
export function durations(text: string): Duration[] {
  const out: Duration[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const n = readNumber(m[1]);
    if (n === undefined) continue;
    const unit = m[2];
    // "a" and single letters as units ("5 d") only with digits, to keep "a day" but drop "a y".
    if (unit.length === 1 && !/\d/.test(m[1])) continue;
    const per = unitDays(unit);
    let days = n * per;
    if (per === 30 && n % 12 === 0) days = (n / 12) * 365;
    out.push({ days: Math.round(days * 1000) / 1000, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export interface Age {
  age: number;
  start: number;
  end: number;
}

const AGE_PATTERNS: RegExp[] = [
  new RegExp(`(${NUMBER})\\s*(?:\\+|years?(?:[- ]old)?\\s*(?:of age\\s*)?(?:or|and)\\s*(?:older|over|above|up)|years?[- ]old|years? of age|(?:or|and) (?:older|over|above))`, 'giu'),
  new RegExp(`(?:age[ds]?|aged)\\s*(?:of\\s*)?(?:at least\\s*)?(${NUMBER})`, 'giu'),
  new RegExp(`(?:under|over|above|below|younger than|older than|at least|minimum(?: age)?(?: of| is)?)\\s*(?:the age of\\s*)?(${NUMBER})(?![\\p{N}])`, 'giu'),
];

/** Ages stated in the text ("at least 16 years old", "over the age of 13", "18+"). */
export function ages(text: string): Age[] {
  const out: Age[] = [];
  for (const re of AGE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = readNumber(m[1]);
      if (n === undefined || n < 5 || n > 30 || !Number.isInteger(n)) continue;
      // a bare number after "under/over" is an age only when the sentence speaks of age
      if (re === AGE_PATTERNS[2] && !/\b(?:age|years?|old|minors?|child(?:ren)?|teens?|coppa|gdpr|adults?|accounts?|register|sign(?:ing)? up|join|users?)\b/i.test(text)) continue;
      const end = m.index + m[0].length;
      if (out.some((a) => a.start < end && m!.index < a.end)) continue;
      out.push({ age: n, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
