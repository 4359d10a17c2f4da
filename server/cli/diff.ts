// `fedipolicy diff`: what changed for users between two versions of the
// policies (two files, two folders, or the working tree and a git revision).
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigResolver } from '../config';
import type { SetComparison, SetDiff } from '../engine';
import { buildSets, comparePair, displayPath, expandInputs, GitRevision, InputError, pairSets, setsAtRevision, type SetPair } from '../project';
import { kindOption, oneOf, parse } from './args';
import { DIFF_FORMATS, formatDiff } from './formats/diff-formats';
import { DIFF_HELP } from './help';
import { UsageError, useColor, type CliContext } from './io';

export const FAIL_ON = ['lost', 'worse', 'any', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Whether a compared set has a change that `--fail-on` names. */
export function failsOn(diff: SetDiff, failOn: FailOn): boolean {
  switch (failOn) {
    case 'none':
      return false;
    case 'lost':
      return diff.changes.some((c) => c.change === 'lost');
    case 'worse':
      return diff.changes.some((c) => c.forUsers === 'worse');
    case 'any':
      return diff.changes.length > 0 || diff.findings.added.length > 0 || diff.findings.resolved.length > 0;
  }
}

function kindOfPath(path: string, given: string): 'file' | 'folder' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    throw new InputError(`${given}: no such file or folder`);
  }
}

export async function diffCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse('diff', argv, {
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    base: { type: 'string' },
    'per-file': { type: 'boolean' },
    kind: { type: 'string' },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.stdout(DIFF_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format, DIFF_FORMATS, 'text');
  const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON, 'worse');
  const kind = kindOption(values.kind);
  const perFile = values['per-file'] === true;
  if (positionals.includes('-')) throw new UsageError('diff: - (standard input) is not supported; give files, folders or --base REF');
  const resolver = new ConfigResolver(values.config === undefined ? undefined : resolve(ctx.cwd, values.config as string));
  const label = (file: string) => displayPath(file, ctx.cwd);

  let pairs: SetPair[];
  if (values.base !== undefined) {
    const after = buildSets(expandInputs(positionals, ctx.cwd, resolver), { resolver, perFile, kind });
    const start = positionals.length ? resolve(ctx.cwd, positionals[0]) : ctx.cwd;
    const revision = GitRevision.open(kindOfPath(start, positionals[0] ?? '.') === 'folder' ? start : dirname(start), values.base as string);
    pairs = pairSets(setsAtRevision(after, revision, { resolver, perFile, kind }), after);
  } else {
    if (positionals.length !== 2) throw new UsageError('diff: give two files or two folders (OLD NEW), or --base REF [paths...] (see fedipolicy diff --help)');
    const [oldPath, newPath] = positionals.map((p) => resolve(ctx.cwd, p));
    const [oldKind, newKind] = [kindOfPath(oldPath, positionals[0]), kindOfPath(newPath, positionals[1])];
    if (oldKind !== newKind) throw new UsageError(`diff: ${positionals[0]} is a ${oldKind} and ${positionals[1]} a ${newKind}; compare two files or two folders`);
    if (oldKind === 'file') {
      // Two files are two versions of one document: each is the whole set, without its folder's other files.
      const [before] = buildSets([oldPath], { resolver, perFile: true, kind, complete: false });
      const [after] = buildSets([newPath], { resolver, perFile: true, kind, complete: false });
      pairs = [{ before, after }];
    } else {
      const before = buildSets(expandInputs([oldPath], ctx.cwd, resolver), { resolver, perFile, kind });
      const after = buildSets(expandInputs([newPath], ctx.cwd, resolver), { resolver, perFile, kind });
      pairs = pairSets(before, after, { before: oldPath, after: newPath });
    }
  }

  const sets: SetComparison[] = pairs.map((pair) => comparePair(pair, label));
  ctx.stdout(formatDiff(format, sets, useColor(ctx)));
  return sets.some((s) => failsOn(s.diff, failOn)) ? 1 : 0;
}
