// One benchmarked process: its wall time, and (through the preloaded
// bench/process-usage.cjs) its CPU time and peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const PRELOAD = join(resolve(__dirname, '..', '..'), 'bench', 'process-usage.cjs');

export interface ProcessRun {
  ms: number;
  cpuMs: number;
  peakMB: number;
  status: number | null;
}

/** Runs `node ...args` in `cwd`; its output is read and dropped. */
export function runNode(args: string[], cwd: string): ProcessRun {
  const dir = mkdtempSync(join(tmpdir(), 'fedipolicy-bench-'));
  const usageFile = join(dir, 'usage.json');
  try {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['-r', PRELOAD, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, NO_COLOR: '1', BENCH_USAGE_FILE: usageFile } });
    const ms = performance.now() - start;
    if (child.error) throw child.error;
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; peakMB: number };
    return { ms, ...usage, status: child.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
