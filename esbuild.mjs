// Bundles the CLI, the language server and the VS Code extension (and, with
// --tests, every test file) so that nothing at run time needs node_modules.
import * as esbuild from 'esbuild';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// --fast-tests: only the fast suite's bundles (npm test); the slow ones (recheck
// alone is 11 MB) are built by --tests, which npm run test:slow uses.
const fastOnly = process.argv.includes('--fast-tests');
const tests = fastOnly || process.argv.includes('--tests');

/**
 * `fedipolicy:config-validator`: the configuration schema's validator, which
 * Ajv generates here, at build time, as plain code. Compiling the schema at
 * run time took 150-500 ms of every CLI run in a folder with a config file,
 * more than the lint of a small policy. strict: false because the schema
 * uses draft-07 tuple `items` with a variable length ([severity] or
 * [severity, options]); verbose: true gives errors their parent schema, from
 * which server/config/validate.ts lists the allowed keys of an unknown one.
 */
const configValidator = {
  name: 'config-validator',
  setup(build) {
    const schemaFile = resolve('schema', 'fedipolicy.schema.json');
    build.onResolve({ filter: /^fedipolicy:config-validator$/ }, () => ({ path: schemaFile, namespace: 'config-validator' }));
    build.onLoad({ filter: /.*/, namespace: 'config-validator' }, () => {
      const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true } });
      const code = standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8'))));
      return { contents: code, loader: 'js', resolveDir: resolve('.'), watchFiles: [schemaFile] };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  loader: { '.md': 'text' },
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [configValidator],
  // jsonc-parser's UMD main uses dynamic require; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // ESM dependencies (fdir) call createRequire(import.meta.url); give the CJS bundle a real URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

function walk(dir, pick) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, pick));
    else if (pick(path)) out.push(path);
  }
  return out;
}

if (tests) {
  // A renamed or deleted test must not live on as a stale bundle that mocha still runs.
  rmSync('out', { recursive: true, force: true });
  await esbuild.build({
    ...common,
    entryPoints: [...walk('test', (p) => p.endsWith('.test.ts') && !p.includes('/e2e/') && !(fastOnly && p.endsWith('.slow.test.ts'))), ...walk('tools', (p) => p.endsWith('.ts'))],
    outdir: 'out',
    outbase: '.',
    external: ['mocha', 'vscode'],
  });
} else {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: { cli: 'server/cli/main.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` }, minify: true }),
    esbuild.build({ ...common, entryPoints: { server: 'server/lsp/main.ts' }, outdir: 'dist', minify: true }),
    esbuild.build({ ...common, entryPoints: { extension: 'client/extension.ts' }, outdir: 'dist', external: ['vscode'], minify: true }),
  ]);
}
