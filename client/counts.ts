// Counting and wording for the status bar item. Pure, unit-tested.

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(severities: readonly ('error' | 'warning' | 'info')[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const severity of severities) {
    if (severity === 'error') counts.errors++;
    else if (severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `text` uses codicons ($(error) ...); `tooltip` is plain words for screen readers. */
export function statusText(counts: SeverityCounts): { text: string; tooltip: string } {
  const total = counts.errors + counts.warnings + counts.infos;
  const tooltip =
    total === 0
      ? 'fedipolicy: no problems in this policy'
      : `fedipolicy: ${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}, ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}, ${counts.infos} ${counts.infos === 1 ? 'info' : 'infos'} in this policy`;
  if (total === 0) return { text: '$(check) fedipolicy', tooltip };
  return { text: `$(error) ${counts.errors} $(warning) ${counts.warnings} $(info) ${counts.infos} fedipolicy`, tooltip };
}
