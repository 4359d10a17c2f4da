import type { RuleDefinition } from './rule';
import type { RuleGroup, SeveritySetting, DocumentKind } from './types';
import { RULES } from '../../rules';
import { buildModel } from './model';
import { recordConcepts, wordingOf } from './vocabulary';
import { forgetUnitReadings } from './unit-memory';

/** Where each rule's docs page lives; diagnostics link to it. */
export const DOCS_BASE = 'https://github.com/fedipolicy/fedipolicy/blob/main/docs/rules/';

export interface RuleMeta {
  id: string;
  group: RuleGroup;
  severity: SeveritySetting;
  summary: string;
  requirement: boolean;
  fixable: boolean;
  where: DocumentKind[];
  params: Record<string, unknown>;
  docsUrl: string;
}

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export function allRules(): RuleDefinition[] {
  return RULES;
}

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}

export function ruleMeta(rule: RuleDefinition): RuleMeta {
  return {
    id: rule.id,
    group: rule.group,
    severity: rule.severity,
    summary: rule.summary,
    requirement: rule.requirement,
    fixable: Boolean(rule.clauses) || rule.id.endsWith('-retention') || rule.id === 'covenant-shutdown-notice',
    where: rule.where,
    params: rule.params ?? {},
    docsUrl: docsUrl(rule.id),
  };
}

/**
 * The vocabulary concepts a rule reads and their wording in `language`, found
 * by running the rule on its own examples (so nothing is declared twice).
 */
export function recognisedWording(rule: RuleDefinition, language: string): Record<string, string[]> {
  // A reading remembered from an earlier lint would look for no concept now.
  forgetUnitReadings();
  const concepts = recordConcepts(() => {
    for (const text of [...rule.examples.pass, ...rule.examples.fail, ...rule.examples.near]) {
      const kind = rule.group === 'data' || rule.group === 'retention' || rule.group === 'know' ? 'privacy' : rule.where[0];
      const model = { ...buildModel('example.md', text), kind, language };
      rule.check(model, { params: { ...(rule.params ?? {}) }, instance: {} });
    }
  });
  return Object.fromEntries([...concepts].sort().map((c) => [c, wordingOf(c, language)] as const).filter(([, words]) => words.length > 0));
}
