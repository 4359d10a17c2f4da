// Requests behind the client's "fedipolicy: Insert clause..." command:
//   fedipolicy/clauses {uri}         -> [{ruleId, summary}]  rules that have a template clause
//   fedipolicy/clause  {ruleId, uri} -> {text} | null        the clause filled with the instance
//                                                            block of the config that applies to uri
//                                                            (as HTML paragraphs in an HTML document)
// The server answers them with `clauseList` and `clauseText`.
import { allRules, clauseAsHtml, fillClause, ruleById, type InstanceInfo } from '../engine/index';

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

/** The filled clause; in HTML when `html` (null when it cannot be written as HTML: Markdown never goes into HTML). */
export function clauseText(ruleId: unknown, instance: InstanceInfo, html = false): { text: string } | null {
  if (typeof ruleId !== 'string' || !ruleById(ruleId)) return null;
  const text = fillClause(ruleId, instance);
  if (text === undefined) return null;
  if (!html) return { text };
  const paragraphs = clauseAsHtml(text);
  return paragraphs ? { text: paragraphs.join('\n') } : null;
}
