// The shape shared by the "What users should know" rules: a privacy-policy
// requirement met by one statement.
import { defineRule, type RuleDefinition } from '../../server/engine/rule';
import { evidenceWhere, requirementCheck } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import type { RequirementValue } from '../../server/engine/types';

export function knowRule(spec: Omit<RuleDefinition, 'group' | 'requirement' | 'where' | 'check'> & { states: (unit: Unit) => boolean | RequirementValue | undefined; where?: RuleDefinition['where'] }) {
  const { states, ...rest } = spec;
  return defineRule({
    where: ['privacy', 'terms'],
    ...rest,
    group: 'know',
    requirement: true,
    check: (doc) => requirementCheck(evidenceWhere(doc, states)),
  });
}
