// Option parsing shared by the subcommands: node's parseArgs, with its
// errors rephrased as one-line usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DOCUMENT_KINDS, type DocumentKind } from '../engine/types';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(command: string, argv: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`${command}: unknown option ${option ?? ''} (see fedipolicy ${command} --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${command}: ${option ?? 'an option'} needs a value (see fedipolicy ${command} --help)`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`${command}: unexpected argument (see fedipolicy ${command} --help)`);
    throw new UsageError(`${command}: ${message.split('\n')[0]}`);
  }
}

export function oneOf<T extends string>(option: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
  }
  return value as T;
}

export function kindOption(value: string | boolean | undefined): DocumentKind | undefined {
  if (value === undefined) return undefined;
  return oneOf('--kind', value, DOCUMENT_KINDS, 'privacy');
}

export function countOption(option: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number of 0 or more (got "${String(value)}")`);
  return Number(value);
}

/** Options that `lint` and `report` share. */
export const SET_OPTIONS: Options = {
  format: { type: 'string', short: 'f' },
  'per-file': { type: 'boolean' },
  kind: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};
