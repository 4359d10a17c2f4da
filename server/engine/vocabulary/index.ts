// Reading the vocabulary: concept matches in a text, negation scope,
// durations and ages, in every language at once. Written once; every rule
// uses these. Each language's words are data (en.ts, de.ts, ...); here they
// are merged, so a German sentence in an English policy is still read.
import type { LanguageVocabulary } from './types';
import { LANGUAGES } from './languages';
import bundledTables from 'fedipolicy:vocabulary-tables';
import { ConceptMatcher, type Match } from './matcher';
import { NEGATION_CUES } from './tables';
import { fold } from './case';
import { numberPattern } from './numbers';

export type { Match } from './matcher';

let conceptMatcher: ConceptMatcher | undefined;
/** The matcher of every concept, built when first needed from the tables the build read from the vocabulary files. */
function matcher(): ConceptMatcher {
  return (conceptMatcher ??= new ConceptMatcher(LANGUAGES, bundledTables));
}

/** A concept's expressions (every language) as a global scan runs them: what the matcher must find, for its tests. */
export function regexesFor(concept: string): RegExp[] {
  return matcher().expressionsOf(concept);
}

/** Every compiled regular expression, for the catastrophic-backtracking check. */
export function compiledRegexes(): RegExp[] {
  return [...matcher().compiled(), DURATION, ...AGE_PATTERNS].filter((r): r is RegExp => r !== undefined);
}

let recording: Set<string> | undefined;

/** Runs `fn` and returns the concepts it looked for (used to list what each rule recognises). */
export function recordConcepts(fn: () => void): Set<string> {
  const previous = recording;
  recording = new Set();
  try {
    fn();
    return recording;
  } finally {
    recording = previous;
  }
}

/** A concept's alternatives in one language, as written in its vocabulary file. */
export function wordingOf(concept: string, language: string): string[] {
  const lang = vocabularyFor(language);
  return [...(lang.concepts[concept] ?? []), ...(lang.caseSensitive?.[concept] ?? []).filter((a) => !(lang.concepts[concept] ?? []).includes(a))];
}

const MAX_TEXTS_REMEMBERED = 20_000;

/** Forgets every text read so far, so that a benchmark times a lint of text never seen. */
export function forgetTexts(): void {
  clauseBreaksOf.clear();
  conceptMatcher?.forgetTexts();
}

/** Every match of a concept in a text, in order (remembered per text: rules ask about the same sentence, heading and lead-in many times). */
export function find(text: string, concept: string): readonly Match[] {
  recording?.add(concept);
  return matcher().find(text, concept);
}

const CLAUSE_BREAKS = [...new Set(LANGUAGES.flatMap((l) => l.clauseBreaks))];
const MAX_SCOPE_WORDS = 9;
const MAX_SCOPE_AFTER_WORDS = 6;
/** Spaceless scripts count characters, roughly three to a word. */
const CHARS_PER_WORD = 3;

/**
 * Where clause breaks are in a text: `ends[i]` is where a break ends (a clause
 * may start there), `starts[i]` where one starts (the clause before it ends),
 * both sorted. Kept per text: rules ask about the clauses around many matches.
 */
interface ClauseBreaks {
  ends: number[];
  starts: number[];
}
const clauseBreaksOf = new Map<string, ClauseBreaks>();

function clauseBreaks(text: string): ClauseBreaks {
  let found = clauseBreaksOf.get(text);
  if (found) return found;
  const lower = text.toLowerCase();
  const ends: number[] = [];
  const starts: number[] = [];
  for (const brk of CLAUSE_BREAKS)
    for (let at = lower.indexOf(brk); at >= 0; at = lower.indexOf(brk, at + 1)) {
      starts.push(at);
      ends.push(at + brk.length);
    }
  found = { ends: ends.sort((a, b) => a - b), starts: starts.sort((a, b) => a - b) };
  if (clauseBreaksOf.size >= MAX_TEXTS_REMEMBERED) clauseBreaksOf.clear();
  clauseBreaksOf.set(text, found);
  return found;
}

/** Start of the clause that contains `index`: the end of the last break that ends at or before it. */
export function clauseStart(text: string, index: number): number {
  const { ends } = clauseBreaks(text);
  let start = 0;
  for (let i = 0; i < ends.length && ends[i] <= index; i++) start = ends[i];
  return start;
}

/** End of the clause that contains `index`: where the first break at or after it starts. */
export function clauseEnd(text: string, index: number): number {
  const { starts } = clauseBreaks(text);
  for (const at of starts) if (at >= index) return at;
  return text.length;
}

function cuesIn(cues: string, text: string, from: number, to: number): Match[] {
  if (to <= from) return [];
  const slice = text.slice(from, to);
  const masked = matcher().find(slice, NEGATION_CUES.notNegating);
  const out: Match[] = [];
  for (const m of matcher().find(slice, cues)) {
    if (masked.some((n) => m.start >= n.start && m.start < n.end)) continue;
    out.push({ concept: 'negation', start: from + m.start, end: from + m.end, text: m.text });
  }
  return out;
}

/** Negation cues in text[from, to) that really negate what follows them (not "no more than"). */
export function negationCues(text: string, from: number, to: number): Match[] {
  return cuesIn(NEGATION_CUES.before, text, from, to);
}

function distance(between: string): number {
  const trimmed = between.trim();
  if (!trimmed) return 0;
  const words = trimmed.split(/\s+/).length;
  return words === 1 && trimmed.length > 12 ? Math.ceil(trimmed.length / CHARS_PER_WORD) : words;
}

/**
 * Whether the words at text[start, end) fall in a negation's scope: a cue
 * earlier in the same clause a few words before ("we do not keep"), or a cue
 * that follows a few words after (German "speichern wir nicht", Japanese "保存しません").
 */
export function isNegated(text: string, start: number, end: number = start): boolean {
  const before = negationCues(text, clauseStart(text, start), start);
  const last = before[before.length - 1];
  if (last && distance(text.slice(last.end, start)) <= MAX_SCOPE_WORDS) return true;
  const after = cuesIn(NEGATION_CUES.after, text, end, clauseEnd(text, end));
  if (after.length === 0 || distance(text.slice(end, after[0].start)) > MAX_SCOPE_AFTER_WORDS) return false;
  // A cue after a verb of prohibiting negates the prohibition, not the words before it
  // ("スクレイピングを禁止しません", "Scraping verbieten wir nicht"). A point query
  // (start = end) sits on its own word: skip that word's first letter so it is not taken for such a verb.
  return !has(text.slice(end === start ? end + 1 : end, after[0].start), 'prohibitVerb');
}

// Both return find's own empty result when the concept is absent: rules ask millions of times (a pasted table), mostly in vain.

/** Matches of a concept that are not negated. */
export function affirmed(text: string, concept: string): readonly Match[] {
  const all = find(text, concept);
  return all.length === 0 ? all : all.filter((m) => !isNegated(text, m.start, m.end));
}

/** Matches of a concept that are negated. */
export function negated(text: string, concept: string): readonly Match[] {
  const all = find(text, concept);
  return all.length === 0 ? all : all.filter((m) => isNegated(text, m.start, m.end));
}

export function has(text: string, concept: string): boolean {
  return find(text, concept).length > 0;
}

// --- numbers, durations, ages ---

const NUMBER_WORDS: Record<string, number> = Object.assign({}, ...LANGUAGES.map((l) => l.numberWords));
const NUMBER = numberPattern(NUMBER_WORDS);
const UNITS: [string, number][] = LANGUAGES.flatMap((l) => l.durationUnits);
const UNIT = UNITS.map(([u]) => u).join('|');
// A Latin letter must not touch the number or the unit ("a year" yes, "data year" no); other scripts may ("90日").
const DURATION = new RegExp(`(?<![\\p{N}\\p{Script=Latin}])(${NUMBER})(?:\\s*|-)(${UNIT})(?![\\p{Script=Latin}])`, 'giu');

/** Full-width digits ("１２ヶ月", common in Japanese) as ASCII digits. */
const halfWidthDigits = (s: string) => s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)));

/** A number written in digits or words ("ninety (90)", "twelve", "one hundred and eighty", "a"). */
export function readNumber(raw: string): number | undefined {
  raw = halfWidthDigits(raw);
  const paren = /\(\s*(\d+)\s*\)/.exec(raw);
  if (paren) return Number(paren[1]);
  const digits = raw.replace(',', '.').trim();
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  // Phrases first: "half a", "a couple of".
  const phrase = NUMBER_WORDS[raw.toLowerCase().replace(/\s+/g, ' ').trim()];
  if (phrase !== undefined) return phrase;
  const words = raw.toLowerCase().split(/[\s-]+/).filter((w) => w !== '' && w !== 'and');
  let current = 0;
  for (let i = 0; i < words.length; ) {
    // The longest number word from here: "quatre-vingt-quinze" is 80 + 15, not 4 + 20 + 15.
    let value: number | undefined;
    let next = i + 1;
    for (let j = words.length; j > i; j--) {
      value = NUMBER_WORDS[words.slice(i, j).join('-')] ?? NUMBER_WORDS[words.slice(i, j).join(' ')];
      if (value !== undefined) {
        next = j;
        break;
      }
    }
    if (value === undefined) return undefined;
    if (value === 100) current = (current || 1) * 100;
    else current += value;
    i = next;
  }
  return current || undefined;
}

export interface Duration {
  days: number;
  start: number;
  end: number;
  text: string;
}

const unitRegexes = UNITS.map(([pattern, days]) => [new RegExp(`^(?:${pattern})$`, 'iu'), days] as const);
function unitDays(unit: string): number {
  for (const [re, days] of unitRegexes) if (re.test(unit)) return days;
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
    // Single-letter units ("5 d") only with digits, to keep "a day" but drop "a y".
    if (unit.length === 1 && /^[a-z]$/i.test(unit) && !/\d/.test(m[1])) continue;
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

// Each language's age phrases read its own number words: a shorter alternation, tried at every position.
const AGE_PATTERNS: RegExp[] = bundledTables.ages.map(({ source }) => new RegExp(source, 'giu'));

/** Ages stated in the text ("at least 16 years old", "over the age of 13", "18+", "ab 16 Jahren"). */
export function ages(text: string): Age[] {
  const out: Age[] = [];
  let folded: string | undefined;
  for (let k = 0; k < AGE_PATTERNS.length; k++) {
    // A text holding none of the strings a pattern's matches start with ("mindestalter", "edad") is not run through it (each is compiled when first run).
    const { prefixes } = bundledTables.ages[k];
    if (prefixes && !prefixes.some((p) => (folded ??= fold(text)).includes(p))) continue;
    const re = AGE_PATTERNS[k];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = readNumber(m[1]);
      if (n === undefined || n < 5 || n > 30 || !Number.isInteger(n)) continue;
      const end = m.index + m[0].length;
      if (out.some((a) => a.start < end && m!.index < a.end)) continue;
      out.push({ age: n, start: m.index, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every language's abbreviations that do not end a sentence (regular-expression alternatives). */
export const ABBREVIATIONS: string[] = LANGUAGES.flatMap((l) => l.abbreviations ?? []);

// --- which language ---

const NOT_SPACELESS = /[^\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]+/gu;
const NOT_LETTERS = /\P{L}+/gu;
const WORD = /\p{L}+/gu;
const stopWordSets = LANGUAGES.filter((l) => !l.spaceless).map((l) => [l.language, new Set(l.stopWords)] as const);

/** Code points of a text that has no lone surrogates (each pair is one). */
function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) pairs++;
  }
  return text.length - pairs;
}

/**
 * The language a text is written in: Japanese when its letters are mostly
 * kana and kanji, else the language whose common function words ("the",
 * "und", "les", "los") occur most; English when nothing stands out. Counted
 * without an array of every letter or word: a section can be a megabyte.
 */
export function detectLanguage(text: string): string {
  const letters = codePoints(text.replace(NOT_LETTERS, ''));
  if (letters === 0) return 'en';
  const spaceless = LANGUAGES.find((l) => l.spaceless);
  if (spaceless && codePoints(text.replace(NOT_SPACELESS, '')) / letters > 0.3) return spaceless.language;
  const counts = new Map<string, number>();
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const word = m[0];
    for (const [language, words] of stopWordSets) if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best = 'en';
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/** A language's vocabulary by code (English when unknown). */
export function vocabularyFor(language: string): LanguageVocabulary {
  const base = language.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.language === base) ?? LANGUAGES[0];
}

const ENGLISH_UNITS: NonNullable<LanguageVocabulary['periodUnits']> = { day: ['day', 'days'], month: ['month', 'months'], year: ['year', 'years'] };

/** A number of days as a language writes a period ("12 months", "12 Monate", "12か月"), in the unit given or the one that fits. */
export function sayPeriod(days: number, language: string, unit?: 'day' | 'month' | 'year'): string {
  const lang = vocabularyFor(language);
  const units = lang.periodUnits ?? ENGLISH_UNITS;
  const say = (n: number, unit: keyof typeof units) => `${n}${lang.spaceless ? '' : ' '}${units[unit][n === 1 ? 0 : 1]}`;
  // A year is 12 months (365 days), as durations are read.
  if (unit === 'year') return say(days / 365, 'year');
  if (unit === 'month') return say(days % 365 === 0 ? (days / 365) * 12 : days / 30, 'month');
  if (unit === 'day') return say(days, 'day');
  if (days % 365 === 0) return days === 365 ? say(12, 'month') : say(days / 365, 'year');
  if (days % 30 === 0) return days === 30 ? say(30, 'day') : say(days / 30, 'month');
  return say(days, 'day');
}
