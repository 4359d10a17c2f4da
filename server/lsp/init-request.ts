// `fedipolicy/createConfig` {folderUri} -> {created, path?, message}: the
// editor's "fedipolicy: Create config file" writes the same starter config as
// `fedipolicy init` (server/project/init.ts). Never overwrites an existing config.
import { basename } from 'node:path';
import { writeStarterConfig } from '../project/init';
import { uriOfPath } from './uris';

export const CREATE_CONFIG_REQUEST = 'fedipolicy/createConfig';

export interface CreateConfigResult {
  created: boolean;
  /** The URI of the new config, or of the one that already exists. */
  uri?: string;
  message: string;
}

export function createConfigIn(folder: string): CreateConfigResult {
  const result = writeStarterConfig(folder);
  if (!result.created && result.problem === 'no-folder') return { created: false, message: `${folder} is not a folder.` };
  if (!result.created) return { created: false, uri: uriOfPath(result.path), message: `${result.path} already exists; not overwriting it.` };
  const files = result.policyFiles;
  const found = files.length ? `${files.length} policy file(s): ${files.map((f) => basename(f)).join(', ')}` : 'no policy files yet; add them to "documents"';
  const read = result.prefilled.length ? ` ${result.prefilled.length} "instance" value(s) were read from the policies (${result.prefilled.map((v) => v.key).join(', ')}): check them, and fill in the rest` : ' Fill in "instance"';
  return { created: true, uri: uriOfPath(result.path), message: `Wrote ${basename(result.path)} (${found}).${read} so that fixes insert your details.` };
}
