// The output formats of `fedipolicy report`: which requirements each policy
// set meets, where, and with which stated values.
import type { DocumentKind, Finding, Requirement } from '../../engine/types';
import { findingToJson } from './lint-formats';
import { makeStyle } from './style';

export const REPORT_FORMATS = ['text', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportSet {
  documents: { file: string; kind: DocumentKind }[];
  requirements: Requirement[];
  findings: Finding[];
}

function requirementToJson(r: Requirement): Record<string, unknown> {
  const { ruleId, status, file, line, column, endLine, endColumn, value, message, evidence } = r;
  return Object.fromEntries(Object.entries({ ruleId, status, file, line, column, endLine, endColumn, value, message, evidence }).filter(([, v]) => v !== undefined));
}

/** `{ days: 365 }` -> `365 days`; categories as a list. */
function describeValue(r: Requirement): string {
  const v = r.value;
  if (!v) return '';
  const parts: string[] = [];
  if (v.days !== undefined) parts.push(`${v.days} days`);
  if (v.age !== undefined) parts.push(`age ${v.age}`);
  if (v.categories?.length) parts.push(v.categories.join(', '));
  if (v.everyDays !== undefined) parts.push(`every ${v.everyDays} day(s)`);
  if (v.date !== undefined) parts.push(`dated ${v.date}`);
  return parts.join('; ');
}

function where(r: Requirement): string {
  return r.file ? `${r.file}:${r.line ?? 1}:${r.column ?? 1}` : '';
}

const STATUS_WORD = { satisfied: 'satisfied', missing: 'MISSING', 'not-applicable': 'n/a' } as const;

function formatText(sets: ReportSet[], color: boolean): string {
  const style = makeStyle(color);
  const out: string[] = [];
  sets.forEach((set, i) => {
    if (i > 0) out.push('');
    out.push(style.bold(`Policy set: ${set.documents.map((d) => `${d.file} (${d.kind})`).join(', ')}`));
    const idWidth = Math.max(...set.requirements.map((r) => r.ruleId.length), 4);
    for (const r of set.requirements) {
      const paint = r.status === 'missing' ? style.red : r.status === 'satisfied' ? style.green : style.dim;
      const detail = r.status === 'satisfied' ? [where(r), describeValue(r) && `(${describeValue(r)})`].filter(Boolean).join('  ') : (r.message ?? '');
      out.push(`  ${r.ruleId.padEnd(idWidth)}  ${paint(STATUS_WORD[r.status].padEnd(9))}  ${detail}`.trimEnd());
    }
    const missing = set.requirements.filter((r) => r.status === 'missing').length;
    const satisfied = set.requirements.filter((r) => r.status === 'satisfied').length;
    out.push(`  ${satisfied} satisfied, ${missing} missing, ${set.requirements.length - satisfied - missing} not applicable; ${set.findings.length} finding(s)`);
  });
  return `${out.join('\n')}\n`;
}

/** Escapes text for a Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function formatMarkdown(sets: ReportSet[]): string {
  const out: string[] = ['# fedipolicy report', ''];
  for (const set of sets) {
    out.push(`## ${cell(set.documents.map((d) => `${d.file} (${d.kind})`).join(', '))}`, '');
    out.push('| Requirement | Status | Where | Value or note |', '|---|---|---|---|');
    for (const r of set.requirements) {
      const status = r.status === 'satisfied' ? '✅ satisfied' : r.status === 'missing' ? '❌ missing' : '➖ not applicable';
      const note = r.status === 'satisfied' ? describeValue(r) : (r.message ?? '');
      out.push(`| \`${r.ruleId}\` | ${status} | ${cell(where(r))} | ${cell(note)} |`);
    }
    out.push('');
    if (set.findings.length) {
      out.push('### Findings', '');
      for (const f of set.findings) out.push(`- ${cell(`${f.file}:${f.line}:${f.column}`)} **${f.severity}** ${cell(f.message)} (\`${f.ruleId}\`)`);
      out.push('');
    }
  }
  return out.join('\n');
}

export function formatReport(format: ReportFormat, sets: ReportSet[], color: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          sets: sets.map((s) => ({
            documents: s.documents.map(({ file, kind }) => ({ file, kind })),
            requirements: s.requirements.map(requirementToJson),
            findings: s.findings.map(findingToJson),
          })),
        },
        null,
        2,
      )}\n`;
    case 'md':
      return formatMarkdown(sets);
    case 'text':
      return formatText(sets, color);
  }
}
