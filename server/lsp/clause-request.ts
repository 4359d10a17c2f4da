// Requests behind the client's "fedipolicy: Insert clause..." command:
//   fedipolicy/clauses {uri}         -> [{ruleId, summary}]  rules that have a template clause
//   fedipolicy/clause  {ruleId, uri} -> {text} | null        the clause filled with the instance
//                                                            block of the config that applies to uri
// The server answers them with `clauseList` and `clauseText`.
import { allRules, fillClause, ruleById, type InstanceInfo } from '../engine/index';

export const CLAUSES_REQUEST = 'fedipolicy/clauses';
export const CLAUSE_REQUEST = 'fedipolicy/clause';

export interface ClauseInfo {
  ruleId: string;
  summary: string;
}

export function clauseList(): ClauseInfo[] {
  return allRules()
    .filter((rule) => Boolean(rule.clauses?.en))
    .map((rule) => ({ ruleId: rule.id, summary: rule.summary }));
}

export function clauseText(ruleId: unknown, instance: InstanceInfo): { text: string } | null {
  if (typeof ruleId !== 'string' || !ruleById(ruleId)) return null;
  const text = fillClause(ruleId, instance);
  return text === undefined ? null : { text };
}
