// What the editor shows beside the diagnostics: the requirement count (code
// lens), the report of a set (Markdown), and hovers that explain a rule.
import type { MarkupContent } from 'vscode-languageserver';
import { docsUrl, ruleById, type Finding, type Requirement, type SetReport } from '../engine/index';

export interface RequirementCount {
  met: number;
  /** Requirements that apply to the set (not-applicable ones are left out). */
  total: number;
}

export function countRequirements(report: SetReport): RequirementCount {
  const applicable = report.requirements.filter((r) => r.status !== 'not-applicable');
  return { met: applicable.filter((r) => r.status === 'satisfied').length, total: applicable.length };
}

export function codeLensTitle(report: SetReport): string {
  const { met, total } = countRequirements(report);
  return `Policy check: ${met} of ${total} requirements met`;
}

/** The first paragraph of a rule's docs page (its title heading and front matter skipped). */
export function firstParagraph(markdown: string): string {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  for (const block of body.split(/\r?\n[ \t]*\r?\n/)) {
    const trimmed = block.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('```') || trimmed.startsWith('<!--')) continue;
    return trimmed;
  }
  return '';
}

/** Beyond this many rules at one place (missing requirements share a heading), the hover lists summaries only. */
const FULL_HOVER_RULES = 3;

export function hoverMarkdown(findings: Finding[]): MarkupContent | undefined {
  const rules = [...new Set(findings.map((f) => f.ruleId))].flatMap((id) => ruleById(id) ?? []);
  if (rules.length === 0) return undefined;
  if (rules.length > FULL_HOVER_RULES) {
    const list = rules.map((rule) => `- **\`${rule.id}\`**: ${rule.summary} ([docs](${docsUrl(rule.id)}))`);
    return { kind: 'markdown', value: [`**fedipolicy**: ${rules.length} rules report here`, ...list].join('\n') };
  }
  const parts = rules.map((rule) =>
    [`**fedipolicy \`${rule.id}\`**: ${rule.summary}`, firstParagraph(rule.docs), `[Rule documentation](${docsUrl(rule.id)})`].filter(Boolean).join('\n\n'),
  );
  return { kind: 'markdown', value: parts.join('\n\n---\n\n') };
}

const STATUS_LABEL: Record<Requirement['status'], string> = {
  satisfied: 'met',
  missing: '**missing**',
  'not-applicable': 'n/a',
};

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function place(file: string | undefined, line: number | undefined, fileLabel: (file: string) => string): string {
  if (!file) return '';
  return line ? `${fileLabel(file)}:${line}` : fileLabel(file);
}

/** The report of one set as Markdown (for `fedipolicy/report` and the client's report view). */
export function reportMarkdown(report: SetReport, fileLabel: (file: string) => string = (f) => f): string {
  const { met, total } = countRequirements(report);
  const lines = [`# Policy check: ${met} of ${total} requirements met`, ''];
  lines.push('## Documents', '');
  for (const d of report.documents) lines.push(`- ${fileLabel(d.file)} (${d.kind}, ${d.language})`);
  lines.push('', '## Requirements', '', '| Rule | Status | Where | Evidence or message |', '|---|---|---|---|');
  const order: Record<Requirement['status'], number> = { missing: 0, satisfied: 1, 'not-applicable': 2 };
  for (const r of [...report.requirements].sort((a, b) => order[a.status] - order[b.status] || a.ruleId.localeCompare(b.ruleId))) {
    const detail = r.status === 'satisfied' ? (r.evidence ?? '') : (r.message ?? ruleById(r.ruleId)?.summary ?? '');
    lines.push(`| [\`${r.ruleId}\`](${docsUrl(r.ruleId)}) | ${STATUS_LABEL[r.status]} | ${escapeCell(place(r.file, r.line, fileLabel))} | ${escapeCell(detail)} |`);
  }
  const others = report.findings.filter((f) => !report.requirements.some((r) => r.ruleId === f.ruleId && r.status === 'missing'));
  if (others.length) {
    lines.push('', '## Other findings', '');
    for (const f of others) lines.push(`- ${fileLabel(f.file)}:${f.line}:${f.column} ${f.severity} \`${f.ruleId}\`: ${f.message}`);
  }
  return lines.join('\n') + '\n';
}
