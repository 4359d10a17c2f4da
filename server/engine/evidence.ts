// Which of a rule's evidence a reader would quote. A policy often states a
// requirement in passing (an introduction, a summary) and then in its own
// section; the sentence under a heading about the rule's topic is the one to
// quote. Document order breaks ties, as before.
import type { DocumentModel } from './model';
import { headingsOf } from './model';
import type { Evidence, RuleDefinition } from './rule';
import { has } from './vocabulary';

type Found = { doc: DocumentModel; evidence: Evidence };

function inTopicSection(found: Found, rule: RuleDefinition): boolean {
  const headings = headingsOf(found.evidence.unit).join(' \n ');
  return rule.topics.some((topic) => has(headings, topic));
}

/** The first evidence in a section about the rule's topic, else the first. */
export function bestEvidence(found: Found[], rule: RuleDefinition): Found | undefined {
  return found.find((f) => inTopicSection(f, rule)) ?? found[0];
}
