// The CLI as a whole process on one document of each shape: generated
// policies of 10 KB, 100 KB and 1 MB, and policies whose one table has 50,000
// and 100,000 rows (a pasted spreadsheet). Wall and CPU time (medians) and
// peak resident memory (the largest over the rounds), absolute figures.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatePolicy, generateTablePolicy } from './generate';
import { runNode } from './process';
import { log, median, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
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

function main(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const rows = [];
  for (const shape of SHAPES) {
    const text = shape.text();
    const file = join(WORK, 'privacy-policy.md');
    writeFileSync(file, text);
    const runs = Array.from({ length: shape.rounds }, () => runNode([CLI, 'lint', file], WORK));
    if (runs.some((r) => r.status !== 0 && r.status !== 1)) throw new Error(`fedipolicy lint exited ${runs.map((r) => r.status).join(', ')} on ${shape.input}`);
    const ms = round(median(runs.map((r) => r.ms)), 0);
    const cpuMs = round(median(runs.map((r) => r.cpuMs)), 0);
    const peakMB = round(Math.max(...runs.map((r) => r.peakMB)), 0);
    const row = {
      input: shape.input,
      chars: text.length,
      rounds: shape.rounds,
      ms,
      cpuMs,
      peakMB,
      exit: runs[0].status,
      targetMs: shape.targetMs,
      targetMB: shape.targetMB,
      met: shape.targetMs === undefined ? undefined : ms <= shape.targetMs && peakMB <= (shape.targetMB ?? Infinity),
    };
    log(`memory ${row.input} (${row.chars} chars): ${row.ms} ms (CPU ${row.cpuMs} ms), peak RSS ${row.peakMB} MB`);
    rows.push(row);
  }
  rmSync(WORK, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ rows }));
}

main();
