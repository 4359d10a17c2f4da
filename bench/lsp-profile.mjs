#!/usr/bin/env node
// Bundles bench/lsp-profile.ts unminified into bench/tmp/ and runs it:
//   node bench/lsp-profile.mjs [edits=100] [profile.cpuprofile]
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { benchBundle } from './bundle-options.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bench', 'tmp', 'lsp-profile.js');
await esbuild.build({ ...benchBundle, entryPoints: [join(root, 'bench', 'lsp-profile.ts')], outfile });
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
