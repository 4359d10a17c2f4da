// Bundles the CLI, the language server and the VS Code extension (and, with
// --tests, every test file) so that nothing at run time needs node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { configValidator } from './tools/config-validator-plugin.mjs';
import { vocabularyTables } from './tools/vocabulary-tables-plugin.mjs';

// --fast-tests: only the fast suite's bundles (npm test); the slow ones (recheck
// alone is 11 MB) are built by --tests, which npm run test:slow uses.
const fastOnly = process.argv.includes('--fast-tests');
const tests = fastOnly || process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  loader: { '.md': 'text' },
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [configValidator, vocabularyTables],
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
