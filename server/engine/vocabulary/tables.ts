// The vocabulary as the matcher reads it: every alternative either listed as
// words (alternatives.ts) or kept as an expression with the prefixes its
// matches start with. Reading 6,000 alternatives takes a few hundred
// milliseconds, more than a whole lint of a small file, so the build does it
// once (tools/vocabulary-tables-plugin.mjs bundles these tables as data);
// tests with vocabularies of their own read them at run time.
import { literalsOf, prefixesOf } from './alternatives';
import { canonicalText } from './case';
import { numberPattern } from './numbers';
import { runsDecided } from './runs';
import { LANGUAGES } from './languages';
import type { LanguageVocabulary } from './types';

/** Words of one case, sorted (by UTF-16 units), with what each stands for. */
export interface WordTable {
  /** The words joined by WORD_SEPARATOR. */
  text: string;
  /**
   * Two numbers a word: its scan, then its rank times 4 plus its flags
   * (BOUNDED | WORD_REST). A rank is the alternative's place in its
   * expression times WORDS_PER_ALTERNATIVE, plus the word's place among the
   * alternative's words. (Compact: the tables are bundled.)
   */
  meta: number[];
  /** How many trie nodes the words make (each word's units after those it shares with the word before): the matcher allocates that many. */
  nodes: number;
}

/** Between words: a character no word holds, and one JSON writes as it is (unlike "\0"). */
export const WORD_SEPARATOR = '\x7f';

/** An alternative that keeps its expression. */
export interface PatternEntry {
  scan: number;
  rank: number;
  /** The alternative with its language's word boundaries. */
  source: string;
  flags: string;
  /** The strings its matches start with (folded), or undefined when any position may do. */
  prefixes?: string[];
  /** Its matches start where no letter, digit or "_" comes before (a language with word boundaries). */
  atWordStart: boolean;
}

/** An age phrase of one language with its number pattern in place, and the strings its matches start with (undefined: any). */
export interface AgeEntry {
  source: string;
  prefixes?: string[];
}

export interface VocabularyTables {
  /** One per concept and case: the concept's case-insensitive alternatives, or those that keep their case. */
  scans: { concept: string; sensitive: boolean }[];
  insensitive: WordTable;
  sensitive: WordTable;
  patterns: PatternEntry[];
  /** Every language's age phrases, in language order. */
  ages: AgeEntry[];
}

export const WORDS_PER_ALTERNATIVE = 1024;
export const BOUNDED = 1;
export const WORD_REST = 2;

// Word boundaries that also work next to non-word characters such as "@" or "+".
const bounded = (alts: string[]) => `(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})(?![\\p{L}\\p{N}_])`;
/** Alternatives of one language, with or without word boundaries. */
const wrap = (lang: LanguageVocabulary, alts: string[]) => (lang.spaceless ? `(?:${alts.join('|')})` : bounded(alts));

/** One expression for every language's alternatives (undefined when there are none): what a concept matches, by definition. */
export function unionSource(languages: LanguageVocabulary[], pick: (lang: LanguageVocabulary) => string[] | undefined): string | undefined {
  const parts = languages
    .map((lang) => {
      const alts = pick(lang);
      return alts && alts.length ? wrap(lang, alts) : undefined;
    })
    .filter((p): p is string => p !== undefined);
  return parts.length ? parts.join('|') : undefined;
}

/** Negation cues, read like concepts: those that negate what follows, what comes before, and phrases that hold a cue and do not negate. */
export const NEGATION_CUES = { before: 'negation:before', after: 'negation:after', notNegating: 'negation:not' } as const;

const cueLists: Record<string, (lang: LanguageVocabulary) => string[] | undefined> = {
  [NEGATION_CUES.before]: (l) => l.negationBefore,
  [NEGATION_CUES.after]: (l) => l.negationAfter,
  [NEGATION_CUES.notNegating]: (l) => l.notNegating,
};

/** A concept's alternatives for one case, in one language. */
export function alternativesOf(lang: LanguageVocabulary, concept: string, sensitive: boolean): string[] {
  const cues = cueLists[concept];
  if (cues) return sensitive ? [] : (cues(lang) ?? []);
  const keepCase = lang.caseSensitive?.[concept] ?? [];
  return sensitive ? keepCase : (lang.concepts[concept] ?? []).filter((a) => !keepCase.includes(a));
}

/** Every concept the languages name, and the negation cues. */
export function conceptsOf(languages: LanguageVocabulary[]): string[] {
  return [...new Set(languages.flatMap((l) => [...Object.keys(l.concepts), ...Object.keys(l.caseSensitive ?? {})])), ...Object.keys(cueLists)];
}

interface Word {
  text: string;
  scan: number;
  rank: number;
  flags: number;
}

export function tablesOf(languages: LanguageVocabulary[]): VocabularyTables {
  const scans: VocabularyTables['scans'] = [];
  const words: { insensitive: Word[]; sensitive: Word[] } = { insensitive: [], sensitive: [] };
  const patterns: PatternEntry[] = [];
  for (const concept of conceptsOf(languages))
    for (const sensitive of [false, true]) {
      if (!languages.some((l) => alternativesOf(l, concept, sensitive).length)) continue;
      const scan = scans.length;
      scans.push({ concept, sensitive });
      let place = 0;
      for (const lang of languages)
        for (const alternative of alternativesOf(lang, concept, sensitive)) {
          const rank = place++ * WORDS_PER_ALTERNATIVE;
          const literals = literalsOf(alternative, sensitive ? asWritten : canonical, (word) => runsDecided(word, sensitive));
          if (literals) {
            literals.forEach((literal, k) =>
              (sensitive ? words.sensitive : words.insensitive).push({
                text: literal.text,
                scan,
                rank: rank + k,
                flags: (lang.spaceless ? 0 : BOUNDED) | (literal.wordRest ? WORD_REST : 0),
              }),
            );
            continue;
          }
          patterns.push({
            scan,
            rank,
            source: lang.spaceless ? `(?:${alternative})` : bounded([alternative]),
            flags: sensitive ? 'u' : 'iu',
            prefixes: prefixesOf(alternative),
            atWordStart: !lang.spaceless,
          });
        }
    }
  const ages = languages.flatMap((l) => l.agePatterns.map((p) => p.replace('{N}', `(${numberPattern(l.numberWords)})`))).map((source) => ({ source, prefixes: prefixesOf(source) }));
  return { scans, insensitive: wordTable(words.insensitive), sensitive: wordTable(words.sensitive), patterns, ages };
}

function wordTable(words: Word[]): WordTable {
  // Sorted by UTF-16 units, so that the matcher builds its trie in one pass.
  words.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  let nodes = 0;
  words.forEach((w, k) => (nodes += w.text.length - commonPrefix(w.text, k > 0 ? words[k - 1].text : '')));
  return { text: words.map((w) => w.text).join(WORD_SEPARATOR), meta: words.flatMap((w) => [w.scan, w.rank * 4 + w.flags]), nodes };
}

/** How many units two strings begin with alike. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Words of case-insensitive alternatives: canonical units (undefined if a word holds a surrogate or the separator). */
function canonical(word: string): string | undefined {
  return asWritten(word) === undefined ? undefined : canonicalText(word);
}

function asWritten(word: string): string | undefined {
  return /[\x7f\ud800-\udfff]/.test(word) ? undefined : word;
}

/** The tables of the vocabulary the engine ships: what the build bundles. */
export function shippedTables(): VocabularyTables {
  return tablesOf(LANGUAGES);
}
