import { displayPath } from '../project/paths';

/**
 * A problem with a configuration file. The message always names the file,
 * the key (as a JSON path, e.g. `rules.ip-retention`) when there is one, and
 * what is wrong, on one line.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    readonly problem: string,
  ) {
    super(`${displayPath(file)}: ${key ? `${key}: ` : ''}${problem}`);
    this.name = 'ConfigError';
  }
}
