// Which of a rule's evidence a reader would quote. A policy often states a
// requirement in passing (an introduction, a summary) and then in its own
// section; the sentence under a heading about the rule's topic is the one to
// quote. A line that carries its own label ("**Server logs**: retained up to
// 90 days", "Backups: ...") is a heading for itself: when the label names the
// rule's topic, that line is the most specific statement of all. Document
// order breaks ties, as before.
//
// A rule's subject (what it is about: usernames, federation) is narrower than
// its topics (where its clause belongs: "What we collect", "Your rights"), so a
// section headed by the subject outranks the rest: "### Username" over
// "## Account creation". A line labelled with the subject is not: "IP
// addresses: kept 90 days" states how long, the sentence under "What we
// collect" states that they are collected.
//
// Above all, a sentence that states the subject outranks one that names it
// only as the condition or time of something else: "You can delete your
// account in the settings" over "Posts are deleted when you delete your
// account", wherever each stands.
//
// Evidence a rule marks indirect (a right of access read as an export) is
// quoted only when nothing states the requirement directly.
import type { DocumentModel, Unit } from './model';
import type { Evidence } from './rule';
import { find, has } from './vocabulary';
import { headingsText, labelOf } from './match';

type Found = { doc: DocumentModel; evidence: Evidence };

function namesTopic(text: string, topics: readonly string[]): boolean {
  return topics.some((topic) => has(text, topic));
}

/** 3: a heading above the line names the subject; 2: its own label names a topic; 1: a heading does; 0: none. */
function specificity(found: Found, topics: readonly string[], subject: readonly string[]): number {
  const label = labelOf(found.evidence.unit);
  const headings = headingsText(found.evidence.unit);
  if (namesTopic(headings, subject)) return 3;
  if (label && namesTopic(label, topics)) return 2;
  return namesTopic(headings, topics) ? 1 : 0;
}

// Words between "when" and what it conditions: "when you delete your account", "until you delete them or delete your account".
const MAX_CONDITION_WORDS = 4;

/** Every mention of the subject in the line opens a condition ("when you delete your account"): the line is about something else. */
function subjectOnlyAsCondition(unit: Unit, subject: readonly string[]): boolean {
  const mentions = subject.flatMap((concept) => find(unit.text, concept));
  if (mentions.length === 0) return false;
  const openers = find(unit.text, 'subordinateOpener');
  return mentions.every((m) => openers.some((o) => {
    if (o.end > m.start) return false;
    const between = unit.text.slice(o.end, m.start).trim();
    return !/[,;:.]/.test(between) && (between ? between.split(/\s+/).length : 0) <= MAX_CONDITION_WORDS;
  }));
}

// Penalties larger than every score below them: a condition-only mention loses to any statement, indirect evidence to any direct evidence.
const CONDITION_ONLY = 4;
const INDIRECT = 8;

/** The most specific of the given evidence (see above), the first in document order among equals. */
export function preferredEvidence<F extends Found>(found: F[], topics: readonly string[], subject: readonly string[] = []): F | undefined {
  let best: F | undefined;
  let bestScore = -Infinity;
  for (const f of found) {
    const score = specificity(f, topics, subject) - (subjectOnlyAsCondition(f.evidence.unit, subject) ? CONDITION_ONLY : 0) - (f.evidence.indirect ? INDIRECT : 0);
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}

