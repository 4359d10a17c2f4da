// The report card's data: what was fetched, the grade, each requirement as
// met (with its evidence) or missing (with why it matters), other findings.
// `--format json` prints this object as is; the other formats render it.
import { docsUrl, ruleById, type EngineConfig, type Finding, type RequirementStatus, type RequirementValue, type SetReport, type Severity, type SeveritySetting } from '../engine';
import { detectDefaultPolicy, DEFAULT_POLICY_DATE } from './default-policy';
import { computeGrade, type GradeResult } from './grade';
import type { InstanceSnapshot } from './mastodon';
import { SET_FILES, type PolicySet } from './policy-set';

export type AuditDocumentKind = 'privacy' | 'terms' | 'rules' | 'about';

export interface AuditDocument {
  kind: AuditDocumentKind;
  /** Its name in the set (findings' `file`); null when the instance publishes none. */
  file: string | null;
  status: 'fetched' | 'absent' | 'generated';
  /** The endpoint it came from. */
  source: string;
  /** Privacy policy: updated_at; terms: effective_date. */
  date?: string;
  note?: string;
}

export interface AuditRequirement {
  ruleId: string;
  status: RequirementStatus;
  severity: SeveritySetting;
  summary: string;
  docsUrl: string;
  /** Met: the sentence that meets it, and where (line in the converted Markdown). */
  evidence?: string;
  file?: string;
  line?: number;
  column?: number;
  /** Met through the about document the audit generated from the instance API. */
  fromInstanceApi?: boolean;
  value?: RequirementValue;
  /** Missing: why it matters to users. */
  why?: string;
}

export interface AuditFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface AuditOwnFinding {
  id: 'no-privacy-policy' | 'mastodon-default-privacy-policy';
  severity: Severity;
  message: string;
}

export interface AuditReport {
  tool: { name: 'fedipolicy'; version: string };
  auditedAt: string;
  instance: { url: string } & Pick<InstanceSnapshot, 'domain' | 'title' | 'version' | 'contactEmail' | 'contactAccount' | 'minAge' | 'registrations'>;
  documents: AuditDocument[];
  grade: GradeResult;
  /** Audit-level findings: no privacy policy, Mastodon's default policy. */
  auditFindings: AuditOwnFinding[];
  requirements: AuditRequirement[];
  /** Engine findings other than the missing requirements (those are in `requirements`). */
  findings: AuditFinding[];
}

export interface ReportInput {
  instance: InstanceSnapshot;
  set: PolicySet;
  setReport: SetReport;
  config: EngineConfig;
  version: string;
  auditedAt: Date;
}

export function buildReport({ instance, set, setReport, config, version, auditedAt }: ReportInput): AuditReport {
  const auditFindings: AuditOwnFinding[] = [];
  if (!instance.privacy) {
    auditFindings.push({
      id: 'no-privacy-policy',
      severity: 'error',
      message: `${instance.domain} publishes no privacy policy (${instance.endpoints.privacy} is absent or empty): users cannot learn what is collected and for how long.`,
    });
  }
  const verdict = detectDefaultPolicy(set.privacyHeadings, instance.privacy?.date);
  if (instance.privacy && verdict.isDefault) {
    const date = verdict.defaultDate ? `, and its date is the template's ${DEFAULT_POLICY_DATE}` : '';
    auditFindings.push({
      id: 'mastodon-default-privacy-policy',
      severity: 'warning',
      message: `The privacy policy is still Mastodon's default template (${verdict.matchedHeadings} of its section headings match${date}): it was not written for this server, so its promises (retention periods, minimum age) may not match how the server is run.`,
    });
  }

  const { requirements, findings } = splitFindings(setReport, config, set);
  const grade = computeGrade({
    requirements,
    findings,
    privacyPolicyPublished: Boolean(instance.privacy),
    defaultPrivacyPolicy: auditFindings.some((f) => f.id === 'mastodon-default-privacy-policy'),
  });

  return {
    tool: { name: 'fedipolicy', version },
    auditedAt: auditedAt.toISOString(),
    instance: {
      url: instance.origin,
      domain: instance.domain,
      title: instance.title,
      version: instance.version,
      contactEmail: instance.contactEmail,
      contactAccount: instance.contactAccount,
      minAge: instance.minAge,
      registrations: instance.registrations,
    },
    documents: describeDocuments(instance, set),
    grade,
    auditFindings,
    requirements,
    findings,
  };
}

/** Separates the one finding per missing requirement (shown as "missing") from the other findings. */
function splitFindings(setReport: SetReport, config: EngineConfig, set: PolicySet) {
  const remaining: Finding[] = [...setReport.findings];
  const generated = new Set(set.documents.filter((d) => d.generated).map((d) => d.file));
  const requirements: AuditRequirement[] = setReport.requirements.map((requirement) => {
    const rule = ruleById(requirement.ruleId);
    let severity: SeveritySetting = config.rules[requirement.ruleId]?.severity ?? rule?.severity ?? 'warning';
    const base = {
      ruleId: requirement.ruleId,
      status: requirement.status,
      severity,
      summary: rule?.summary ?? requirement.ruleId,
      docsUrl: docsUrl(requirement.ruleId),
    };
    if (requirement.status === 'missing') {
      const index = findMissingFinding(remaining, requirement);
      if (index >= 0) {
        severity = remaining[index].severity;
        remaining.splice(index, 1);
      }
      return { ...base, severity, why: requirement.message ?? rule?.message, value: requirement.value };
    }
    if (requirement.status === 'satisfied') {
      return {
        ...base,
        evidence: requirement.evidence,
        file: requirement.file,
        line: requirement.line,
        column: requirement.column,
        fromInstanceApi: requirement.file !== undefined && generated.has(requirement.file) ? true : undefined,
        value: requirement.value,
      };
    }
    return base;
  });
  const findings: AuditFinding[] = remaining.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  }));
  return { requirements, findings };
}

function findMissingFinding(findings: Finding[], requirement: SetReport['requirements'][number]): number {
  const exact = findings.findIndex(
    (f) => f.ruleId === requirement.ruleId && f.file === requirement.file && f.line === requirement.line && f.column === requirement.column,
  );
  return exact >= 0 ? exact : findings.findIndex((f) => f.ruleId === requirement.ruleId);
}

function describeDocuments(instance: InstanceSnapshot, set: PolicySet): AuditDocument[] {
  const rules = instance.rules;
  const documents: AuditDocument[] = [
    instance.privacy
      ? { kind: 'privacy', file: SET_FILES.privacy, status: 'fetched', source: instance.privacy.url, date: instance.privacy.date }
      : { kind: 'privacy', file: null, status: 'absent', source: instance.endpoints.privacy, note: 'no privacy policy published' },
    instance.terms
      ? { kind: 'terms', file: SET_FILES.terms, status: 'fetched', source: instance.terms.url, date: instance.terms.date }
      : { kind: 'terms', file: null, status: 'absent', source: instance.endpoints.terms, note: 'no terms of service published' },
    rules.items.length > 0
      ? { kind: 'rules', file: SET_FILES.rules, status: 'fetched', source: rules.url, note: `${rules.items.length} rule${rules.items.length === 1 ? '' : 's'}` }
      : { kind: 'rules', file: null, status: 'absent', source: rules.url, note: 'no server rules published' },
  ];
  if (set.aboutFacts.length > 0) {
    documents.push({
      kind: 'about',
      file: SET_FILES.about,
      status: 'generated',
      source: instance.endpoints.instance,
      note: `generated by the audit from the instance API: ${set.aboutFacts.join(', ')}`,
    });
  }
  return documents;
}
