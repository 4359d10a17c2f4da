import type { RuleDefinition } from './rule';
import type { RuleGroup, SeveritySetting, DocumentKind } from './types';
import { RULES } from '../../rules';

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
    fixable: Boolean(rule.clause) || rule.id.endsWith('-retention') || rule.id === 'covenant-shutdown-notice',
    where: rule.where,
    params: rule.params ?? {},
    docsUrl: docsUrl(rule.id),
  };
}
