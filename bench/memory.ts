// The CLI as a whole process on one document of each shape: generated
// policies of 10 KB, 100 KB and 1 MB, and policies whose one table has 50,000
// and 100,000 rows (a pasted spreadsheet). Wall time (median) and peak
// resident memory (the largest over the rounds), absolute figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePolicy, generateTablePolicy } from './generate';
import { log, median, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const PRELOAD = join(ROOT, 'bench', 'max-rss.cjs');
const WORK = join(ROOT, 'bench', 'tmp', 'memory');

interface Shape {
  input: string;
  text: () => string;
  rounds: number;
  /** Targets from issue 13, where there is one. */
  targetMs?: number;
  targetMB?: number;
}

const SHAPES: Shape[] = [
  { input: 'generated 10 KB', text: () => generatePolicy(10 * 1024, 11), rounds: 7 },
  { input: 'generated 100 KB', text: () => generatePolicy(100 * 1024, 12), rounds: 5 },
  { input: 'generated 1 MB', text: () => generatePolicy(1024 * 1024, 13), rounds: Number(process.env.BENCH_1MB_ROUNDS ?? 3) },
  { input: 'table of 50,000 rows', text: () => generateTablePolicy(50_000, 14), rounds: Number(process.env.BENCH_TABLE_ROUNDS ?? 3), targetMs: 1000, targetMB: 250 },
  { input: 'table of 100,000 rows', text: () => generateTablePolicy(100_000, 15), rounds: Number(process.env.BENCH_TABLE_ROUNDS ?? 3), targetMs: 2000, targetMB: 400 },
];

/** One `fedipolicy lint FILE` process: its wall time, exit code and peak RSS. */
function measure(file: string): { ms: number; status: number | null; peakMB: number } {
  const rssFile = join(WORK, 'max-rss');
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-r', PRELOAD, CLI, 'lint', file], { cwd: WORK, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, NO_COLOR: '1', BENCH_MAX_RSS_FILE: rssFile } });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  if (child.status !== 0 && child.status !== 1) throw new Error(`fedipolicy lint ${file} exited ${child.status}: ${child.stderr}`);
  return { ms, status: child.status, peakMB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

function main(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const rows = [];
  for (const shape of SHAPES) {
    const text = shape.text();
    const file = join(WORK, 'privacy-policy.md');
    writeFileSync(file, text);
    const runs = Array.from({ length: shape.rounds }, () => measure(file));
    const ms = round(median(runs.map((r) => r.ms)), 0);
    const peakMB = round(Math.max(...runs.map((r) => r.peakMB)), 0);
    const row = {
      input: shape.input,
      chars: text.length,
      rounds: shape.rounds,
      ms,
      peakMB,
      exit: runs[0].status,
      targetMs: shape.targetMs,
      targetMB: shape.targetMB,
      met: shape.targetMs === undefined ? undefined : ms <= shape.targetMs && peakMB <= (shape.targetMB ?? Infinity),
    };
    log(`memory ${row.input} (${row.chars} chars): ${row.ms} ms, peak RSS ${row.peakMB} MB`);
    rows.push(row);
  }
  rmSync(WORK, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ rows }));
}

main();
