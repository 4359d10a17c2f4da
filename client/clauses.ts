// The "Insert clause..." pick list, built from the server's answer to
// `fedipolicy/clauses`. Pure (no vscode import) so it is unit-tested in Node.

/** One rule that has a template clause, as the server lists it. */
export interface ClauseInfo {
  ruleId: string;
  summary: string;
}

export type ClausesResponse = ClauseInfo[] | null | undefined;

/** `fedipolicy/clause` {ruleId, uri}: the clause filled with the instance block of the document's config. */
export interface ClauseResponse {
  text: string;
}

export interface ClauseChoice {
  label: string;
  description?: string;
  detail?: string;
  ruleId: string;
}

/**
 * Quick-pick items: rules whose requirement is missing from the document
 * first (those are the clauses a person most likely wants), then the rest,
 * each group in the server's order.
 */
export function clauseItems(clauses: ClausesResponse, missing: ReadonlySet<string>): ClauseChoice[] {
  const list = Array.isArray(clauses) ? clauses.filter((c) => typeof c?.ruleId === 'string') : [];
  const toItem = (c: ClauseInfo): ClauseChoice => ({
    label: c.ruleId,
    description: missing.has(c.ruleId) ? 'missing from this document' : undefined,
    detail: c.summary,
    ruleId: c.ruleId,
  });
  return [...list.filter((c) => missing.has(c.ruleId)), ...list.filter((c) => !missing.has(c.ruleId))].map(toItem);
}
