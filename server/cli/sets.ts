// From command-line paths (or standard input) to linted policy sets: the part
// `lint` and `report` share.
import { resolve } from 'node:path';
import { ConfigResolver } from '../config';
import { lintSet, type DocumentKind, type SetReport } from '../engine';
import { buildSets, decodeText, engineDocuments, expandInputs, InputError, type PolicySet } from '../project';
import { kindOption } from './args';
import { UsageError, type CliContext } from './io';

export interface SetOptions {
  positionals: string[];
  perFile: boolean;
  kind?: DocumentKind;
  configFile?: string;
  stdinFilename?: string;
}

const STDIN_NAME = '<stdin>';

/** The set options (`SET_OPTIONS` in args.ts) as parsed. */
export function setOptionsFrom(values: Record<string, string | boolean | undefined>, positionals: string[]): SetOptions {
  return {
    positionals,
    perFile: values['per-file'] === true,
    kind: kindOption(values.kind),
    configFile: values.config as string | undefined,
    stdinFilename: values['stdin-filename'] as string | undefined,
  };
}

export async function collectSets(ctx: CliContext, options: SetOptions): Promise<{ sets: PolicySet[]; resolver: ConfigResolver; stdin: boolean }> {
  const resolver = new ConfigResolver(options.configFile === undefined ? undefined : resolve(ctx.cwd, options.configFile));
  const stdin = options.positionals.includes('-');
  if (!stdin) {
    if (options.stdinFilename !== undefined) throw new UsageError('--stdin-filename is only used with - (read standard input)');
    const targets = expandInputs(options.positionals, ctx.cwd, resolver);
    return { sets: buildSets(targets, { resolver, perFile: options.perFile, kind: options.kind }), resolver, stdin };
  }
  if (options.positionals.length > 1) throw new UsageError('- (standard input) cannot be combined with other paths');
  const decoded = decodeText(await ctx.readStdin());
  if (!decoded.ok) throw new InputError(`${options.stdinFilename ?? STDIN_NAME}: ${decoded.problem}`);
  const file = resolve(ctx.cwd, options.stdinFilename ?? STDIN_NAME);
  const sets = buildSets([file], {
    resolver,
    perFile: options.perFile,
    kind: options.kind,
    // Without a real name there is no folder to take the rest of the set from.
    complete: options.stdinFilename !== undefined,
    overrides: new Map([[file, decoded.text]]),
  });
  return { sets, resolver, stdin };
}

/** Lints one set with its configuration (the documents as the engine takes them). */
export function lintPolicySet(set: PolicySet): SetReport {
  return lintSet(
    engineDocuments(set),
    set.config.engine,
  );
}
