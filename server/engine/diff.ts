// Compares two lint reports of one policy set (before and after a change):
// which requirements were gained or lost, which stated values changed and in
// which direction for users, which other findings appeared or went away, and
// whether the "last updated" date moved with them. Pure: reports in, changes out.
import type { Finding, Requirement, RequirementStatus, RequirementValue, SetReport } from './types';
import { changeSummary, summaryLanguage } from './diff-summary';

export type ChangeKind = 'gained' | 'lost' | 'value';
export type ForUsers = 'better' | 'worse' | 'neutral';

/** One side of a change: the requirement as that version of the set states it. */
export interface RequirementSide {
  status: RequirementStatus;
  value?: RequirementValue;
  file?: string;
  line?: number;
  /** The sentence that satisfies it. */
  evidence?: string;
}

export interface RequirementChange {
  ruleId: string;
  change: ChangeKind;
  before: RequirementSide;
  after: RequirementSide;
  forUsers: ForUsers;
  /** One plain sentence for users, in the language of the policy. */
  summary: string;
}

export interface SetDiff {
  changes: RequirementChange[];
  /** Findings other than missing requirements (those are `changes`), matched by rule and message, not by line. */
  findings: { added: Finding[]; resolved: Finding[] };
  /** Whether the stated last-updated / effective date differs between the versions. */
  dateChanged: boolean;
  /** The language the summaries are written in (English where the policy's has none written yet). */
  language: string;
  /** The language the policy was read as. */
  policyLanguage: string;
}

/** Rules whose value is a number with a direction for users: a larger number is better or worse for them. */
const LARGER_IS: Record<string, { key: 'days' | 'age' | 'everyDays'; larger: ForUsers; dropped: ForUsers }> = {
  'ip-retention': { key: 'days', larger: 'worse', dropped: 'neutral' },
  'log-retention': { key: 'days', larger: 'worse', dropped: 'neutral' },
  'login-retention': { key: 'days', larger: 'worse', dropped: 'neutral' },
  'covenant-shutdown-notice': { key: 'days', larger: 'better', dropped: 'worse' },
  'covenant-backups': { key: 'everyDays', larger: 'worse', dropped: 'worse' },
  'minimum-age': { key: 'age', larger: 'neutral', dropped: 'neutral' },
};

/** The rules whose stated value `diff` compares (the others' values are lists or dates). */
export const VALUE_RULES = Object.keys(LARGER_IS);

function side(r: Requirement | undefined): RequirementSide {
  if (!r) return { status: 'not-applicable' };
  const { status, value, file, line, evidence } = r;
  return Object.fromEntries(Object.entries({ status, value, file, line, evidence }).filter(([, v]) => v !== undefined)) as unknown as RequirementSide;
}

function sameList(a: string[] | undefined, b: string[] | undefined): boolean {
  return [...(a ?? [])].sort().join('\n') === [...(b ?? [])].sort().join('\n');
}

/** How a change of stated value affects users, or undefined when the value did not change. */
function valueDirection(ruleId: string, before: RequirementValue | undefined, after: RequirementValue | undefined): ForUsers | undefined {
  const spec = LARGER_IS[ruleId];
  if (spec) {
    const a = before?.[spec.key];
    const b = after?.[spec.key];
    if (a === b) return undefined;
    if (a === undefined) return spec.dropped === 'worse' ? 'better' : spec.dropped === 'better' ? 'worse' : 'neutral';
    if (b === undefined) return spec.dropped;
    if (spec.larger === 'neutral') return 'neutral';
    const larger = b > a;
    return larger === (spec.larger === 'better') ? 'better' : 'worse';
  }
  // Category lists (moderation, user content): covering less is worse, covering more better.
  if (before?.categories || after?.categories) {
    if (sameList(before?.categories, after?.categories)) return undefined;
    const dropped = (before?.categories ?? []).some((c) => !(after?.categories ?? []).includes(c));
    return dropped ? 'worse' : 'better';
  }
  return undefined;
}

function requirementChange(ruleId: string, before: Requirement | undefined, after: Requirement | undefined, language: string): RequirementChange | undefined {
  const was = before?.status === 'satisfied';
  const is = after?.status === 'satisfied';
  let change: ChangeKind;
  let forUsers: ForUsers;
  // Only satisfied <-> missing is a gain or a loss: a rule that stops applying (or starts) changes nothing users were promised.
  if (was && after?.status === 'missing') [change, forUsers] = ['lost', 'worse'];
  else if (is && before?.status === 'missing') [change, forUsers] = ['gained', 'better'];
  else if (was && is) {
    const direction = valueDirection(ruleId, before.value, after.value);
    if (!direction) return undefined;
    [change, forUsers] = ['value', direction];
  } else return undefined;
  // policy-changes' value is the date: its change is `dateChanged`, not a change of what users are promised.
  if (change === 'value' && ruleId === 'policy-changes') return undefined;
  const b = side(before);
  const a = side(after);
  return { ruleId, change, before: b, after: a, forUsers, summary: changeSummary({ ruleId, change, before: b, after: a }, language) };
}

/** Findings of requirements reported missing: those are lost or gained requirements already. */
function otherFindings(report: SetReport): Finding[] {
  const missing = report.requirements.filter((r) => r.status === 'missing');
  // The finding's message may say which language the document was read as, after the requirement's.
  return report.findings.filter((f) => !missing.some((r) => r.ruleId === f.ruleId && f.message.startsWith(r.message ?? '')));
}

/** Findings of `from` with no counterpart (same rule and message) in `to`, counting repeats. */
function unmatched(from: Finding[], to: Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of to) left.set(`${f.ruleId}\n${f.message}`, (left.get(`${f.ruleId}\n${f.message}`) ?? 0) + 1);
  return from.filter((f) => {
    const key = `${f.ruleId}\n${f.message}`;
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      return false;
    }
    return true;
  });
}

/** The language to write for users in: the policy's (its privacy document's, else its first document's). */
function policyLanguage(report: SetReport): string {
  const main = report.documents.find((d) => d.kind === 'privacy' || d.kind === 'combined') ?? report.documents[0];
  return main?.language ?? 'en';
}

export interface DiffOptions {
  /** Write the summaries in this language instead of the policy's. */
  language?: string;
}

/** What changed for users between two versions of a policy set. An empty side (a set that did not exist) has no documents. */
export function diffReports(before: SetReport, after: SetReport, options: DiffOptions = {}): SetDiff {
  const read = policyLanguage(after.documents.length ? after : before);
  const language = summaryLanguage(options.language ?? read);
  const beforeById = new Map(before.requirements.map((r) => [r.ruleId, r]));
  const afterById = new Map(after.requirements.map((r) => [r.ruleId, r]));
  const ruleIds = [...new Set([...before.requirements, ...after.requirements].map((r) => r.ruleId))];
  const changes = ruleIds.flatMap((id) => requirementChange(id, beforeById.get(id), afterById.get(id), language) ?? []);

  const oldDate = beforeById.get('policy-changes')?.value?.date;
  const newDate = afterById.get('policy-changes')?.value?.date;
  const dateChanged = oldDate !== newDate;

  const added = unmatched(otherFindings(after), otherFindings(before));
  const resolved = unmatched(otherFindings(before), otherFindings(after));
  if (changes.length > 0 && !dateChanged && after.documents.length > 0) added.push(undatedChange(after, changes.length, newDate));
  return { changes, findings: { added, resolved }, dateChanged, language, policyLanguage: read };
}

/** The finding for a change of requirements that leaves the last-updated date as it was (or absent). */
function undatedChange(after: SetReport, count: number, date: string | undefined): Finding {
  const dated = after.requirements.find((r) => r.ruleId === 'policy-changes' && r.status === 'satisfied' && r.value?.date);
  const file = dated?.file ?? (after.documents.find((d) => d.kind === 'privacy' || d.kind === 'combined') ?? after.documents[0]).file;
  const line = dated?.line ?? 1;
  const what = count === 1 ? 'One requirement changed' : `${count} requirements changed`;
  const message = date
    ? `${what}, but the last-updated date is still "${date}"; give the new date so users can tell which version they agreed to.`
    : `${what}, but the policy states no last-updated or effective date; add one so users can tell which version they agreed to.`;
  return {
    file, ruleId: 'policy-changes', severity: 'warning', message,
    start: 0, end: 0, line, column: dated?.column ?? 1, endLine: dated?.endLine ?? line, endColumn: dated?.endColumn ?? 1,
  };
}
