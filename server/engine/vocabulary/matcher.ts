// Every concept of the vocabulary, found from one walk over a text.
//
// What a concept matches is defined by one regular expression per case
// (every language's alternatives, each language's with its word boundaries,
// built from the vocabulary files: `expressionsOf`), run as a global scan.
// The matcher finds exactly those matches without running it:
//
// - Most alternatives are a finite set of words ("passw(?:ort|örter)(?:n|es|s)?").
//   They are listed (alternatives.ts, in the order the expression tries them)
//   into a trie, and one walk over the text finds every word of every
//   concept at every position, with its boundaries checked.
// - The other alternatives keep an expression of their own, run only where
//   one of the strings its matches start with occurs (a second, smaller trie
//   of prefixes), or, when no such strings can be read ("\p{L}+rions"), where
//   a scan of it finds a match.
//
// At a position the concept's expression takes its first alternative (in
// language order, then as written) that matches there; so does the matcher,
// by rank. Matches follow one another as a global scan's do: the next is
// looked for where the last one ended.
import { asWrittenText, canonicalText, codePointAt, codePointBefore, fold, LETTER, WORD_CHARACTER, type CharacterTest } from './case';
import { alternativesOf, BOUNDED, commonPrefix, tablesOf, unionSource, WORD_REST, WORD_SEPARATOR, type VocabularyTables, type WordTable } from './tables';
import { runOf } from './runs';
import type { LanguageVocabulary } from './types';

/** The match of one concept in a text. */
export interface Match {
  concept: string;
  start: number;
  end: number;
  text: string;
}

/** The result shared by every text a concept is absent from (results are read-only: the type says so). */
const NONE: readonly Match[] = [];
const MAX_TEXTS_REMEMBERED = 10_000;

/** One expression of a concept: its case-insensitive alternatives, or those that keep their case. */
interface Scan {
  id: number;
  concept: string;
  sensitive: boolean;
  /** The whole expression, as the vocabulary defines the concept (for tests), built when first asked. */
  expression?: RegExp;
  /** Alternatives with an expression of their own, by rank. */
  patterns: Pattern[];
}

/** An alternative that is not a list of words: run as an expression where it may match. */
interface Pattern {
  id: number;
  rank: number;
  /** The alternative with its language's word boundaries. */
  source: string;
  flags: string;
  /** Sticky, run at one position (built when first needed). */
  expression?: RegExp;
  /** No start could be read: a scan of it gives the positions (built when first needed). */
  unanchored: boolean;
  scanner?: RegExp;
}

// --- the trie of words ---

/**
 * Every word of one case in a trie of typed arrays, built in one pass over
 * the sorted words: a node's children are a sorted list (first child, next
 * sibling), the first unit's node is an array lookup.
 */
class WordTrie {
  private readonly roots = new Int32Array(0x10000).fill(-1);
  private readonly code: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  /** Words ending at a node: the first, then each word's next (-1: none). */
  private readonly firstWord: Int32Array;
  private readonly nextWord: Int32Array;
  private readonly scanOf: Int32Array;
  private readonly rankOf: Int32Array;
  private readonly flagsOf: Uint8Array;
  /** Nodes with a run among their children (1). */
  private readonly hasRun: Uint8Array;
  readonly size: number;

  constructor(
    table: WordTable,
    private readonly sensitive: boolean,
    private readonly units: (text: string) => string,
    private readonly word: CharacterTest,
    private readonly letter: CharacterTest,
  ) {
    const words = table.text ? table.text.split(WORD_SEPARATOR) : [];
    this.size = words.length;
    this.scanOf = new Int32Array(words.length);
    this.rankOf = new Int32Array(words.length);
    this.flagsOf = new Uint8Array(words.length);
    for (let k = 0; k < words.length; k++) {
      this.scanOf[k] = table.meta[2 * k];
      this.rankOf[k] = table.meta[2 * k + 1] >> 2;
      this.flagsOf[k] = table.meta[2 * k + 1] & 3;
    }
    this.nextWord = new Int32Array(words.length);
    const capacity = table.nodes;
    const code = (this.code = new Uint16Array(capacity));
    const firstChild = (this.firstChild = new Int32Array(capacity).fill(-1));
    const nextSibling = (this.nextSibling = new Int32Array(capacity).fill(-1));
    const firstWord = (this.firstWord = new Int32Array(capacity).fill(-1));
    const hasRun = (this.hasRun = new Uint8Array(capacity));
    // The last child of each node so far (only while building).
    const lastChild = new Int32Array(capacity).fill(-1);
    // The node of each prefix of the word before: a word shares the nodes of its common prefix with it.
    const path: number[] = [];
    let nodes = 0;
    let previous = '';
    for (let k = 0; k < words.length; k++) {
      const word = words[k];
      const common = commonPrefix(word, previous);
      for (let depth = common; depth < word.length; depth++) {
        const node = nodes++;
        const unit = word.charCodeAt(depth);
        code[node] = unit;
        if (depth === 0) this.roots[unit] = node;
        else {
          // Words come sorted: a new child comes after its siblings.
          const parent = path[depth - 1];
          if (lastChild[parent] < 0) firstChild[parent] = node;
          else nextSibling[lastChild[parent]] = node;
          lastChild[parent] = node;
          if (runOf(unit, sensitive)) hasRun[parent] = 1;
        }
        path[depth] = node;
      }
      const end = path[word.length - 1];
      this.nextWord[k] = firstWord[end];
      firstWord[end] = k;
      previous = word;
    }
    if (nodes !== capacity) throw new Error(`vocabulary tables: ${capacity} trie nodes announced, ${nodes} built`);
  }

  /**
   * One walk over the text: for each scan, the first-ranked word at every
   * position where one is, as [position, rank, end] triples in order. A run
   * in a word (runs.ts) takes every character of its class and the walk goes
   * on after it, beside the walk through the node's other children.
   */
  walk(text: string): ReadonlyMap<number, number[]> {
    // Most texts name few concepts, and many none: those share one empty map.
    let hits: Map<number, number[]> | undefined;
    if (this.size === 0) return NO_HITS;
    const units = this.units(text);
    const length = units.length;
    const { code, firstChild, nextSibling, firstWord, nextWord, hasRun } = this;
    // Nodes still to visit from one start, with the position after them (runs make more than one way).
    const nodes: number[] = [];
    const positions: number[] = [];
    for (let start = 0; start < length; start++) {
      const root = this.roots[units.charCodeAt(start)];
      // (No word starts with a run marker: a private-use character in the text finds no root.)
      if (root < 0) continue;
      // Whether a word may start here (no letter, digit or "_" before it): asked once, if a bounded word is met.
      let wordStart = -1;
      nodes.push(root);
      positions.push(start + 1);
      while (nodes.length) {
        const node = nodes.pop()!;
        const i = positions.pop()!;
        for (let index = firstWord[node]; index >= 0; index = nextWord[index]) {
          const flags = this.flagsOf[index];
          let end = i;
          if (flags & WORD_REST)
            for (let point = codePointAt(text, end); point >= 0 && this.letter.at(point); point = codePointAt(text, end)) end += point > 0xffff ? 2 : 1;
          if (flags & BOUNDED) {
            if (wordStart === -1) {
              const before = codePointBefore(text, start);
              wordStart = before >= 0 && this.word.at(before) ? 0 : 1;
            }
            if (wordStart === 0) continue;
            const after = codePointAt(text, end);
            if (after >= 0 && this.word.at(after)) continue;
          }
          this.record((hits ??= new Map()), this.scanOf[index], start, this.rankOf[index], end);
        }
        if (hasRun[node]) this.runs(text, node, i, nodes, positions);
        if (i >= length) continue;
        const unit = units.charCodeAt(i);
        // A private-use character in the text is not a run marker.
        if (unit >= 0xe000 && runOf(unit, this.sensitive)) continue;
        let child = firstChild[node];
        while (child >= 0 && code[child] < unit) child = nextSibling[child];
        if (child >= 0 && code[child] === unit) {
          nodes.push(child);
          positions.push(i + 1);
        }
      }
    }
    return hits ?? NO_HITS;
  }

  /** The node's run children, each after the run of its class that starts at `i`. */
  private runs(text: string, node: number, i: number, nodes: number[], positions: number[]): void {
    for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
      const run = runOf(this.code[child], this.sensitive);
      if (!run) continue;
      let end = i;
      let count = 0;
      for (let point = codePointAt(text, end); point >= 0 && run.test.at(point); point = codePointAt(text, end)) {
        end += point > 0xffff ? 2 : 1;
        count++;
      }
      if (count < run.min) continue;
      nodes.push(child);
      positions.push(end);
    }
  }

  private record(hits: Map<number, number[]>, scan: number, start: number, rank: number, end: number): void {
    let found = hits.get(scan);
    if (!found) hits.set(scan, (found = []));
    const last = found.length - 3;
    if (last >= 0 && found[last] === start) {
      if (rank < found[last + 1]) {
        found[last + 1] = rank;
        found[last + 2] = end;
      }
    } else found.push(start, rank, end);
  }
}

// --- the trie of prefixes, for the other alternatives ---

interface PrefixNode {
  next: Map<number, PrefixNode>;
  /** Patterns with a prefix that ends here, from a language without word boundaries (Japanese). */
  anywhere: number[];
  /** Patterns with a prefix that ends here, from a language whose words start where no letter, digit or "_" comes before. */
  atWordStart: number[];
}

const prefixNode = (): PrefixNode => ({ next: new Map(), anywhere: [], atWordStart: [] });

/**
 * Whether a letter, digit or "_" comes right before `at`, where the
 * expressions' word boundary (?<![\p{L}\p{N}_]) fails. Read without case:
 * with it ("iu") a few more characters count (U+0345 folds to a letter), so
 * those positions stay candidates and the expression decides.
 */
function afterWordCharacter(text: string, at: number): boolean {
  const before = codePointBefore(text, at);
  return before >= 0 && WORD_CHARACTER.sensitive.at(before);
}

/** What one walk found in a text: words per scan, and where each anchored pattern may match; then each concept's matches, as asked. */
interface Reading {
  words: ReadonlyMap<number, number[]>;
  sensitiveWords: ReadonlyMap<number, number[]>;
  patternPositions: ReadonlyMap<number, number[]>;
  /** Each concept's matches where there are any (made when the first is found). */
  matches?: Map<string, readonly Match[]>;
}

const NO_HITS: ReadonlyMap<number, number[]> = new Map();

const EMPTY: number[] = [];

export class ConceptMatcher {
  private readonly scans: Scan[];
  private readonly patterns: Pattern[] = [];
  private readonly byConcept = new Map<string, Scan[]>();
  private readonly insensitiveWords: WordTrie;
  private readonly sensitiveWords: WordTrie;
  /** The first unit of every prefix: an array lookup on the hot path. */
  private readonly prefixRoots: (PrefixNode | undefined)[] = new Array(0x10000);
  private readonly seen = new Map<string, Reading>();

  /** `tables`: the languages read as the matcher needs them (built here when not given: the engine's come with the build). */
  constructor(
    private readonly languages: LanguageVocabulary[],
    tables: VocabularyTables = tablesOf(languages),
  ) {
    this.scans = tables.scans.map(({ concept, sensitive }, id) => ({ id, concept, sensitive, patterns: [] }));
    for (const scan of this.scans) {
      const scans = this.byConcept.get(scan.concept);
      if (scans) scans.push(scan);
      else this.byConcept.set(scan.concept, [scan]);
    }
    this.insensitiveWords = new WordTrie(tables.insensitive, false, canonicalText, WORD_CHARACTER.insensitive, LETTER.insensitive);
    this.sensitiveWords = new WordTrie(tables.sensitive, true, asWrittenText, WORD_CHARACTER.sensitive, LETTER.sensitive);
    for (const entry of tables.patterns) {
      const pattern: Pattern = { id: this.patterns.length, rank: entry.rank, source: entry.source, flags: entry.flags, unanchored: entry.prefixes === undefined };
      this.patterns.push(pattern);
      this.scans[entry.scan].patterns.push(pattern);
      for (const prefix of entry.prefixes ?? []) this.insertPrefix(prefix, pattern.id, entry.atWordStart);
    }
  }

  private insertPrefix(prefix: string, id: number, atWordStart: boolean): void {
    const first = prefix.charCodeAt(0);
    let node: PrefixNode = this.prefixRoots[first] ?? (this.prefixRoots[first] = prefixNode());
    for (let i = 1; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = prefixNode()));
      node = child;
    }
    const ids = atWordStart ? node.atWordStart : node.anywhere;
    if (!ids.includes(id)) ids.push(id);
  }

  /** The concept's expressions, as a global scan runs them: what the matcher must find (each use sets `lastIndex` first). */
  expressionsOf(concept: string): RegExp[] {
    return this.scansOf(concept).map(
      (scan) => (scan.expression ??= new RegExp(unionSource(this.languages, (l) => alternativesOf(l, concept, scan.sensitive))!, scan.sensitive ? 'gu' : 'giu')),
    );
  }

  /** Every expression the matcher runs, for the catastrophic-backtracking check. */
  compiled(): RegExp[] {
    return this.patterns.flatMap((pattern) => [this.expressionOf(pattern), ...(pattern.unanchored ? [this.scannerOf(pattern)] : [])]);
  }

  /** How many alternatives are decided as words, and how many by an expression (for the README's account). */
  counts(): { words: number; patterns: number } {
    return { words: this.insensitiveWords.size + this.sensitiveWords.size, patterns: this.patterns.length };
  }

  forgetTexts(): void {
    this.seen.clear();
  }

  /** Every match of a concept in a text, in order (those of its case-insensitive expression first where two start together). */
  find(text: string, concept: string): readonly Match[] {
    const reading = this.read(text);
    let found = reading.matches?.get(concept);
    if (!found) {
      found = this.match(text, concept, reading);
      // Only what was found is kept: most concepts are absent from most texts, and asking again costs little.
      if (found !== NONE) (reading.matches ??= new Map()).set(concept, found);
    }
    return found;
  }

  private match(text: string, concept: string, reading: Reading): readonly Match[] {
    const scans = this.scansOf(concept);
    let out: Match[] | undefined;
    for (const scan of scans) {
      const words = (scan.sensitive ? reading.sensitiveWords : reading.words).get(scan.id) ?? EMPTY;
      const patterns: Pattern[] = [];
      const positions: number[][] = [];
      for (const pattern of scan.patterns) {
        const at = pattern.unanchored ? this.scannedPositions(pattern, text) : reading.patternPositions.get(pattern.id);
        if (at && at.length) {
          patterns.push(pattern);
          positions.push(at);
        }
      }
      if (!words.length && !patterns.length) continue;
      const next = new Array<number>(patterns.length).fill(0);
      let word = 0;
      let from = 0;
      for (;;) {
        // The next position at or after `from` where a word or a pattern may match.
        while (word < words.length && words[word] < from) word += 3;
        let at = word < words.length ? words[word] : Infinity;
        for (let k = 0; k < patterns.length; k++) {
          while (next[k] < positions[k].length && positions[k][next[k]] < from) next[k]++;
          if (next[k] < positions[k].length && positions[k][next[k]] < at) at = positions[k][next[k]];
        }
        if (at === Infinity) break;
        let rank = Infinity;
        let end = at;
        if (word < words.length && words[word] === at) [rank, end] = [words[word + 1], words[word + 2]];
        for (let k = 0; k < patterns.length && patterns[k].rank < rank; k++) {
          if (positions[k][next[k]] !== at) continue;
          const expression = this.expressionOf(patterns[k]);
          expression.lastIndex = at;
          const m = expression.exec(text);
          if (m) {
            rank = patterns[k].rank;
            end = at + m[0].length;
            break;
          }
        }
        // An empty match, like none, lets the search go on from the next position.
        if (end > at) {
          (out ??= []).push({ concept, start: at, end, text: text.slice(at, end) });
          from = end;
        } else from = at + 1;
      }
    }
    if (!out) return NONE;
    return scans.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
  }

  private scansOf(concept: string): Scan[] {
    const scans = this.byConcept.get(concept);
    if (!scans) throw new Error(`unknown vocabulary concept: ${concept}`);
    return scans;
  }

  private expressionOf(pattern: Pattern): RegExp {
    return (pattern.expression ??= new RegExp(pattern.source, `${pattern.flags}y`));
  }

  private scannerOf(pattern: Pattern): RegExp {
    return (pattern.scanner ??= new RegExp(pattern.source, `${pattern.flags}g`));
  }

  /** Every position an unanchored pattern matches at, overlapping or not. */
  private scannedPositions(pattern: Pattern, text: string): number[] {
    const scanner = this.scannerOf(pattern);
    const out: number[] = [];
    scanner.lastIndex = 0;
    // One character past each match start (a step into the middle of a surrogate pair would be taken back to its start: the same match again).
    for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
      out.push(m.index);
      scanner.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    return out;
  }

  /** Walks the text once through both tries. */
  private read(text: string): Reading {
    let reading = this.seen.get(text);
    if (reading) return reading;
    reading = { words: this.insensitiveWords.walk(text), sensitiveWords: this.sensitiveWords.walk(text), patternPositions: this.prefixPositions(text) };
    // Texts repeat within a lint (a unit, its heading, its lead-in); the memory is bounded.
    if (this.seen.size >= MAX_TEXTS_REMEMBERED) this.seen.clear();
    this.seen.set(text, reading);
    return reading;
  }

  /** The positions where each anchored pattern's prefixes occur (at a word start for languages with word boundaries). */
  private prefixPositions(text: string): ReadonlyMap<number, number[]> {
    let positions: Map<number, number[]> | undefined;
    const add = (ids: number[], at: number) => {
      for (const id of ids) {
        let list = (positions ??= new Map()).get(id);
        if (!list) positions.set(id, (list = []));
        if (list[list.length - 1] !== at) list.push(at);
      }
    };
    const folded = fold(text);
    const length = folded.length;
    for (let start = 0; start < length; start++) {
      let node = this.prefixRoots[folded.charCodeAt(start)];
      if (!node) continue;
      const wordStart = !afterWordCharacter(text, start);
      for (let i = start + 1; node; i++) {
        if (node.anywhere.length) add(node.anywhere, start);
        if (wordStart && node.atWordStart.length) add(node.atWordStart, start);
        node = i < length ? node.next.get(folded.charCodeAt(i)) : undefined;
      }
    }
    return positions ?? NO_HITS;
  }
}
