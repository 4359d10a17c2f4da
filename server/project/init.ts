// A starter configuration next to the policies of a folder: project logic
// shared by `fedipolicy init` and the editor's "Create config file". It
// never overwrites an existing configuration; each adapter words the outcome.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONFIG_FILE_NAMES, ConfigResolver } from '../config';
import { defaultConfig, detectKind, statedInstanceValues, type InstanceInfo, type SourcedValue } from '../engine';
import { folderPolicyFiles, readDocument } from './index';

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

/** A value the starter config was filled with, and where it was read. */
export type PrefilledValue = SourcedValue<string | number | boolean> & { key: keyof InstanceInfo };

export type StarterConfigResult =
  | { created: true; path: string; policyFiles: string[]; prefilled: PrefilledValue[] }
  | { created: false; problem: 'no-folder' }
  | { created: false; problem: 'exists'; path: string };

/** The configuration file already in `dir`, if any. */
export function existingConfigIn(dir: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
}

/** Writes `.fedipolicy.json` into `dir`, listing the policy files found there. */
export function writeStarterConfig(dir: string): StarterConfigResult {
  if (!isDirectory(dir)) return { created: false, problem: 'no-folder' };
  const existing = existingConfigIn(dir);
  if (existing) return { created: false, problem: 'exists', path: existing };
  // Kinds come from the file itself (front matter, name, heading), not from a config that is about to be replaced.
  const policyFiles = folderPolicyFiles(dir, new ConfigResolver());
  const sources = policyFiles.map((file) => {
    const { text } = readDocument(file);
    return { file, text, kind: detectKind(file, text) };
  });
  const documents = sources.map(({ file, kind }) => ({ files: basename(file), kind }));
  // What the policies already state about the instance, so that the admin checks it instead of typing it.
  const stated = statedInstanceValues(sources, defaultConfig());
  const prefilled = (Object.keys(EMPTY_INSTANCE) as (keyof InstanceInfo)[]).flatMap((key) => {
    const found = stated[key] as SourcedValue<string | number | boolean> | undefined;
    return found ? [{ key, ...found }] : [];
  });
  const instance = { ...EMPTY_INSTANCE, ...Object.fromEntries(prefilled.map(({ key, value }) => [key, value])) };
  const config = {
    $schema: SCHEMA_URL,
    extends: 'fedipolicy:recommended',
    documents,
    instance,
    rules: {},
  };
  const path = join(dir, '.fedipolicy.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  return { created: true, path, policyFiles, prefilled };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
