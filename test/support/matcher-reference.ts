// What the concept matcher is held to: each concept's expression run as a
// global scan over the text, as the engine did before the matcher (matches of
// the case-insensitive expression, then of the case-sensitive one, sorted by
// start; an empty match is skipped).
import type { Match } from '../../server/engine/vocabulary';
import { LANGUAGES } from '../../server/engine/vocabulary/languages';
import { conceptsOf as conceptsOfLanguages } from '../../server/engine/vocabulary/tables';

/** Every concept of every language, and the negation cues. */
export function conceptsOf(): string[] {
  return conceptsOfLanguages(LANGUAGES);
}

export function scanned(expressions: RegExp[], text: string, concept: string): Match[] {
  const out: Match[] = [];
  for (const re of expressions) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ concept, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
