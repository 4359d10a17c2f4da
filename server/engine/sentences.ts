// Sentence boundaries in a paragraph's plain text. Intl.Segmenter knows
// Unicode's rules for every language; we only undo its splits after common
// abbreviations ("e.g.", "i.e.", "approx.", and each language's own, such as
// "ggf." or "cf.") that it treats as full stops. A single letter after a
// middle dot ends an inclusive French word ("abonné·e·s."), not an abbreviation.
import { ABBREVIATIONS } from './vocabulary';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|approx|incl|esp|resp|vs|cf|no|nr|art|sec|para|mr|mrs|ms|dr|st|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|(?<![·⋅•‧])[a-z])\.|\b\d+\.)\s*$/i;
const LANGUAGE_ABBREVIATION = ABBREVIATIONS.length ? new RegExp(`(?<![\\p{L}])(?:${ABBREVIATIONS.join('|')})\\.\\s*$`, 'iu') : undefined;

/** [start, end) of each sentence of `text`. */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    const prev = out[out.length - 1];
    if (prev && isAbbreviated(text.slice(prev[0], prev[1]))) prev[1] = end;
    else out.push([index, end]);
  }
  return out;
}

function isAbbreviated(sentence: string): boolean {
  return ABBREVIATION.test(sentence) || (LANGUAGE_ABBREVIATION?.test(sentence) ?? false);
}
