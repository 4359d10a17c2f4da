// Which of a rule's evidence a reader would quote. A policy often states a
// requirement in passing (an introduction, a summary) and then in its own
// section; the sentence under a heading about the rule's topic is the one to
// quote. A line that carries its own label ("**Server logs**: retained up to
// 90 days", "Backups: ...") is a heading for itself: when the label names the
// rule's topic, that line is the most specific statement of all. Evidence
// a rule marks indirect (a right of access read as an export) is quoted only
// when nothing states the requirement directly. Document order breaks ties.
import type { DocumentModel, Unit } from './model';
import { headingsOf } from './model';
import type { Evidence } from './rule';
import { has } from './vocabulary';

type Found = { doc: DocumentModel; evidence: Evidence };

// "Label: text", the label a few words long (a definition-list or bold-label line).
const LABEL = /^([^:.!?;]{1,60}):\s+\S/u;
const MAX_LABEL_WORDS = 5;

/** The label a line opens with ("Server logs" in "Server logs: retained 90 days"), if any. */
function labelOf(unit: Unit): string | undefined {
  const label = LABEL.exec(unit.text)?.[1]?.trim();
  return label && label.split(/\s+/).length <= MAX_LABEL_WORDS ? label : undefined;
}

function namesTopic(text: string, topics: readonly string[]): boolean {
  return topics.some((topic) => has(text, topic));
}

/** 2: the line's own label names a topic; 1: a heading above it does; 0: neither. Indirect evidence ranks below all direct evidence. */
function specificity(found: Found, topics: readonly string[]): number {
  const direct = found.evidence.indirect ? 0 : 3;
  const label = labelOf(found.evidence.unit);
  if (label && namesTopic(label, topics)) return direct + 2;
  return direct + (namesTopic(headingsOf(found.evidence.unit).join(' \n '), topics) ? 1 : 0);
}

/** The most specific of the given evidence (see above), the first in document order among equals. */
export function preferredEvidence<F extends Found>(found: F[], topics: readonly string[]): F | undefined {
  let best: F | undefined;
  let bestScore = -1;
  for (const f of found) {
    const score = specificity(f, topics);
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}

