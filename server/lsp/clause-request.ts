// Requests behind the client's "fedipolicy: Insert clause..." command:
//   fedipolicy/clauses {uri}         -> [{ruleId, summary}]  rules that have a template clause
//   fedipolicy/clause  {ruleId, uri} -> {text} | null        the clause filled with the instance
//                                                            block of the config that applies to uri
// The server registers them with `registerClauseRequests`.
import type { Connection } from 'vscode-languageserver';
import { allRules, fillClause, ruleById, type InstanceInfo } from '../engine/index';

export const CLAUSES_REQUEST = 'fedipolicy/clauses';
export const CLAUSE_REQUEST = 'fedipolicy/clause';

export interface ClauseInfo {
  ruleId: string;
  summary: string;
}

export function clauseList(): ClauseInfo[] {
  return allRules()
    .filter((rule) => typeof rule.clause === 'string' && rule.clause.length > 0)
    .map((rule) => ({ ruleId: rule.id, summary: rule.summary }));
}

export function clauseText(ruleId: unknown, instance: InstanceInfo): { text: string } | null {
  if (typeof ruleId !== 'string' || !ruleById(ruleId)) return null;
  const text = fillClause(ruleId, instance);
  return text === undefined ? null : { text };
}

/**
 * @param instanceFor the `instance` block of the config that applies to a
 *   document (the server's config resolver); `{}` leaves visible placeholders.
 */
export function registerClauseRequests(
  connection: Connection,
  instanceFor: (uri: string) => InstanceInfo | Promise<InstanceInfo>,
): void {
  connection.onRequest(CLAUSES_REQUEST, () => clauseList());
  connection.onRequest(CLAUSE_REQUEST, async (params: { ruleId?: unknown; uri?: unknown } | undefined) => {
    const uri = typeof params?.uri === 'string' ? params.uri : undefined;
    const instance = uri ? await instanceFor(uri) : {};
    return clauseText(params?.ruleId, instance);
  });
}
