// The esbuild plugin behind `import validate from 'fedipolicy:config-validator'`,
// shared by every build that bundles server/config (esbuild.mjs, bench/run.mjs).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `fedipolicy:config-validator`: the configuration schema's validator, which
 * Ajv generates here, at build time, as plain code. Compiling the schema at
 * run time took 150-500 ms of every CLI run in a folder with a config file,
 * more than the lint of a small policy. strict: false because the schema
 * uses draft-07 tuple `items` with a variable length ([severity] or
 * [severity, options]); verbose: true gives errors their parent schema, from
 * which server/config/validate.ts lists the allowed keys of an unknown one.
 */
export const configValidator = {
  name: 'config-validator',
  setup(build) {
    const schemaFile = join(root, 'schema', 'fedipolicy.schema.json');
    build.onResolve({ filter: /^fedipolicy:config-validator$/ }, () => ({ path: schemaFile, namespace: 'config-validator' }));
    build.onLoad({ filter: /.*/, namespace: 'config-validator' }, () => {
      const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true } });
      const code = standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8'))));
      return { contents: code, loader: 'js', resolveDir: root, watchFiles: [schemaFile] };
    });
  },
};
