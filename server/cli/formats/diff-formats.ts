// The output formats of `fedipolicy diff`: what changed for users between two
// versions of the policy sets. Markdown is the engine's (the editor shows the same).
import { describeSide, diffMarkdown, readyToPaste, setChanged, type RequirementChange, type RequirementSide, type SetComparison } from '../../engine';
import { findingToJson } from './lint-formats';
import { makeStyle } from './style';

export const DIFF_FORMATS = ['text', 'md', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

function sideToJson(side: RequirementSide): Record<string, unknown> {
  const { status, value, file, line, evidence } = side;
  return Object.fromEntries(Object.entries({ status, value, file, line, evidence }).filter(([, v]) => v !== undefined));
}

function changeToJson(c: RequirementChange): Record<string, unknown> {
  return { ruleId: c.ruleId, change: c.change, before: sideToJson(c.before), after: sideToJson(c.after), forUsers: c.forUsers, summary: c.summary };
}

function formatJson(sets: SetComparison[]): string {
  const json = {
    sets: sets.map(({ documents, diff }) => ({
      documents,
      language: diff.language,
      policyLanguage: diff.policyLanguage,
      changes: diff.changes.map(changeToJson),
      findings: { added: diff.findings.added.map(findingToJson), resolved: diff.findings.resolved.map(findingToJson) },
      dateChanged: diff.dateChanged,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function formatText(sets: SetComparison[], color: boolean): string {
  const style = makeStyle(color);
  const paint = { better: style.green, worse: style.red, neutral: style.dim };
  const out: string[] = [];
  sets.forEach(({ documents, diff }, i) => {
    if (i > 0) out.push('');
    out.push(style.bold(`Policy set: ${documents.join(', ') || '(no documents)'}`));
    if (!setChanged(diff)) {
      out.push('  no change for users');
      return;
    }
    const width = Math.max(4, ...diff.changes.map((c) => c.ruleId.length));
    for (const c of diff.changes) {
      out.push(`  ${c.change.padEnd(6)}  ${c.ruleId.padEnd(width)}  ${paint[c.forUsers](c.forUsers.padEnd(7))}  ${describeSide(c.before)} -> ${describeSide(c.after)}`);
    }
    if (diff.changes.length) {
      out.push('', `  For users (${readyToPaste(diff).toLowerCase()}):`);
      for (const c of diff.changes) out.push(`    ${c.summary}`);
      out.push('', `  Last-updated date: ${diff.dateChanged ? 'changed' : 'not changed'}`);
    }
    for (const [label, findings] of [['new finding', diff.findings.added], ['resolved', diff.findings.resolved]] as const) {
      for (const f of findings) out.push(`  ${label}: ${f.file}:${f.line}  ${f.severity}  ${f.message}  ${style.dim(f.ruleId)}`);
    }
  });
  const changes = sets.flatMap((s) => s.diff.changes);
  const count = (d: string) => changes.filter((c) => c.forUsers === d).length;
  out.push('', `${changes.length} change(s): ${count('worse')} worse, ${count('better')} better, ${count('neutral')} neutral for users`);
  return `${out.join('\n')}\n`;
}

export function formatDiff(format: DiffFormat, sets: SetComparison[], color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(sets);
    case 'md':
      return diffMarkdown(sets);
    case 'text':
      return formatText(sets, color);
  }
}
