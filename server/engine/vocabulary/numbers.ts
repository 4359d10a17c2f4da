// Numbers as the vocabulary's expressions read them, shared by durations and
// ages (index.ts) and the tables read at build time (tables.ts).

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Numbers in digits or in the given number words ("ninety (90)", "twelve", "12", "1.5", "thirty-one", "one hundred and eighty"). */
export function numberPattern(words: Record<string, number>): string {
  const alternatives = Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  // A number word ends where a Latin word does ("dieciocho años" is 18, not "dieciocho a" + "ños").
  const word = `(?:${alternatives})(?![\\p{Script=Latin}])`;
  // At most four more words ("three hundred and sixty five"): number words with a space or hyphen in them
  // ("ein halbes", "quatre-vingt") can be split more than one way, and an unbounded repetition of
  // them backtracks exponentially on a long run ("ein halbes ein halbes ...").
  return `(?:[\\d０-９]+(?:[.,．][\\d０-９]+)?|${word}(?:[- ](?:and[- ])?${word}){0,4})(?:\\s*\\(\\s*\\d+\\s*\\))?`;
}
