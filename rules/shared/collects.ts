// The "data collected" rules share one shape: the data named affirmatively,
// with a collecting verb in the sentence or in the list or heading above it.
import { defineRule, type RuleDefinition } from '../../server/engine/rule';
import { evidenceWhere, requirementCheck, statesCollected, type DataName } from '../../server/engine/match';
import { perUnit } from '../../server/engine/unit-memory';

export function collectsRule(spec: Pick<RuleDefinition, 'id' | 'severity' | 'summary' | 'message' | 'docs' | 'clauses' | 'examples' | 'subject'> & { concept: DataName }) {
  const { concept, ...rest } = spec;
  // statesCollected reads the unit, its headings and lead-in, and the units before it in its section.
  const collected = perUnit((unit) => statesCollected(unit, concept));
  return defineRule({
    ...rest,
    group: 'data',
    requirement: true,
    where: ['privacy', 'terms'],
    topics: ['topicCollect', 'topicUse'],
    check: (doc) => requirementCheck(evidenceWhere(doc, collected)),
  });
}
