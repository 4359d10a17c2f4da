// Reading one alternative of the vocabulary (a small regular-expression
// reader, no evaluation) for what the matcher needs of it: the strings of up
// to three characters any match of it starts with (where to look), and, when
// it is a finite set of words, those words in the order the expression tries
// them (what it matches, decided without running it).
import { foldUnit } from './case';
import { hasNoRun, isRun, runMarker, type RunClass } from './runs';

/**
 * Prefix length: long enough to be selective (an expression runs wherever its
 * prefix occurs; with three characters, "adm" ran the German "Administrator…"
 * expressions on every English "admin"), short enough for few prefixes per
 * alternative (shorter when there are too many).
 */
const PREFIX_LENGTH = 12;
/** Beyond this many prefixes for one alternative, the shorter prefixes read so far are kept. */
const MAX_PREFIXES = 512;

// --- reading an alternative: a sequence of items, each a set of characters or a group, with a repeat count ---

/**
 * A set of characters: `chars` for prefixes (ANY where a prefix must stop;
 * folded as they are read), `exact` as the expression reads them (ANY where they are not a
 * small known set: "\p{L}", "\w", whose case-insensitive reading takes in
 * "ſ" and the Kelvin sign, a negated class). `run`: exactly "\p{L}", "\w"
 * or "\s", which may make a run (runs.ts).
 */
type Chars = { kind: 'chars'; chars: string[] | 'any'; exact: string[] | 'any'; run?: RunClass; min: number; max: number; lazy: boolean };
type Group = { kind: 'group'; branches: Item[][]; min: number; max: number; lazy: boolean };
/** Lookarounds, anchors and \b: they match no characters, so a prefix passes over them. */
type Assertion = { kind: 'assertion' };
type Item = Chars | Group | Assertion;

const ANY = 'any' as const;
const DIGITS = '0123456789'.split('');
const WORD = [...'abcdefghijklmnopqrstuvwxyz', ...DIGITS, '_'];
/** What "\s" matches. */
const WHITESPACE = [...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))];
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
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
    return lookaround ? { kind: 'assertion' } : { kind: 'group', branches, min: 1, max: 1, lazy: false };
  }

  private charClass(): Chars {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const set = new Set<string>();
    // Anything as far as prefixes know; not a known set of characters for literals.
    let any = negated;
    let anyExact = negated;
    // In JavaScript "[]" matches nothing and "[^]" anything: a "]" right after "[" closes the class.
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      let low: Chars;
      if (this.source[this.at] === '\\') {
        this.at++;
        const escaped = this.escape(true);
        low = escaped.kind === 'chars' ? escaped : chars(ANY);
      } else low = chars([this.source[this.at++]]);
      const lowChar = low.exact !== ANY && low.exact.length === 1 ? low.exact[0] : undefined;
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && lowChar !== undefined) {
        this.at++;
        const highItem = this.source[this.at] === '\\' ? (this.at++, this.escape(true)) : chars([this.source[this.at++]]);
        const high = highItem.kind === 'chars' && highItem.exact !== ANY && highItem.exact.length === 1 ? highItem.exact[0] : undefined;
        const from = lowChar.charCodeAt(0);
        const to = high?.charCodeAt(0) ?? -1;
        if (to < from || to - from > MAX_RANGE) any = anyExact = true;
        else for (let code = from; code <= to; code++) set.add(String.fromCharCode(code));
        continue;
      }
      if (low.chars === ANY) any = true;
      if (low.exact === ANY) anyExact = true;
      // \w is known to prefixes (folded), not to literals: its letters join the set, which literals will not use.
      const known = low.exact !== ANY ? low.exact : low.chars;
      if (known !== ANY) for (const ch of known) set.add(ch);
    }
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    return chars(any ? ANY : [...set], anyExact ? ANY : [...set]);
  }

  /** After a backslash. Inside a class, \b is a backspace, not a boundary. */
  private escape(inClass: boolean): Item {
    const c = this.source[this.at++];
    if (c === 'd') return chars(DIGITS);
    if (c === 'w') return { ...chars(WORD, ANY), run: 'word' };
    if (c === 's') return { ...chars(WHITESPACE), run: 'space' };
    if (CONTROL_ESCAPES[c]) return chars([CONTROL_ESCAPES[c]]);
    if ((c === 'b' || c === 'B') && !inClass) return { kind: 'assertion' };
    if (c === 'p' || c === 'P') {
      const end = this.source.indexOf('}', this.at) + 1;
      const letters = c === 'p' && this.source.slice(this.at, end) === '{L}';
      this.at = end;
      return letters ? { ...chars(ANY), run: 'letters' } : chars(ANY);
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
    const lazy = this.source[this.at] === '?';
    if (lazy) this.at++;
    item.min = min;
    item.max = max;
    item.lazy = lazy;
  }
}

/** Characters: as written, for prefixes (folded as they are read) and literals. */
function chars(list: string[] | 'any', exact: string[] | 'any' = list): Chars {
  return { kind: 'chars', chars: list, exact, min: 1, max: 1, lazy: false };
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
    // A character that is not one unit (a surrogate, an astral "\u{...}") could be anything as far as the folded text shows.
    const folded = item.chars === ANY || item.chars.some((c) => c.length !== 1 || (c >= '\ud800' && c <= '\udfff')) ? ANY : item.chars.map((c) => String.fromCharCode(foldUnit(c.charCodeAt(0))));
    if (folded === ANY) for (const s of from) out.done.add(s);
    else for (const s of from) for (const ch of folded) add(out, s + ch, length);
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
  // A prefix that another one begins ("your handles" after "your handle") adds no position.
  return [...result].filter((p) => ![...result].some((q) => q !== p && p.startsWith(q)));
}


// --- the words of an alternative ---

/** One word an alternative matches; `wordRest`: it goes on over the letters that follow ("\p{L}*" at its end). */
export interface Literal {
  text: string;
  wordRest: boolean;
}

/** Beyond this many words, an alternative is left to its expression. */
const MAX_LITERALS = 256;

class NotLiteral extends Error {}

/**
 * The words an alternative matches, in the order its expression tries them
 * (a greedy "x?" tries "x" first, a lazy one last; alternatives in order,
 * repeats one more time before one fewer), each as `fold` writes it, or
 * undefined when it is not a small finite set of words: a class it cannot
 * list ("\p{L}" other than at the end, "\w", "."), an unbounded repeat, a
 * lookaround or "\b", a repeat of something that may be empty, a word that
 * may be empty, or more than 256 words.
 *
 * The expression at one position takes the first word in this order that is
 * there and passes its word boundary: what `literalsOf` gives, with its
 * order, is enough to decide it. A trailing "\p{L}*" (a greedy run of
 * letters, "datenschutz\p{L}*") is kept as `wordRest`: it takes every letter
 * after the word, and giving some back cannot help, since a letter would
 * then follow.
 */
export function literalsOf(source: string, fold: (text: string) => string | undefined, decided: (word: string) => boolean = hasNoRun): Literal[] | undefined {
  let branches: Item[][];
  try {
    branches = new Reader(source).all();
  } catch {
    return undefined;
  }
  const out: Literal[] = [];
  const seen = new Set<string>();
  try {
    for (const branch of branches) {
      let items = branch;
      const last = items[items.length - 1];
      const wordRest = last?.kind === 'chars' && last.run === 'letters' && last.min === 0 && last.max === Infinity && !last.lazy;
      if (wordRest) items = items.slice(0, -1);
      for (const word of expandSequence(items)) {
        const text = fold(word);
        if (!text || !decided(text)) return undefined;
        const key = `${wordRest ? '+' : '='}${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text, wordRest });
      }
      if (out.length > MAX_LITERALS) return undefined;
    }
  } catch (error) {
    if (error instanceof NotLiteral) return undefined;
    throw error;
  }
  return out;
}

function expandSequence(items: Item[]): string[] {
  let words = [''];
  // Characters that have no alternative are gathered and added to every word at once.
  let fixed = '';
  const append = (options: string[]) => {
    const next: string[] = [];
    for (const word of words) for (const option of options) next.push(word + fixed + option);
    if (next.length > MAX_LITERALS) throw new NotLiteral();
    words = next;
    fixed = '';
  };
  for (const item of items) {
    if (item.kind === 'chars' && item.min === 1 && item.max === 1 && item.exact !== ANY && item.exact.length === 1 && !isRun(item.exact[0])) fixed += item.exact[0];
    else append(expandItem(item));
  }
  if (fixed) append(['']);
  return words;
}

function expandItem(item: Item): string[] {
  // A greedy run of letters, word characters or spaces ("\p{L}*", "\w+"): one marker, checked below.
  if (item.kind === 'chars' && item.run && item.max === Infinity && !item.lazy && item.min <= 1) return [runMarker(item.run, item.min)];
  if (item.kind === 'assertion' || item.max === Infinity) throw new NotLiteral();
  let once: string[];
  if (item.kind === 'chars') {
    if (item.exact === ANY || item.exact.some(isRun)) throw new NotLiteral();
    once = item.exact;
  } else once = item.branches.flatMap(expandSequence);
  if (item.min === 1 && item.max === 1) return once;
  // The language's rule for a repeat that matched nothing is not modelled.
  if (once.includes('')) throw new NotLiteral();
  const out: string[] = [];
  const repeat = (count: number, word: string): void => {
    if (item.lazy && count >= item.min) out.push(word);
    if (count < item.max) for (const option of once) repeat(count + 1, word + option);
    if (!item.lazy && count >= item.min) out.push(word);
    if (out.length > MAX_LITERALS) throw new NotLiteral();
  };
  repeat(0, '');
  return out;
}
