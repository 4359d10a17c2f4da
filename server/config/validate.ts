// Checks configuration data against schema/fedipolicy.schema.json and turns
// the first schema violation into one line that names the key and the fix.
import type { ErrorObject } from 'ajv';
// Generated from schema/fedipolicy.schema.json by Ajv when bundling (esbuild.mjs):
// compiling the schema at run time cost more than linting a small policy.
import validate from 'fedipolicy:config-validator';
import { ConfigError } from './errors';

/** `/documents/0/files` -> `documents[0].files`. */
export function jsonPath(instancePath: string): string {
  let out = '';
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** The allowed keys of the object the error is about, from the schema. */
function allowedKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  return Object.keys(properties).filter((k) => k !== '$schema');
}

function describe(error: ErrorObject): { key: string; problem: string } {
  const path = jsonPath(error.instancePath);
  const segments = error.instancePath.split('/').slice(1);
  const isRuleSetting = segments.length === 2 && segments[0] === 'rules';
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      const key = join(path, name);
      if (path === 'rules') return { key, problem: `unknown rule id "${name}" (run \`fedipolicy rules\` for the list)` };
      const allowed = allowedKeys(error);
      if (segments[0] === 'rules') {
        return { key, problem: allowed.length ? `unknown option (allowed: ${allowed.join(', ')})` : 'this rule takes no options' };
      }
      return { key, problem: `unknown key (allowed: ${allowed.join(', ')})` };
    }
    case 'enum': {
      const values = (error.params as { allowedValues: unknown[] }).allowedValues;
      return { key: path, problem: `must be one of ${values.join(', ')}` };
    }
    case 'type': {
      if (isRuleSetting) return { key: path, problem: 'must be a severity (error, warning, info, off) or [severity, options]' };
      if (path === 'extends') return { key: path, problem: 'must be a string or an array of strings' };
      if (/^documents\[\d+\]\.files$/.test(path)) return { key: path, problem: 'must be a glob or an array of globs' };
      const types = String((error.params as { type: string | string[] }).type).split(',').filter((t) => t !== 'null');
      return { key: path, problem: `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}` };
    }
    case 'minItems':
    case 'maxItems':
      if (isRuleSetting) return { key: path, problem: 'must be [severity] or [severity, options]' };
      return { key: path, problem: `must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${(error.params as { limit: number }).limit} item(s)` };
    case 'minLength':
      return { key: path, problem: 'must not be empty' };
    case 'minimum':
      return { key: path, problem: `must be at least ${(error.params as { limit: number }).limit}` };
    case 'required':
      return { key: path, problem: `missing required key "${(error.params as { missingProperty: string }).missingProperty}"` };
    default:
      return { key: path, problem: error.message ?? 'is not valid' };
  }
}

/** Throws a ConfigError for the first problem in `data`. */
export function validateConfigData(file: string, data: unknown): void {
  if (validate(data)) return;
  // `if`/`then`/`else` wrappers only repeat what the branch already said.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const first = errors[0];
  if (!first) throw new ConfigError(file, undefined, 'is not a valid configuration');
  const { key, problem } = describe(first);
  throw new ConfigError(file, key === '' ? undefined : key, problem);
}
