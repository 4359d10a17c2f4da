// Reads a configuration file's text into plain data. JSON files are read with
// jsonc-parser so that comments and trailing commas work in both .json and
// .jsonc; YAML is read as data only (no custom tags, bounded aliases).
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { extname } from 'node:path';
import { ConfigError } from './errors';

export type ConfigSyntax = 'json' | 'yaml';

export function syntaxOf(file: string): ConfigSyntax | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || ext === '.jsonc') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** `PropertyNameExpected` -> `property name expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function parseConfigText(file: string, text: string): unknown {
  const syntax = syntaxOf(file);
  if (syntax === undefined) {
    throw new ConfigError(file, undefined, 'unsupported configuration file type (use .json, .jsonc, .yaml or .yml)');
  }
  if (syntax === 'json') {
    if (text.trim() === '') throw new ConfigError(file, undefined, 'the file is empty (expected a JSON object)');
    const errors: ParseError[] = [];
    const data: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0) {
      const first = errors[0];
      throw new ConfigError(file, undefined, `invalid JSON at ${lineColumn(text, first.offset)}: ${words(printParseErrorCode(first.error))}`);
    }
    return data;
  }
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const message = problem.message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');
    throw new ConfigError(file, undefined, `invalid YAML at ${lineColumn(text, problem.pos[0])}: ${message}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(file, undefined, `invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}
