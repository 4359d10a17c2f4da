// `fedipolicy/createConfig` {folderUri} -> {created, path?, message}: the CLI's
// `fedipolicy init` for the editor's "fedipolicy: Create config file", so both
// write the same starter config. Never overwrites an existing config.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { initCommand } from '../cli/init';
import { UsageError } from '../cli/io';
import { CONFIG_FILE_NAMES } from '../config';
import { uriOfPath } from './uris';

export const CREATE_CONFIG_REQUEST = 'fedipolicy/createConfig';

export interface CreateConfigResult {
  created: boolean;
  /** The URI of the new config, or of the one that already exists. */
  uri?: string;
  message: string;
}

export function createConfigIn(folder: string): CreateConfigResult {
  const existing = CONFIG_FILE_NAMES.map((name) => join(folder, name)).find((path) => existsSync(path));
  if (existing) return { created: false, uri: uriOfPath(existing), message: `${existing} already exists; not overwriting it.` };
  let output = '';
  const collect = (s: string) => {
    output += s;
  };
  try {
    initCommand([folder], { cwd: folder, env: {}, stdoutIsTTY: false, stdout: collect, stderr: collect, readStdin: async () => new Uint8Array() });
  } catch (error) {
    if (error instanceof UsageError) return { created: false, message: error.message };
    throw error;
  }
  return { created: true, uri: uriOfPath(join(folder, '.fedipolicy.json')), message: output.trim() };
}
