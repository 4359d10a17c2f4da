// A cheap test that rules a concept out of a text before its regular
// expression runs. Most texts name only a few of the ~100 concepts, and one
// concept's expression (every language's words at once) is long, so running
// them all on every sentence was most of the engine's time.
//
// Each alternative of a concept is read (a small regular-expression reader, no
// evaluation) for the strings of up to three characters any match of it must
// begin with ("(?:web )?browser" -> "web", "bro"). A text is walked once
// through a trie of those prefixes; a concept whose prefixes do not occur in
// the text cannot match there. The test may let a concept through that then
// does not match (that costs a regex run, nothing else), but it never rules
// out one that would: an alternative it cannot read gives its concept no
// prefixes, and such a concept is always run.

/** Prefix length: long enough to be selective, short enough for few prefixes per alternative (shorter when there are too many). */
const PREFIX_LENGTH = 3;
/** Beyond this many prefixes for one alternative, the shorter prefixes read so far are kept. */
const MAX_PREFIXES = 512;

/**
 * Case and whitespace as the concept expressions see them (flags "iu"):
 * upper then lower case folds most letters the way the expressions do, "ß"
 * and final sigma are folded by hand, and all whitespace becomes one kind.
 */
export function foldForPrefilter(text: string): string {
  return text.toUpperCase().toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ').replace(/\s/g, ' ');
}

// --- reading an alternative: a sequence of items, each a set of characters or a group, with a repeat count ---

type Chars = { kind: 'chars'; chars: string[] | 'any'; min: number; max: number };
type Group = { kind: 'group'; branches: Item[][]; min: number; max: number };
/** Lookarounds, anchors and \b: they match no characters, so a prefix passes over them. */
type Assertion = { kind: 'assertion' };
type Item = Chars | Group | Assertion;

const ANY = 'any' as const;
const DIGITS = '0123456789'.split('');
const WORD = [...'abcdefghijklmnopqrstuvwxyz', ...DIGITS, '_'];
const MAX_RANGE = 128;

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** The whole source, or an error if something is left over (a stray ")"). */
  all(): Item[][] {
    const branches = this.alternatives();
    if (this.at !== this.source.length) throw new Error('unexpected ")"');
    return branches;
  }

  alternatives(): Item[][] {
    const branches: Item[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.atom();
      if (item.kind !== 'assertion') this.quantifier(item);
      items.push(item);
    }
    return items;
  }

  private atom(): Item {
    const c = this.source[this.at++];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c === '.') return chars(ANY);
    return chars([c]);
  }

  private group(): Item {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
    const branches = this.alternatives();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return lookaround ? { kind: 'assertion' } : { kind: 'group', branches, min: 1, max: 1 };
  }

  private charClass(): Chars {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const set = new Set<string>();
    let any = negated;
    // In JavaScript "[]" matches nothing and "[^]" anything: a "]" right after "[" closes the class.
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      let low: string[] | 'any';
      if (this.source[this.at] === '\\') {
        this.at++;
        const escaped = this.escape(true);
        low = escaped.kind === 'chars' ? escaped.chars : ANY;
      } else low = [this.source[this.at++]];
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && low !== ANY && low.length === 1) {
        this.at++;
        const highChar = this.source[this.at] === '\\' ? (this.at++, this.escape(true)) : chars([this.source[this.at++]]);
        const high = highChar.kind === 'chars' && highChar.chars !== ANY && highChar.chars.length === 1 ? highChar.chars[0] : undefined;
        const from = low[0].charCodeAt(0);
        const to = high?.charCodeAt(0) ?? -1;
        if (to < from || to - from > MAX_RANGE) any = true;
        else for (let code = from; code <= to; code++) set.add(String.fromCharCode(code));
        continue;
      }
      if (low === ANY) any = true;
      else for (const ch of low) set.add(ch);
    }
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    return chars(any ? ANY : [...set]);
  }

  /** After a backslash. Inside a class, \b is a backspace, not a boundary. */
  private escape(inClass: boolean): Item {
    const c = this.source[this.at++];
    if (c === 'd') return chars(DIGITS);
    if (c === 'w') return chars(WORD);
    if ('sntrfv'.includes(c)) return chars([' ']);
    if ((c === 'b' || c === 'B') && !inClass) return { kind: 'assertion' };
    if (c === 'p' || c === 'P') {
      this.at = this.source.indexOf('}', this.at) + 1;
      return chars(ANY);
    }
    if (c === 'u' && this.source[this.at] === '{') {
      const end = this.source.indexOf('}', this.at);
      const code = parseInt(this.source.slice(this.at + 1, end), 16);
      this.at = end + 1;
      return chars([String.fromCodePoint(code)]);
    }
    if (c === 'u' || c === 'x') {
      const length = c === 'u' ? 4 : 2;
      const code = parseInt(this.source.slice(this.at, this.at + length), 16);
      this.at += length;
      return chars([String.fromCharCode(code)]);
    }
    // \S \D \W, back-references, \k<name>, \0, \c: anything.
    if (/[SDW0-9kc]/.test(c)) return chars(ANY);
    return chars([c]);
  }

  private quantifier(item: Chars | Group): void {
    const c = this.source[this.at];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    item.min = min;
    item.max = max;
  }
}

function chars(list: string[] | 'any'): Chars {
  return { kind: 'chars', chars: list === ANY ? ANY : [...new Set(list.map(foldForPrefilter).map((s) => s.slice(0, PREFIX_LENGTH)))], min: 1, max: 1 };
}

// --- the prefixes of an alternative ---

/** Strings read so far: `open` can still grow, `done` have stopped (full length, or nothing more is known). */
interface Prefixes {
  open: Set<string>;
  done: Set<string>;
}

class TooMany extends Error {}

/** Adds a prefix read so far: to `done` once it has `length` characters. */
function add(into: Prefixes, s: string, length: number): void {
  if (s.length >= length) into.done.add(s.slice(0, length));
  else into.open.add(s);
  if (into.open.size + into.done.size > MAX_PREFIXES) throw new TooMany();
}

function extendSequence(items: Item[], from: Set<string>, length: number): Prefixes {
  let current: Prefixes = { open: new Set(from), done: new Set() };
  const done = new Set<string>();
  for (let i = 0; i < items.length && current.open.size > 0; i++) {
    const item = items[i];
    if (item.kind === 'assertion') continue;
    const next = extendRepeated(item, current.open, length);
    for (const s of current.done) done.add(s);
    current = next;
  }
  for (const s of current.done) done.add(s);
  return { open: current.open, done };
}

/** `from` followed by the item repeated min..max times (repeats beyond the prefix length add nothing). */
function extendRepeated(item: Chars | Group, from: Set<string>, length: number): Prefixes {
  const done = new Set<string>();
  let frontier = from;
  const open = new Set<string>();
  const limit = Math.min(item.max, item.min + length);
  for (let n = 0; n < limit && frontier.size > 0; n++) {
    if (n >= item.min) for (const s of frontier) open.add(s);
    const once = extendOnce(item, frontier, length);
    for (const s of once.done) done.add(s);
    frontier = once.open;
  }
  for (const s of frontier) open.add(s);
  if (open.size + done.size > MAX_PREFIXES) throw new TooMany();
  return { open, done };
}

function extendOnce(item: Chars | Group, from: Set<string>, length: number): Prefixes {
  const out: Prefixes = { open: new Set(), done: new Set() };
  if (item.kind === 'chars') {
    // Anything at all: the prefixes stop here.
    if (item.chars === ANY) for (const s of from) out.done.add(s);
    else for (const s of from) for (const ch of item.chars) add(out, s + ch, length);
    return out;
  }
  for (const branch of item.branches) {
    const branchOut = extendSequence(branch, from, length);
    for (const s of branchOut.open) add(out, s, length);
    for (const s of branchOut.done) out.done.add(s);
  }
  return out;
}

/**
 * The strings (at most three characters, folded) that every match of a
 * regular-expression alternative starts with, or undefined when that cannot
 * be said (it may start with anything).
 */
export function prefixesOf(source: string): string[] | undefined {
  let branches: Item[][];
  try {
    branches = new Reader(source).all();
  } catch {
    return undefined;
  }
  // Many short prefixes are still a test; too many long ones are not worth keeping.
  for (let length = PREFIX_LENGTH; length > 0; length--) {
    try {
      return prefixesOfLength(branches, length);
    } catch (error) {
      if (!(error instanceof TooMany)) throw error;
    }
  }
  return undefined;
}

function prefixesOfLength(branches: Item[][], length: number): string[] | undefined {
  const result = new Set<string>();
  for (const branch of branches) {
    const read = extendSequence(branch, new Set(['']), length);
    for (const s of [...read.open, ...read.done]) {
      if (s === '') return undefined;
      result.add(s);
    }
  }
  return [...result];
}

// --- the trie of every concept's prefixes, and the concepts a text may hold ---

interface TrieNode {
  next: Map<number, TrieNode>;
  concepts: number[];
}

export class ConceptPrefilter {
  /** The first character of every prefix, by UTF-16 code unit: an array lookup on the hot path. */
  private readonly roots: (TrieNode | undefined)[] = new Array(0x10000);
  private readonly ids = new Map<string, number>();
  /** Concepts with an alternative whose start cannot be read: always candidates. */
  private readonly always: number[] = [];
  private readonly seen = new Map<string, Uint8Array>();

  constructor(concepts: Map<string, string[]>) {
    for (const [concept, alternatives] of concepts) {
      const id = this.ids.size;
      this.ids.set(concept, id);
      const prefixes = new Set<string>();
      let readable = true;
      for (const alternative of alternatives) {
        const read = prefixesOf(alternative);
        if (!read) {
          readable = false;
          break;
        }
        for (const p of read) prefixes.add(p);
      }
      if (!readable) this.always.push(id);
      else for (const p of prefixes) this.insert(p, id);
    }
  }

  private insert(prefix: string, id: number): void {
    const first = prefix.charCodeAt(0);
    let node: TrieNode = this.roots[first] ?? (this.roots[first] = { next: new Map(), concepts: [] });
    for (let i = 1; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), concepts: [] }));
      node = child;
    }
    if (!node.concepts.includes(id)) node.concepts.push(id);
  }

  forgetTexts(): void {
    this.seen.clear();
  }

  /** Whether the concept may match somewhere in the text. */
  mayMatch(text: string, concept: string): boolean {
    const id = this.ids.get(concept);
    if (id === undefined) return true;
    return this.candidates(text)[id] === 1;
  }

  private candidates(text: string): Uint8Array {
    let flags = this.seen.get(text);
    if (flags) return flags;
    flags = new Uint8Array(this.ids.size);
    for (const id of this.always) flags[id] = 1;
    const folded = foldForPrefilter(text);
    for (let start = 0; start < folded.length; start++) {
      let node: TrieNode | undefined = this.roots[folded.charCodeAt(start)];
      for (let i = start + 1; node; i++) {
        for (const id of node.concepts) flags[id] = 1;
        node = i < folded.length ? node.next.get(folded.charCodeAt(i)) : undefined;
      }
    }
    // Texts repeat within a lint (a unit, its heading, its lead-in); the memory is bounded.
    if (this.seen.size > 20_000) this.seen.clear();
    this.seen.set(text, flags);
    return flags;
  }
}
