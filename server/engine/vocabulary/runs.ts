// Runs inside words: a greedy "\p{L}*", "\w+" or "\s+" in an alternative
// ("(?:cambi|modific)\p{L}* (?:de |en )?estos"), kept in a listed word as one
// marker character. A run takes every character of its class from where it
// starts; giving some back cannot help when the character the word needs
// next is not of the class (a letter would then stand where a space must),
// so such a run matches in one way only and the word can still be decided
// without an expression. `runsDecided` checks that of every run in a word.
import { LETTER, SPACE, WORD_UNIT, type CharacterTest } from './case';

export type RunClass = 'letters' | 'word' | 'space';

const CLASSES: RunClass[] = ['letters', 'word', 'space'];
/** Markers are private-use characters; no vocabulary word may hold one (the reader leaves such an alternative to its expression). */
const FIRST_MARKER = 0xe000;
const LAST_MARKER = FIRST_MARKER + 2 * CLASSES.length - 1;

/** The marker of a run of a class, of at least `min` (0 or 1) characters. */
export function runMarker(run: RunClass, min: number): string {
  return String.fromCharCode(FIRST_MARKER + 2 * CLASSES.indexOf(run) + min);
}

export function isRun(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= FIRST_MARKER && code <= LAST_MARKER;
}

/** A marker's class test and least length, or undefined for any other unit. */
export function runOf(code: number, sensitive: boolean): { test: CharacterTest; min: number } | undefined {
  if (code < FIRST_MARKER || code > LAST_MARKER) return undefined;
  const run = CLASSES[(code - FIRST_MARKER) >> 1];
  return { test: RUN_TESTS[run][sensitive ? 'sensitive' : 'insensitive'], min: (code - FIRST_MARKER) & 1 };
}

const RUN_TESTS: Record<RunClass, { insensitive: CharacterTest; sensitive: CharacterTest }> = {
  letters: LETTER,
  word: WORD_UNIT,
  space: { insensitive: SPACE, sensitive: SPACE },
};

/**
 * Whether every run in a listed word matches in one way only: it is not the
 * word's first or last unit (those stay expressions: a word must start with
 * a unit the trie can look up, and a trailing run would depend on the word
 * boundary), and the unit after it is not of its class.
 */
export function runsDecided(word: string, sensitive: boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    const run = runOf(word.charCodeAt(i), sensitive);
    if (!run) continue;
    if (i === 0 || i === word.length - 1) return false;
    const next = word.charCodeAt(i + 1);
    if (runOf(next, sensitive) || run.test.at(next)) return false;
  }
  return true;
}

export function hasNoRun(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isRun(word[i])) return false;
  return true;
}
