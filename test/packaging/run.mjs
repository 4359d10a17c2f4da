#!/usr/bin/env node
// Packaging, from the outside, as a new user meets it: the README's CI snippets
// run against a fresh clone of this repository's HEAD (commit first: the work
// tree's changes are not in the clone), on a machine with Node and no global
// fedipolicy.
//
// 1. The GitHub Action: the README's `uses: fedipolicy/fedipolicy` step, its
//    `with:` inputs fed to action.yml's steps as the runner would (inputs,
//    GITHUB_ACTION_PATH, github.action_path) on the clone without dist/, so the
//    build step runs too; on the example set.
// 2. `npm pack` of that clone: stdout is the tarball's name alone (pre-commit
//    reads it as such) and the package needs no runtime dependencies.
// 3. The README's `npx fedipolicy ...` line, run from the tarball offline with
//    an empty npm cache.
// 4. The README's .pre-commit-config.yaml, its repo pointed at the clone tagged
//    with the README's rev, run by pre-commit on a fictional instance's policies
//    (policies/ beside this file): exit 1 with `lint`'s findings, and a second
//    run that reuses the installed environment.
//
// Needs git, npm and pre-commit (`.ci/run` installs Debian's), and the npm
// registry for `npm ci` in the clone. Usage: node test/packaging/run.mjs [--keep]
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'fedipolicy-packaging-'));
const clone = join(tmp, 'fedipolicy');
const MINUTES = 60_000;

/** PATH without any folder that holds a `fedipolicy` command, so only what the test installs can answer. */
const PATH = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !existsSync(join(dir, 'fedipolicy'))).join(delimiter);
const ENV = { ...process.env, PATH, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1' };

function run(command, args, { label = `${command} ${args.join(' ')}`, ...options } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: ENV, timeout: 15 * MINUTES, maxBuffer: 64 << 20, ...options });
  console.error(`# ${label}: exit ${result.status}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.error) throw result.error;
  return result;
}

/** Output of a command that must succeed. */
function ok(command, args, options) {
  const result = run(command, args, options);
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The body of the first fenced block of `language` under the README heading `heading`. */
function readmeBlock(heading, language) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has no heading "${heading}"`);
  const block = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'm').exec(readme.slice(start));
  assert.ok(block, `README has no ${language} block under "${heading}"`);
  return block[1];
}

/** Findings as `file:line rule`, sorted, from `lint --format json` or SARIF. */
function fromJson(findings) {
  return findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
}
function fromSarif(text) {
  const sarif = JSON.parse(text);
  assert.equal(sarif.version, '2.1.0');
  return sarif.runs[0].results
    .map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`)
    .sort();
}
/** Finding lines of the stylish format (`file:line:col  severity  message  rule`). */
function stylishLines(text) {
  return text.split('\n').filter((line) => /^\S+:\d+:\d+ +(error|warning|info) /.test(line)).sort();
}

/** What the clone's own CLI says about `args` in `cwd`: the reference every other way must match. */
function lint(cwd, args) {
  const result = run(process.execPath, [join(clone, 'dist', 'cli.js'), 'lint', ...args], { cwd });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return result;
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const workflow = parse(readmeBlock('### GitHub Actions (with code scanning)', 'yaml'));
const actionStep = Object.values(workflow.jobs).flatMap((job) => job.steps).find((step) => /^fedipolicy\/fedipolicy@/.test(step.uses ?? ''));
const preCommitText = readmeBlock('### pre-commit', 'yaml');
const preCommitConfig = parse(preCommitText);
const npxLine = /Without the action:\s*`npx (fedipolicy [^`>]*?)\s*>\s*(\S+)`/.exec(readme);

// The example set, laid out as the README's workflow expects (`paths: policies`).
const workspace = join(tmp, 'workspace');
let tarball;
let actionFindings;

before(() => {
  console.error(`# packaging: HEAD ${ok('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).trim()} in ${tmp}`);
  ok('git', ['clone', '--quiet', root, clone]);
  assert.ok(!existsSync(join(clone, 'dist')), 'dist/ is not committed, so the action must build it');
  mkdirSync(workspace);
  cpSync(join(clone, 'examples'), join(workspace, 'policies'), { recursive: true });
});

after(() => {
  if (process.argv.includes('--keep')) console.error(`# kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
});

/** Replaces `${{ inputs.x }}` and `${{ github.action_path }}` as the Actions runner does. */
function expand(text, inputs) {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
    if (expression === 'github.action_path') return clone;
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    assert.ok(input, `unexpected expression in action.yml: ${expression}`);
    return inputs[input[1]] ?? '';
  });
}

test("the README's Action step builds dist/ in a fresh clone and writes lint's findings as SARIF", () => {
  assert.ok(actionStep, 'the README workflow uses fedipolicy/fedipolicy');
  const given = actionStep.with ?? {};
  for (const name of Object.keys(given)) assert.ok(name in action.inputs, `README passes ${name}, which action.yml does not declare`);
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, String(given[name] ?? spec.default ?? '')]));
  assert.ok(inputs.output, 'the README writes the SARIF to a file');

  const statuses = [];
  for (const step of action.runs.steps) {
    assert.equal(step.shell, 'bash');
    const env = { ...ENV, GITHUB_ACTION_PATH: clone, GITHUB_WORKSPACE: workspace };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(String(value), inputs);
    // The runner's bash: `bash --noprofile --norc -eo pipefail {0}`.
    const result = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run, inputs)], { cwd: workspace, env, label: `action step "${step.name}"` });
    statuses.push(result.status);
    if (result.status !== 0) {
      assert.equal(step, action.runs.steps.at(-1), `step "${step.name}" failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  assert.ok(existsSync(join(clone, 'dist', 'cli.js')), 'the first step built dist/cli.js');
  // The examples have deliberate errors: the lint step fails, as the README's `if: always()` expects.
  assert.deepEqual(statuses, [...statuses.slice(0, -1).map(() => 0), 1]);

  const reference = lint(workspace, [...inputs.paths.split(' '), '--format', 'json']);
  assert.equal(reference.status, 1);
  const expected = fromJson(JSON.parse(reference.stdout));
  assert.ok(expected.length > 0);
  actionFindings = fromSarif(readFileSync(join(workspace, inputs.output), 'utf8'));
  assert.deepEqual(actionFindings, expected);
});

test('npm pack prints only the tarball name', () => {
  assert.ok(existsSync(join(clone, 'node_modules')), 'the Action test ran npm ci in the clone');
  // As pre-commit calls it: stdout is taken as the file name; `prepare` runs again.
  const printed = ok('npm', ['pack'], { cwd: clone });
  tarball = join(clone, readdirSync(clone).find((name) => name.endsWith('.tgz')) ?? 'no tarball');
  assert.ok(statSync(tarball).size > 0);
  assert.equal(printed, `${basename(tarball)}\n`);
});

test('the package needs no runtime dependencies', () => {
  assert.ok(tarball, 'npm pack made a tarball');
  assert.ok(ok('tar', ['-tzf', tarball]).split('\n').includes('package/dist/cli.js'));
  const manifest = JSON.parse(ok('tar', ['-xzOf', tarball, 'package/package.json']));
  // dist/cli.js is a bundle: `npm install -g`, npx and pre-commit need nothing more.
  assert.deepEqual(manifest.dependencies ?? {}, {});
});

test("the README's npx command runs from the tarball offline with an empty cache", () => {
  assert.ok(npxLine, 'README has the `npx fedipolicy ... > FILE` line');
  assert.ok(tarball, 'npm pack made a tarball');
  const [, command, outputFile] = npxLine;
  assert.match(outputFile, /\.sarif$/);
  const cache = join(tmp, 'npm-cache');
  const args = ['--offline', '--yes', '--package', tarball, '--', ...command.split(' ')];
  const result = run('npx', args, { cwd: workspace, env: { ...ENV, npm_config_cache: cache } });
  assert.ok(result.stdout, `npx printed nothing:\n${result.stderr}`);
  assert.equal(result.status, 1, result.stderr);
  assert.deepEqual(fromSarif(result.stdout), actionFindings);
});

// A fictional instance's site: its policies with two deliberate gaps, and a README
// that is no policy (it has a TODO that `unfilled-placeholder` would report).
const site = join(tmp, 'site');
const preCommitHome = join(tmp, 'pre-commit-home');
/** pre-commit's node environments (`<repo clone>/node_env-<node version>`). */
const installed = () =>
  (existsSync(preCommitHome) ? readdirSync(preCommitHome) : [])
    .filter((name) => name.startsWith('repo'))
    .flatMap((name) => readdirSync(join(preCommitHome, name)).filter((env) => env.startsWith('node_env-')).map((env) => join(preCommitHome, name, env)));

function preCommit() {
  const result = run('pre-commit', ['run', '--all-files'], { cwd: site, env: { ...ENV, PRE_COMMIT_HOME: preCommitHome } });
  assert.ok(result.error === undefined && result.status !== null, 'pre-commit ran to the end');
  return { status: result.status, output: result.stdout + result.stderr };
}

let expectedLines;

test("the README's pre-commit config installs the hook from a tagged clone and reports lint's findings", () => {
  const repos = preCommitConfig.repos;
  assert.equal(repos.length, 1);
  const [{ rev, hooks }] = repos;
  assert.deepEqual(hooks.map((hook) => hook.id), ['fedipolicy']);
  ok('git', ['tag', '--force', rev], { cwd: clone });

  cpSync(join(here, 'policies'), site, { recursive: true });
  // The README's text as it stands, but for the repository's address.
  const config = preCommitText.replace(/^(\s*- repo: ).*$/m, `$1${clone}`);
  assert.notEqual(config, preCommitText);
  writeFileSync(join(site, '.pre-commit-config.yaml'), config);
  ok('git', ['init', '--quiet'], { cwd: site });
  ok('git', ['add', '--all'], { cwd: site });

  const reference = lint(site, ['privacy.md', 'terms.md']);
  expectedLines = stylishLines(reference.stdout);
  // The policies' deliberate gaps: no IP address retention (an error), no ban on AI training.
  assert.deepEqual(expectedLines.map((line) => line.split(/\s+/).at(-1)), ['ip-retention', 'ai-training-prohibited']);

  const first = preCommit();
  assert.equal(first.status, 1, first.output);
  assert.match(first.output, /Installing environment for /);
  assert.match(first.output, /^fedipolicy\.+Failed$/m);
  assert.deepEqual(stylishLines(first.output), expectedLines);
  assert.doesNotMatch(first.output, /README\.md|TODO/, 'only files named like policies reach the hook');

  const [env] = installed();
  assert.ok(env, 'pre-commit made a node environment');
  const packageDir = join(env, 'lib', 'node_modules', 'fedipolicy');
  assert.ok(existsSync(join(packageDir, 'dist', 'cli.js')), 'pre-commit installed the package');
  assert.ok(!existsSync(join(packageDir, 'node_modules')), 'with no dependencies of its own');
});

test('a second pre-commit run reuses the installed environment', () => {
  assert.ok(expectedLines, 'the first pre-commit run happened');
  const envs = installed();
  assert.equal(envs.length, 1);
  const stateFiles = readdirSync(envs[0]).filter((name) => name.startsWith('.install_state'));
  assert.ok(stateFiles.length > 0, 'pre-commit marks the environment installed');
  const stamps = () => stateFiles.map((name) => statSync(join(envs[0], name)).mtimeMs);
  const before = stamps();

  const second = preCommit();
  assert.equal(second.status, 1, second.output);
  assert.doesNotMatch(second.output, /Initializing environment|Installing environment/);
  assert.deepEqual(stylishLines(second.output), expectedLines);
  assert.deepEqual(installed(), envs);
  assert.deepEqual(stamps(), before);
});
