// Profiles the language server's edits the way bench/lsp.ts times them: a
// generated 10 KB policy opened, then one-character-word edits (" data" typed
// at a random line end, lintDelay 0), each waited for until its diagnostics
// arrive. The server runs in this process (test/lsp-harness.ts's in-process
// transport: the real PolicyServer and JSON-RPC over in-memory streams), so one
// CPU profile holds everything an edit costs; the client's share (parsing the
// published diagnostics) is in it too and small.
//
//   node bench/lsp-profile.mjs [edits=100] [profile.cpuprofile]
//
// bench/lsp-profile.mjs bundles this file unminified (readable names in the
// profile) and runs it; summarise with bench/profile-summary.mjs.
import '../server/regexp-tiers';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspSession, uriOf } from '../test/lsp-harness';
import { generatePolicy, random } from './generate';
import { percentile, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const WORK = join(ROOT, 'bench', 'tmp', 'lsp-profile');

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((ok, fail) => session.post(method, params ?? {}, (error, result) => (error ? fail(error) : ok(result as T))));
}

async function main(): Promise<void> {
  const [editsArg = '100', profileFile] = process.argv.slice(2);
  const edits = Number(editsArg);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, 'privacy-policy.md');
  const text = generatePolicy(10 * 1024, 11);
  writeFileSync(path, text);
  const lsp = await LspSession.start({ root: WORK, settings: { lintDelay: 0 } });
  const uri = uriOf(path);
  await lsp.open(path, text);
  const rnd = random(10 * 1024);
  const edit = async () => {
    const lines = lsp.text(uri).split('\n');
    const line = Math.floor(rnd() * lines.length);
    const since = lsp.published.length;
    const version = lsp.change(uri, [{ range: { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } }, text: ' data' }]);
    await lsp.waitFor(uri, (p) => p.version === version, since, 120_000);
  };
  // Warm up as a long-running server is (the vocabulary compiled, the caches filled).
  for (let i = 0; i < 20; i++) await edit();

  const inspector = new Session();
  inspector.connect();
  if (profileFile) {
    await post(inspector, 'Profiler.enable');
    await post(inspector, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(inspector, 'Profiler.start');
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < edits; i++) {
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    await edit();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  if (profileFile) {
    const { profile } = await post<{ profile: unknown }>(inspector, 'Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  inspector.disconnect();
  await lsp.stop();
  const figures = (xs: number[]) => `p50 ${round(percentile(xs, 50), 1)} ms, p95 ${round(percentile(xs, 95), 1)} ms, mean ${round(xs.reduce((a, b) => a + b, 0) / xs.length, 1)} ms`;
  process.stdout.write(`${text.length} chars, ${edits} edits: wall ${figures(wall)}; process CPU ${figures(cpu)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
