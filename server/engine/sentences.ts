// Sentence boundaries in a paragraph's plain text. Intl.Segmenter knows
// Unicode's rules for every language; we only undo its splits after common
// abbreviations ("e.g.", "i.e.", "approx.", and each language's own, such as
// "ggf." or "cf.") that it treats as full stops. A single letter after a
// middle dot ends an inclusive French word ("abonné·e·s."), not an abbreviation.
import { ABBREVIATIONS } from './vocabulary';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|approx|incl|esp|resp|vs|cf|no|nr|art|sec|para|mr|mrs|ms|dr|st|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|(?<![·⋅•‧])[a-z])\.|\b\d+\.)\s*$/i;
const LANGUAGE_ABBREVIATION = ABBREVIATIONS.length ? new RegExp(`(?<![\\p{L}])(?:${ABBREVIATIONS.join('|')})\\.\\s*$`, 'iu') : undefined;

/** Text up to this long goes to the segmenter in one piece. */
const WINDOW = 4096;
/** Boundaries closer than this to a window's end are decided again in the next window (the rules look ahead past spaces and punctuation). */
const LOOKAHEAD = 256;

/**
 * The segmenter's sentences of `text` as [start, end). V8's segmenter spends
 * time proportional to the whole string on every segment, so a long text (one
 * paragraph of a megabyte) is segmented a window at a time, each window
 * starting at the last boundary that had enough text after it to be final.
 */
function segments(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let size = WINDOW;
  while (from < text.length) {
    const to = Math.min(text.length, from + size);
    const found: [number, number][] = [];
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) found.push([from + index, from + index + segment.length]);
    if (to === text.length) {
      out.push(...found);
      break;
    }
    const final = found.filter(([, end]) => end <= to - LOOKAHEAD);
    if (final.length === 0) {
      size *= 2; // one sentence longer than the window: look further
      continue;
    }
    out.push(...final);
    from = final[final.length - 1][1];
    size = WINDOW;
  }
  return out;
}

/** [start, end) of each sentence of `text`. */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [index, end] of segments(text)) {
    const prev = out[out.length - 1];
    if (prev && isAbbreviated(ending(text, prev[0], prev[1]))) prev[1] = end;
    else out.push([index, end]);
  }
  return out;
}

/**
 * The last words of text[start, end): enough to tell whether it ends with an
 * abbreviation, without re-reading a sentence that has grown long by merging.
 * Starts at a word's start so that the patterns' word boundaries still hold.
 */
function ending(text: string, start: number, end: number): string {
  let from = Math.max(start, end - 64);
  while (from > start && /[\p{L}\p{N}_]/u.test(text[from - 1])) from--;
  return text.slice(from, end);
}

function isAbbreviated(sentence: string): boolean {
  return ABBREVIATION.test(sentence) || (LANGUAGE_ABBREVIATION?.test(sentence) ?? false);
}
