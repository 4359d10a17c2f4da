// `fedipolicy init [folder]`: a starter configuration next to the policies
// found there. Never overwrites an existing configuration.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, ConfigResolver } from '../config';
import { detectKind, type InstanceInfo } from '../engine';
import { displayPath, folderPolicyFiles, readDocument } from '../project';
import { parse } from './args';
import { INIT_HELP } from './help';
import { UsageError, type CliContext } from './io';

export const SCHEMA_URL = 'https://raw.githubusercontent.com/fedipolicy/fedipolicy/main/schema/fedipolicy.schema.json';

/** Every instance field, present but empty, so that people see what can be filled in. */
const EMPTY_INSTANCE: Required<{ [K in keyof InstanceInfo]: InstanceInfo[K] | null }> = {
  domain: '',
  name: '',
  adminEmail: '',
  contactUrl: '',
  adminAccount: '',
  jurisdiction: '',
  minimumAge: null,
  ipRetentionDays: null,
  logRetentionDays: null,
  loginRetentionDays: null,
  shutdownNoticeDays: null,
  backupFrequency: '',
  hostingProvider: '',
  emailProvider: '',
  ageVerification: false,
};

export function initCommand(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parse('init', argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    ctx.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init takes at most one folder');
  const dir = resolve(ctx.cwd, positionals[0] ?? '.');
  if (!existsSync(dir)) throw new UsageError(`${positionals[0]}: no such folder`);
  const existing = CONFIG_FILE_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
  if (existing) throw new UsageError(`${displayPath(existing, ctx.cwd)} already exists; not overwriting it`);

  // Kinds come from the file itself (front matter, name, heading), not from a config that is about to be replaced.
  const files = folderPolicyFiles(dir, new ConfigResolver());
  const documents = files.map((file) => ({ files: basename(file), kind: detectKind(file, readDocument(file).text) }));
  const config = {
    $schema: SCHEMA_URL,
    extends: 'fedipolicy:recommended',
    documents,
    instance: EMPTY_INSTANCE,
    rules: {},
  };
  const target = join(dir, '.fedipolicy.json');
  writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  const found = files.length ? `${files.length} policy file(s): ${files.map((f) => basename(f)).join(', ')}` : 'no policy files yet; add them to "documents"';
  ctx.stdout(`Wrote ${displayPath(target, ctx.cwd)} (${found}). Fill in "instance" so that fixes insert your details.\n`);
  return 0;
}
