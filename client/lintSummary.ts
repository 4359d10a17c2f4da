// The message "fedipolicy: Lint workspace policies" shows. Pure, unit-tested.
import type { SeverityCounts } from './counts';

/** The answer to `fedipolicy/lintWorkspace`. */
export interface LintWorkspaceResult {
  /** Policy documents linted. */
  files: number;
  /** Findings published for them. */
  findings: number;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * @param counts the fedipolicy diagnostics by severity across the workspace
 *   after the lint (the server answers with totals only).
 */
export function describeLintResult(result: Partial<LintWorkspaceResult> | null | undefined, counts: SeverityCounts): string {
  const files = result?.files ?? 0;
  if (files === 0) return 'no policy documents found (see the setting "fedipolicy.files").';
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return `${plural(files, 'policy document')} linted: no problems.`;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.infos, 'info', 'infos')];
  return `${plural(files, 'policy document')} linted: ${parts.join(', ')}.`;
}
