#!/usr/bin/env node
// `npm test`: builds dist/ and the fast suite's bundles, then runs the fast
// suite (mocha, one worker per core, at least two) while TypeScript
// type-checks beside it; fails when either fails. The type check is
// incremental (its state in the git-ignored .cache/), so a clean clone checks
// everything and a second run only what changed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Runs node with `args`; resolves to the exit code and, when `quiet`, what it printed. */
function node(args, quiet = false) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// Printed after the tests, so that its errors are not lost among theirs.
const typecheck = node([require.resolve('typescript/bin/tsc'), '-p', '.', '--noEmit'], true);
const builds = await Promise.all([node(['esbuild.mjs']), node(['esbuild.mjs', '--fast-tests'])]);
const tests = builds.every((b) => b.code === 0)
  ? await node([require.resolve('mocha/bin/mocha.js'), '--parallel', '--jobs', String(Math.max(2, availableParallelism()))])
  : { code: 1 };
const checked = await typecheck;
process.stdout.write(checked.output);
if (checked.code !== 0) console.error('npm test: the type check failed');
process.exitCode = builds.some((b) => b.code !== 0) || tests.code !== 0 || checked.code !== 0 ? 1 : 0;
