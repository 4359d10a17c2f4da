// `fedipolicy lint`: findings for the files named, in one of five formats.
import type { Finding } from '../engine';
import { displayPath } from '../project';
import { countOption, oneOf, parse, SET_OPTIONS } from './args';
import type { PlannedWrite } from './fix';
import { LINT_FORMATS, formatLint } from './formats/lint-formats';
import { LINT_HELP } from './help';
import { UsageError, useColor, type CliContext } from './io';
import { collectSets, lintPolicySet, setOptionsFrom } from './sets';
import { version } from '../../package.json';

export async function lintCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse('lint', argv, {
    ...SET_OPTIONS,
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) {
    ctx.stdout(LINT_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format, LINT_FORMATS, 'stylish');
  const maxWarnings = countOption('--max-warnings', values['max-warnings']);
  const fix = values.fix === true;
  const dryRun = values['fix-dry-run'] === true;
  if (fix && dryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (fix && positionals.includes('-')) throw new UsageError('--fix cannot be used with - (standard input); fix files on disk');

  const { sets } = await collectSets(ctx, setOptionsFrom(values, positionals));

  if (dryRun) {
    // What --fix would write, as a unified diff; nothing is written, and the findings are those of the files as they are.
    const { planFixes, unifiedDiff } = await import('./fix');
    const writes = sets.flatMap((set) => planFixes(set, { keep: true }));
    ctx.stdout(writes.map((w) => unifiedDiff(w, ctx.cwd)).join(''));
    return writes.length ? 1 : 0;
  }

  if (fix) {
    // Loaded only here: a plain lint needs neither the diff library nor node:crypto.
    const { planFixes, writeFixes } = await import('./fix');
    const writes: PlannedWrite[] = sets.flatMap((set) => planFixes(set));
    writeFixes(writes);
  }

  const files: string[] = [];
  const findings: Finding[] = [];
  for (const set of sets) {
    const targets = new Set(set.documents.filter((d) => d.target).map((d) => d.file));
    targets.forEach((file) => files.push(file));
    findings.push(...lintPolicySet(set).findings.filter((f) => targets.has(f.file)));
  }
  const shown = values.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const display = (f: Finding): Finding => ({
    ...f,
    file: displayPath(f.file, ctx.cwd),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, file: displayPath(r.file, ctx.cwd) })) } : {}),
  });
  ctx.stdout(
    formatLint(
      format,
      { files: files.map((f) => displayPath(f, ctx.cwd)), findings: shown.map(display) },
      { color: useColor(ctx), version },
      ctx.cwd,
    ),
  );

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    ctx.stderr(`fedipolicy: ${warnings} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
