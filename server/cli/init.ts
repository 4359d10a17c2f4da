// `fedipolicy init [folder]`: a starter configuration next to the policies
// found there (server/project/init.ts writes it). Never overwrites one.
import { basename, resolve } from 'node:path';
import { describeSource } from '../engine';
import { displayPath } from '../project';
import { writeStarterConfig } from '../project/init';
import { parse } from './args';
import { INIT_HELP } from './help';
import { UsageError, type CliContext } from './io';

export function initCommand(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parse('init', argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    ctx.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init takes at most one folder');
  const result = writeStarterConfig(resolve(ctx.cwd, positionals[0] ?? '.'));
  if (!result.created && result.problem === 'no-folder') throw new UsageError(`${positionals[0]}: no such folder`);
  if (!result.created) throw new UsageError(`${displayPath(result.path, ctx.cwd)} already exists; not overwriting it`);
  const files = result.policyFiles;
  const found = files.length ? `${files.length} policy file(s): ${files.map((f) => basename(f)).join(', ')}` : 'no policy files yet; add them to "documents"';
  ctx.stdout(`Wrote ${displayPath(result.path, ctx.cwd)} (${found}).\n`);
  // One line per value read from the policies, so that the admin can check each against its source.
  for (const { key, value, source } of result.prefilled) {
    const where = source.from === 'document' ? `${displayPath(source.file, ctx.cwd)}:${source.line}` : describeSource(source);
    ctx.stdout(`  instance.${key} = ${JSON.stringify(value)}  (read from ${where})\n`);
  }
  const empty = result.prefilled.length ? 'Check these values and fill in' : 'Fill in';
  ctx.stdout(`${empty} the rest of "instance" so that fixes insert your details.\n`);
  return 0;
}
