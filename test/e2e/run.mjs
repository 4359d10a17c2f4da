#!/usr/bin/env node
// `npm run test:e2e`: the extension in a real VS Code.
//
// 1. @vscode/test-electron runs the integration suite (test/e2e/suite/) in a
//    downloaded VS Code, where VS Code can be downloaded. Where it cannot (a
//    machine that reaches only package registries), that is detected within
//    seconds and said; it does not count as a pass.
// 2. code-server (VS Code served to a browser; installed from npm into the
//    git-ignored .vscode-test/) runs the same suite in its extension host,
//    through a small test-runner extension that writes the results to a file.
// 3. Playwright drives Chromium through what a person sees: status bar counts,
//    the Problems panel, a light-bulb quick fix. Screenshots go to test-results/.
//
// Installs what it needs when missing (apt: chromium libkrb5-dev; npm: Node 24
// and code-server into .vscode-test/ or $FEDIPOLICY_E2E_CACHE), stops every process it started by pid,
// and gives up after FEDIPOLICY_E2E_TIMEOUT_MIN minutes (default 30).
//
// Options: --no-build (use dist/ as is), --skip-electron, --skip-ui,
//          --update-screenshot (copy the quick-fix screenshot to docs/screenshot.png),
//          --keep (keep the temporary workspace and code-server logs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAptPackages, ensureCodeServer, ensureNode24, freePort, log, run, start, stopAll, waitFor } from './tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
// Installs are cached here (git-ignored); FEDIPOLICY_E2E_CACHE moves the cache (e.g. to keep it across fresh clones in CI).
const cache = resolve(process.env.FEDIPOLICY_E2E_CACHE ?? join(root, '.vscode-test'));
const resultsDir = join(root, 'test-results');
const args = new Set(process.argv.slice(2));
const totalMinutes = Number(process.env.FEDIPOLICY_E2E_TIMEOUT_MIN ?? 30);

const outcomes = []; // { name, ok, detail }
const timings = {};
let tmp;

async function timed(name, step) {
  const started = Date.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round((Date.now() - started) / 100) / 10;
    log(`${name}: ${timings[name]} s`);
  }
}

function record(name, ok, detail = '') {
  outcomes.push({ name, ok, detail });
}

/**
 * The CLI the editor must agree with: dist/cli.js copied next to the VSIX when
 * it is packaged, so that a rebuild of dist/ during the run (others working in
 * the same checkout) cannot make the two disagree.
 */
let cliPath = join(root, 'dist', 'cli.js');

/** The CLI's findings for a file. */
function cliLint(file) {
  const result = spawnSync(process.execPath, [cliPath, 'lint', '--format', 'json', file], { encoding: 'utf8', timeout: 30_000 });
  if (!result.stdout.trim().startsWith('[')) throw new Error(`fedipolicy lint printed no JSON (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** quickfix/ and clause/ (each a copy of the fixture set): the suite edits one document per test. */
function makeSuiteWorkspace(dir, resultsFile) {
  for (const copy of ['quickfix', 'clause']) cpSync(join(here, 'fixtures', 'policy'), join(dir, copy), { recursive: true });
  writeFileSync(join(dir, 'fedipolicy-e2e.json'), JSON.stringify({ results: resultsFile, cli: cliPath }, null, 2));
}

function reportSuite(results, where) {
  if (results.error) {
    record(`${where}: integration suite`, false, results.error.split('\n')[0]);
    return;
  }
  for (const test of results.tests) {
    log(`${test.state === 'passed' ? 'ok  ' : test.state === 'pending' ? 'skip' : 'FAIL'} ${where}: ${test.fullTitle}${test.error ? `\n${test.error}` : ''}`);
    if (test.state !== 'pending') record(`${where}: ${test.fullTitle}`, test.state === 'passed', test.error?.split('\n')[0]);
  }
  if (results.tests.length === 0) record(`${where}: integration suite`, false, 'no test ran');
}

async function buildAll() {
  if (!args.has('--no-build')) await run('npm', ['run', 'build'], { cwd: root, timeoutMs: 300_000, quiet: true });
  const vsix = join(cache, 'e2e', 'fedipolicy.vsix');
  const runnerVsix = join(cache, 'e2e', 'fedipolicy-e2e-runner.vsix');
  mkdirSync(join(cache, 'e2e'), { recursive: true });
  cliPath = join(cache, 'e2e', 'cli.js');
  copyFileSync(join(root, 'dist', 'cli.js'), cliPath);
  await run(process.execPath, [join(root, 'client', 'package-vsix.mjs'), '--out', vsix], { cwd: root, timeoutMs: 180_000, quiet: true });
  await run(process.execPath, [join(here, 'build.mjs'), '--out', runnerVsix], { cwd: root, timeoutMs: 180_000, quiet: true });
  return { vsix, runnerVsix };
}

async function electronSuite() {
  const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
  let executable;
  try {
    executable = await downloadAndUnzipVSCode({ version: 'stable', cachePath: join(cache, 'electron'), timeout: 15_000 });
  } catch (error) {
    log(`@vscode/test-electron: not run here: VS Code cannot be downloaded (${error.message.split('\n')[0]}). The code-server run below covers the same suite.`);
    return 'not-run';
  }
  const workspace = join(tmp, 'electron-ws');
  const resultsFile = join(tmp, 'electron-results.json');
  makeSuiteWorkspace(workspace, resultsFile);
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(here, 'runner', 'dist', 'electron.js'),
      extensionTestsEnv: { FEDIPOLICY_E2E_CLI: cliPath, FEDIPOLICY_E2E_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } catch (error) {
    if (!existsSync(resultsFile)) record('electron: integration suite', false, error.message);
  }
  if (existsSync(resultsFile)) reportSuite(JSON.parse(readFileSync(resultsFile, 'utf8')), 'electron');
  return 'ran';
}

async function codeServerRuns({ vsix, runnerVsix }) {
  const installStarted = Date.now();
  await ensureAptPackages();
  const node24 = await ensureNode24(cache);
  const codeServer = await ensureCodeServer(cache, node24);
  timings['installs (cached when ~0)'] = Math.round((Date.now() - installStarted) / 100) / 10;

  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'window.commandCenter': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        ...(process.env.FEDIPOLICY_E2E_TRACE ? { 'fedipolicy.trace.server': 'verbose' } : {}),
      },
      null,
      2,
    ),
  );
  const env = { ...process.env, PATH: `${node24.bin}:${process.env.PATH}` };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  await timed('install the VSIXes into code-server', async () => {
    for (const file of [vsix, runnerVsix]) {
      await run(node24.node, [codeServer.entry, ...common, '--install-extension', file], { env, timeoutMs: 180_000, quiet: true });
    }
  });

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const serverLog = createWriteStream(join(resultsDir, 'code-server.log'));
  start(
    node24.node,
    [codeServer.entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { env, logStream: serverLog },
  );
  await waitFor('code-server to answer', () => fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false), 60_000, 500);
  log(`code-server ${url} (log: test-results/code-server.log)`);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    await timed('integration suite in code-server', async () => {
      const workspace = join(tmp, 'suite-ws');
      const resultsFile = join(tmp, 'code-server-results.json');
      makeSuiteWorkspace(workspace, resultsFile);
      const page = await browser.newPage();
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      try {
        const results = await waitFor('the test-runner extension to write its results', () => (existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined), 360_000, 500);
        writeFileSync(join(resultsDir, 'code-server-suite.json'), JSON.stringify(results, null, 2));
        reportSuite(results, 'code-server');
      } catch (error) {
        await page.screenshot({ path: join(resultsDir, 'suite-timeout.png') }).catch(() => undefined);
        record('code-server: integration suite', false, `${error.message} (see test-results/suite-timeout.png and the extension host log under the user data dir)`);
      } finally {
        await page.close();
      }
    });

    if (!args.has('--skip-ui')) {
      await timed('UI check with Playwright', async () => {
        const workspace = join(tmp, 'ui-ws');
        cpSync(join(here, 'fixtures', 'policy'), workspace, { recursive: true });
        const cliFindings = cliLint(join(workspace, 'privacy-policy.md'));
        const { checkWhatAPersonSees } = await import('./ui.mjs');
        const checks = await checkWhatAPersonSees({ browser, url, workspace, outDir: resultsDir, cliFindings });
        for (const c of checks) record(`ui: ${c.name}`, c.ok, c.detail);
        if (args.has('--update-screenshot') && checks.every((c) => c.ok)) {
          mkdirSync(join(root, 'docs'), { recursive: true });
          copyFileSync(join(resultsDir, '03-quick-fix-menu.png'), join(root, 'docs', 'screenshot.png'));
          log('copied test-results/03-quick-fix-menu.png to docs/screenshot.png');
        }
      });
    }
  } finally {
    await browser.close().catch(() => undefined);
    // The extension host logs (the suite's spec output, the language server's messages) for whoever reads a failure.
    if (existsSync(join(userData, 'logs'))) cpSync(join(userData, 'logs'), join(resultsDir, 'code-server-logs'), { recursive: true });
  }
}

async function main() {
  rmSync(join(resultsDir, 'code-server-logs'), { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'fedipolicy-e2e-'));
  const built = await timed('build and package', buildAll);
  if (args.has('--skip-electron')) log('@vscode/test-electron: skipped (--skip-electron)');
  else await timed('@vscode/test-electron', electronSuite);
  await codeServerRuns(built);
}

const watchdog = setTimeout(async () => {
  log(`gave up after ${totalMinutes} minutes (FEDIPOLICY_E2E_TIMEOUT_MIN); stopping everything`);
  await stopAll();
  process.exit(1);
}, totalMinutes * 60_000);

let crashed;
try {
  await main();
} catch (error) {
  crashed = error;
  log(`error: ${error.stack ?? error.message}`);
} finally {
  await stopAll();
  clearTimeout(watchdog);
  if (tmp && !args.has('--keep')) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) log(`kept ${tmp}`);
}

const passed = outcomes.filter((o) => o.ok).length;
const failed = outcomes.length - passed + (crashed ? 1 : 0);
for (const o of outcomes.filter((o) => !o.ok)) log(`failed: ${o.name}${o.detail ? `: ${o.detail}` : ''}`);
log(`timings (s): ${Object.entries(timings).map(([k, v]) => `${k} ${v}`).join('; ')}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
