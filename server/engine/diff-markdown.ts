// The Markdown report of `fedipolicy diff`: what the CLI prints with
// `--format md`, the GitHub Action writes to the job summary and the editor
// opens beside a policy. Here rather than in one adapter because both the CLI
// and the language server render it, and adapters do not import each other.
import type { RequirementValue } from './types';
import type { RequirementChange, SetDiff } from './diff';

/** One policy set compared: its documents as they are named to people, and what changed. */
export interface SetComparison {
  documents: string[];
  diff: SetDiff;
}

const CHANGE_LABEL = { gained: 'gained', lost: 'lost', value: 'value changed' } as const;
const FOR_USERS_LABEL = { better: '🟢 better', worse: '🔴 worse', neutral: '⚪ neutral' } as const;

/** A stated value as a reader reads it. */
export function describeValue(value: RequirementValue | undefined): string {
  if (!value) return '';
  const parts: string[] = [];
  if (value.days !== undefined) parts.push(value.days === 0 ? 'not kept' : `${value.days} days`);
  if (value.age !== undefined) parts.push(`age ${value.age}`);
  if (value.everyDays !== undefined) parts.push(value.everyDays < 1 ? 'more than daily' : value.everyDays === 1 ? 'daily' : `every ${value.everyDays} days`);
  if (value.categories?.length) parts.push(value.categories.join(', '));
  if (value.date !== undefined) parts.push(`dated ${value.date}`);
  return parts.join('; ');
}

/** A requirement on one side: its status, the value it states, where. */
export function describeSide(side: RequirementChange['before']): string {
  const value = describeValue(side.value);
  const where = side.file ? ` (${side.file}${side.line ? `:${side.line}` : ''})` : '';
  return `${side.status}${value ? `, ${value}` : ''}${where}`;
}

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** "Ready to paste", and in which language when it is not the policy's own. */
export function readyToPaste(diff: SetDiff): string {
  const base = diff.policyLanguage.toLowerCase().split(/[-_]/)[0];
  if (base === diff.language) return 'Ready to paste';
  return `Ready to paste (in English: summaries are not written in "${diff.policyLanguage}" yet)`;
}

/** Whether a compared set changed at all. */
export function setChanged(diff: SetDiff): boolean {
  return diff.changes.length > 0 || diff.findings.added.length > 0 || diff.findings.resolved.length > 0;
}

export function diffMarkdown(sets: SetComparison[], title = 'Policy changes'): string {
  const out: string[] = [`# ${title}`, ''];
  if (sets.length === 0) out.push('No policy documents to compare.', '');
  for (const { documents, diff } of sets) {
    out.push(`## ${cell(documents.join(', ') || '(no documents)')}`, '');
    if (!setChanged(diff)) {
      out.push('No change for users: the same requirements are met, with the same values, and no finding appeared or went away.', '');
      continue;
    }
    if (diff.changes.length) {
      out.push('### For users', '', `${readyToPaste(diff)}:`, '');
      for (const c of diff.changes) out.push(`- ${c.summary}`);
      out.push('', '### Requirements', '', '| Rule | Change | For users | Before | After |', '|---|---|---|---|---|');
      for (const c of diff.changes) {
        out.push(`| \`${c.ruleId}\` | ${CHANGE_LABEL[c.change]} | ${FOR_USERS_LABEL[c.forUsers]} | ${cell(describeSide(c.before))} | ${cell(describeSide(c.after))} |`);
      }
      out.push('');
    }
    out.push(`Last-updated date: ${diff.dateChanged ? 'changed' : 'not changed'}.`, '');
    const list = (heading: string, findings: SetDiff['findings']['added']) => {
      if (!findings.length) return;
      out.push(`### ${heading}`, '');
      for (const f of findings) out.push(`- ${cell(`${f.file}:${f.line}`)} **${f.severity}** ${cell(f.message)} (\`${f.ruleId}\`)`);
      out.push('');
    };
    list('New findings', diff.findings.added);
    list('Resolved findings', diff.findings.resolved);
  }
  return out.join('\n');
}
