// Builds the e2e test-runner extension (test/e2e/runner/dist/: the runner, the
// @vscode/test-electron entry and the bundled suite) and packages it as a VSIX.
// Usage: node test/e2e/build.mjs [--out path/to/runner.vsix]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const runner = join(here, 'runner');
const outIndex = process.argv.indexOf('--out');
const vsix = resolve(outIndex >= 0 ? process.argv[outIndex + 1] : join(root, '.vscode-test', 'e2e', 'fedipolicy-e2e-runner.vsix'));

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], logLevel: 'error' };
rmSync(join(runner, 'dist'), { recursive: true, force: true });
await esbuild.build({ ...common, entryPoints: { extension: join(runner, 'extension.ts'), electron: join(runner, 'electron.ts') }, outdir: join(runner, 'dist') });
const suite = readdirSync(join(here, 'suite')).filter((name) => name.endsWith('.test.ts'));
await esbuild.build({ ...common, entryPoints: suite.map((name) => join(here, 'suite', name)), outdir: join(runner, 'dist', 'suite') });

mkdirSync(dirname(vsix), { recursive: true });
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', vsix], { cwd: runner, stdio: ['ignore', 'inherit', 'inherit'] });
