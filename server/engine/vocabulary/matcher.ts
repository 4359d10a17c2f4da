// Every concept of the vocabulary, found from one walk over a text.
//
// Each concept is still one regular expression (every language's
// alternatives, with word boundaries), built from the vocabulary files, and
// it still decides what matches: the matcher only chooses where it looks.
// Each alternative is read (a small regular-expression reader, no evaluation)
// for the strings of up to three characters any match of it must begin with
// ("(?:web )?browser" -> "web", "bro"). A text is walked once through a trie
// of those prefixes, which gives every concept the positions where a match
// may start (only at a word start for languages with word boundaries). The
// concept's global scan then starts at its first such position, restarts at
// the next one after each match, and stops after the last: no match starts
// anywhere else, so the matches are exactly those of a scan of the whole text
// (the same leftmost-first choice among alternatives, the same consecutive,
// non-overlapping matches), and a concept with no position costs nothing.
// Alternatives whose start cannot be read ("\p{L}+rions") are scanned on
// their own for the positions they match at.
import type { LanguageVocabulary } from './types';

/** Prefix length: long enough to be selective, short enough for few prefixes per alternative (shorter when there are too many). */
const PREFIX_LENGTH = 3;
/** Beyond this many prefixes for one alternative, the shorter prefixes read so far are kept. */
const MAX_PREFIXES = 512;

// --- the expressions ---

// Word boundaries that also work next to non-word characters such as "@" or "+".
const bounded = (alts: string[]) => `(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})(?![\\p{L}\\p{N}_])`;
/** Alternatives of one language, with or without word boundaries. */
const wrap = (lang: LanguageVocabulary, alts: string[]) => (lang.spaceless ? `(?:${alts.join('|')})` : bounded(alts));

/** One expression for every language's alternatives (undefined when there are none). */
export function unionSource(languages: LanguageVocabulary[], pick: (lang: LanguageVocabulary) => string[] | undefined): string | undefined {
  const parts = languages.map((lang) => {
    const alts = pick(lang);
    return alts && alts.length ? wrap(lang, alts) : undefined;
  }).filter((p): p is string => p !== undefined);
  return parts.length ? parts.join('|') : undefined;
}

// --- case and whitespace ---

/** Folded UTF-16 units, filled as they are met (0: not yet folded). */
const FOLDED = new Uint16Array(0x10000);

/**
 * A UTF-16 unit as the expressions compare it (flags "iu"), to one unit:
 * upper then lower case brings together the letters that case-insensitive
 * matching does ("ſ" and "s", "ẞ" and "ß", "ς" and "σ", the Kelvin sign and
 * "k"), every whitespace character becomes a space. A letter whose case is
 * more than one unit ("ß" -> "SS") is left as its lower case. Surrogates are
 * left alone (the reader never anchors on them).
 */
export function foldUnit(code: number): number {
  const known = FOLDED[code];
  if (known !== 0) return known;
  let folded = code;
  if (code < 0xd800 || code > 0xdfff) {
    const ch = String.fromCharCode(code);
    if (/\s/.test(ch)) folded = 0x20;
    else {
      const upper = ch.toUpperCase();
      const lower = (upper.length === 1 ? upper : ch).toLowerCase();
      folded = lower.length === 1 ? lower.charCodeAt(0) : ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : code;
    }
  }
  if (code !== 0) FOLDED[code] = folded;
  return folded;
}

/**
 * A whole string folded as `foldUnit` folds each unit (positions are kept).
 * The string's own case mapping is much faster and gives the same where no
 * letter changed length (only the string form writes a final sigma "ς").
 */
export function fold(text: string): string {
  const cased = text.toUpperCase().toLowerCase();
  if (cased.length === text.length) return cased.replace(/ς/g, 'σ').replace(/\s/g, ' ');
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
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

/** Characters as the text is folded; one that is not a single unit, or a surrogate, is read as anything (no prefix goes past it). */
function chars(list: string[] | 'any'): Chars {
  if (list === ANY || list.some((c) => c.length !== 1 || (c >= '\ud800' && c <= '\udfff'))) return { kind: 'chars', chars: ANY, min: 1, max: 1 };
  return { kind: 'chars', chars: [...new Set(list.map((c) => String.fromCharCode(foldUnit(c.charCodeAt(0)))))], min: 1, max: 1 };
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

// --- the trie of every concept's prefixes, and where each concept may match ---

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Patterns with a prefix that ends here, from a language without word boundaries (Japanese). */
  anywhere: number[];
  /** Patterns with a prefix that ends here, from a language whose words start where no letter, digit or "_" comes before. */
  atWordStart: number[];
}

/** One compiled expression of a concept: case-insensitive alternatives, or those that keep their case. */
interface Pattern {
  concept: string;
  source: string;
  flags: string;
  /** The expression (built when first needed). */
  expression?: RegExp;
  /** Alternatives with no readable start, with their language's boundaries: scanned for every position they match at. */
  unanchored?: string;
  unanchoredRegex?: RegExp;
}

/**
 * The trie nodes with patterns that one walk over a text reached, with the
 * position each was reached from (as -1 - position where no word may start
 * there): a pattern's candidates are read from them when it is asked for,
 * most patterns never are.
 */
interface Candidates {
  nodes: TrieNode[];
  starts: number[];
}

const trieNode = (): TrieNode => ({ next: new Map(), anywhere: [], atWordStart: [] });

const WORD_CHARACTER = /^[\p{L}\p{N}_]$/u;
/** Whether a UTF-16 unit is a letter, digit or "_" (1) or not (2), filled as met. */
const WORD_UNIT = new Uint8Array(0x10000);

/**
 * Whether a letter, digit or "_" comes right before `at`, where the
 * expressions' word boundary (?<![\p{L}\p{N}_]) fails. Read without case:
 * with it ("iu") a few more characters count (U+0345 folds to a letter), so
 * those positions stay candidates and the expression decides.
 */
function afterWordCharacter(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHARACTER.test(text.slice(at - 2, at));
  }
  let known = WORD_UNIT[code];
  if (known === 0) WORD_UNIT[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** The match of one concept in a text. */
export interface Match {
  concept: string;
  start: number;
  end: number;
  text: string;
}

/** The result shared by every text a concept is absent from (results are read-only: the type says so). */
const NONE: readonly Match[] = [];
const MAX_TEXTS_REMEMBERED = 20_000;

export class ConceptMatcher {
  private readonly patterns: Pattern[] = [];
  private readonly byConcept = new Map<string, number[]>();
  /** The first unit of every prefix: an array lookup on the hot path. */
  private readonly roots: (TrieNode | undefined)[] = new Array(0x10000);
  private readonly seen = new Map<string, Candidates>();

  constructor(languages: LanguageVocabulary[]) {
    const concepts = new Set(languages.flatMap((l) => [...Object.keys(l.concepts), ...Object.keys(l.caseSensitive ?? {})]));
    for (const concept of concepts) {
      const sensitiveOf = (l: LanguageVocabulary) => l.caseSensitive?.[concept] ?? [];
      const ids: number[] = [];
      for (const [pick, flags] of [
        [(l: LanguageVocabulary) => (l.concepts[concept] ?? []).filter((a) => !sensitiveOf(l).includes(a)), 'giu'],
        [sensitiveOf, 'gu'],
      ] as const) {
        const source = unionSource(languages, pick);
        if (source === undefined) continue;
        const id = this.patterns.length;
        const pattern: Pattern = { concept, source, flags };
        this.patterns.push(pattern);
        ids.push(id);
        pattern.unanchored = unionSource(languages, (l) =>
          pick(l).filter((alternative) => {
            const read = prefixesOf(alternative);
            for (const p of read ?? []) this.insert(p, id, !l.spaceless);
            return read === undefined;
          }),
        );
      }
      this.byConcept.set(concept, ids);
    }
  }

  private insert(prefix: string, id: number, bounded: boolean): void {
    const first = prefix.charCodeAt(0);
    let node: TrieNode = this.roots[first] ?? (this.roots[first] = trieNode());
    for (let i = 1; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = trieNode()));
      node = child;
    }
    const ids = bounded ? node.atWordStart : node.anywhere;
    if (!ids.includes(id)) ids.push(id);
  }

  /** The concept's expressions, which the matcher runs (each run sets `lastIndex` first): what a whole-text scan finds is what it must find. */
  expressionsOf(concept: string): RegExp[] {
    return this.idsOf(concept).map((id) => this.expressionOf(id));
  }

  /** Every expression the matcher runs, for the catastrophic-backtracking check. */
  compiled(): RegExp[] {
    return this.patterns.flatMap((_, id) => [this.expressionOf(id), this.unanchoredOf(id)]).filter((r): r is RegExp => r !== undefined);
  }

  forgetTexts(): void {
    this.seen.clear();
  }

  /** Every match of a concept in a text, in order (those of its case-insensitive expression first where two start together). */
  find(text: string, concept: string): readonly Match[] {
    const ids = this.idsOf(concept);
    const candidates = this.candidates(text);
    let out: Match[] | undefined;
    for (const id of ids) {
      const positions = this.positionsOf(id, text, candidates);
      if (!positions) continue;
      // The global scan, started at the first candidate and after each match at the next one:
      // no match starts between candidates, and after the last one there is none to look for.
      const re = this.expressionOf(id);
      for (let k = 0; k < positions.length; ) {
        re.lastIndex = positions[k];
        const m = re.exec(text);
        if (!m) break;
        if (m[0].length > 0) (out ??= []).push({ concept, start: m.index, end: m.index + m[0].length, text: m[0] });
        const next = m.index + Math.max(m[0].length, 1);
        while (k < positions.length && positions[k] < next) k++;
      }
    }
    if (!out) return NONE;
    return ids.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
  }

  private idsOf(concept: string): number[] {
    const ids = this.byConcept.get(concept);
    if (!ids) throw new Error(`unknown vocabulary concept: ${concept}`);
    return ids;
  }

  private expressionOf(id: number): RegExp {
    const pattern = this.patterns[id];
    return (pattern.expression ??= new RegExp(pattern.source, pattern.flags));
  }

  private unanchoredOf(id: number): RegExp | undefined {
    const pattern = this.patterns[id];
    if (pattern.unanchored === undefined) return undefined;
    return (pattern.unanchoredRegex ??= new RegExp(pattern.unanchored, pattern.flags));
  }

  /** The sorted positions where a pattern may match: its prefixes', and every position its unreadable alternatives match at. */
  private positionsOf(id: number, text: string, candidates: Candidates): number[] | undefined {
    let positions: number[] | undefined;
    const { nodes, starts } = candidates;
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k];
      const start = starts[k];
      if (start >= 0 ? node.anywhere.includes(id) || node.atWordStart.includes(id) : node.anywhere.includes(id)) {
        const at = start >= 0 ? start : -1 - start;
        if (!positions) positions = [at];
        else if (positions[positions.length - 1] !== at) positions.push(at);
      }
    }
    const unanchored = this.unanchoredOf(id);
    if (!unanchored) return positions;
    const more: number[] = [];
    unanchored.lastIndex = 0;
    // One character past each match start: every position a match starts at, overlapping or not.
    // (A step into the middle of a surrogate pair would be taken back to its start: the same match again.)
    for (let m = unanchored.exec(text); m; m = unanchored.exec(text)) {
      more.push(m.index);
      unanchored.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    if (!more.length) return positions;
    return [...new Set([...(positions ?? []), ...more])].sort((a, b) => a - b);
  }

  /** Walks the text once through the trie: the positions where each pattern's prefixes occur. */
  private candidates(text: string): Candidates {
    let found = this.seen.get(text);
    if (found) return found;
    found = { nodes: [], starts: [] };
    const folded = fold(text);
    const length = folded.length;
    for (let start = 0; start < length; start++) {
      let node = this.roots[folded.charCodeAt(start)];
      if (!node) continue;
      const from = afterWordCharacter(text, start) ? -1 - start : start;
      for (let i = start + 1; node; i++) {
        if (node.anywhere.length || (from >= 0 && node.atWordStart.length)) {
          found.nodes.push(node);
          found.starts.push(from);
        }
        node = i < length ? node.next.get(folded.charCodeAt(i)) : undefined;
      }
    }
    // Texts repeat within a lint (a unit, its heading, its lead-in); the memory is bounded.
    if (this.seen.size >= MAX_TEXTS_REMEMBERED) this.seen.clear();
    this.seen.set(text, found);
    return found;
  }
}
