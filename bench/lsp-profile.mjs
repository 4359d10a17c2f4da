#!/usr/bin/env node
// Bundles bench/lsp-profile.ts unminified into bench/tmp/ and runs it:
//   node bench/lsp-profile.mjs [edits=100] [profile.cpuprofile]
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { configValidator } from '../tools/config-validator-plugin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bench', 'tmp', 'lsp-profile.js');
await esbuild.build({
  entryPoints: [join(root, 'bench', 'lsp-profile.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  loader: { '.md': 'text' },
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  plugins: [configValidator],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
