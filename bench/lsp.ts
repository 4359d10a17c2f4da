// The language server as an editor sees it: time from didChange (incremental,
// lintDelay 0) to the publishDiagnostics of that version (and the server's CPU
// time for it), and memory after opening 50 policy documents. Absolute
// figures on this machine.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspSession, uriOf } from '../test/lsp-harness';
import { exampleFiles, exampleVariant, generatePolicy, random } from './generate';
import { log, percentile, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const WORK = join(ROOT, 'bench', 'tmp', 'lsp');

function pidOf(session: LspSession): number {
  return (session as unknown as { child: { pid: number } }).child.pid;
}

function memoryOf(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: round(kb('VmRSS') / 1024, 1), peakMB: round(kb('VmHWM') / 1024, 1) };
}

/**
 * CPU time (ms) the server's main thread, the one that lints, has run so far:
 * unlike wall time it does not grow while a loaded machine runs other work.
 * Linux only (/proc/PID/schedstat, in nanoseconds); undefined elsewhere.
 */
function mainThreadCpuMs(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

interface Latency {
  chars: number;
  edits: number;
  p50: number;
  p95: number;
  max: number;
  /** The server main thread's CPU time per edit, where it can be read. */
  cpuP50?: number;
  cpuP95?: number;
  firstLintMs: number;
}

/** Edits a document `count` times (a word typed at a random line end) and times each round trip. */
async function latency(size: number, count: number): Promise<Latency> {
  const dir = join(WORK, `latency-${size}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'privacy-policy.md');
  const text = generatePolicy(size, 11);
  writeFileSync(path, text);
  const session = await LspSession.start({ root: dir, transport: 'stdio', settings: { lintDelay: 0 } });
  try {
    const uri = uriOf(path);
    const openStart = performance.now();
    const opened = session.published.length;
    session.openUri(uri, text, 'markdown');
    // The first lint of 1 MB can take longer than the harness's usual wait on a loaded machine.
    await session.waitFor(uri, (p) => p.version === 1, opened, 120_000);
    const firstLintMs = performance.now() - openStart;
    const rnd = random(size);
    const pid = pidOf(session);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < count; i++) {
      const lines = session.text(uri).split('\n');
      const line = Math.floor(rnd() * lines.length);
      const since = session.published.length;
      const cpuBefore = mainThreadCpuMs(pid);
      const start = performance.now();
      const version = session.change(uri, [{ range: { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } }, text: ' data' }]);
      await session.waitFor(uri, (p) => p.version === version, since, 120_000);
      times.push(performance.now() - start);
      const cpuAfter = mainThreadCpuMs(pid);
      if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
    }
    const cpuFigures = cpu.length === count ? { cpuP50: round(percentile(cpu, 50), 1), cpuP95: round(percentile(cpu, 95), 1) } : {};
    return { chars: text.length, edits: count, p50: round(percentile(times, 50), 1), p95: round(percentile(times, 95), 1), max: round(Math.max(...times), 1), ...cpuFigures, firstLintMs: round(firstLintMs, 1) };
  } finally {
    await session.stop();
  }
}

/** Opens 50 policy documents (variants of the examples, three to a folder) and reads the server's memory. */
async function memory(): Promise<{ documents: number; rssMB: number; peakMB: number; idleRssMB: number }> {
  const dir = join(WORK, 'fifty');
  rmSync(dir, { recursive: true, force: true });
  const examples = exampleFiles(ROOT);
  const paths: { path: string; text: string }[] = [];
  for (let i = 0; i < 50; i++) {
    const example = examples[i % examples.length];
    const folder = join(dir, `instance-${String(Math.floor(i / examples.length)).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const text = exampleVariant(example.text, 1000 + i);
    writeFileSync(join(folder, example.name), text);
    paths.push({ path: join(folder, example.name), text });
  }
  const session = await LspSession.start({ root: dir, transport: 'stdio', settings: { lintDelay: 0 } });
  try {
    const idle = memoryOf(pidOf(session));
    for (const { path, text } of paths) await session.open(path, text);
    await new Promise((r) => setTimeout(r, 500));
    return { documents: paths.length, ...memoryOf(pidOf(session)), idleRssMB: idle.rssMB };
  } finally {
    await session.stop();
  }
}

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true });
  const small = await latency(10 * 1024, Number(process.env.BENCH_LSP_EDITS ?? 100));
  log(`lsp 10 KB: p50 ${small.p50} ms, p95 ${small.p95} ms (server main-thread CPU p50 ${small.cpuP50} ms, p95 ${small.cpuP95} ms)`);
  const large = await latency(1024 * 1024, Number(process.env.BENCH_LSP_LARGE_EDITS ?? 8));
  log(`lsp 1 MB: p50 ${large.p50} ms, p95 ${large.p95} ms`);
  const mem = await memory();
  log(`lsp memory after ${mem.documents} documents: RSS ${mem.rssMB} MB (peak ${mem.peakMB} MB)`);
  process.stdout.write(JSON.stringify({ latency10KB: small, latency1MB: large, memory: mem }));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
