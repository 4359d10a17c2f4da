// Time each hostile input takes through the CLI (the issue asks for a clear
// outcome within 2 s), next to bare remark-parse of the same text when there
// is a text to parse (the floor no linter built on remark can go below).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { writeHostileCases } from './hostile-inputs';
import { log, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const WORK = join(ROOT, 'bench', 'tmp', 'hostile');

function main(): void {
  rmSync(WORK, { recursive: true, force: true });
  const bare = unified().use(remarkParse);
  const rows = [];
  for (const { dir, case: c } of writeHostileCases(WORK)) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lint', ...c.args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - start;
    const file = join(dir, 'privacy.md');
    let parseMs: number | undefined;
    const size = statSync(file).size;
    if (size < 8 << 20 && c.exit !== 2) {
      const text = readFileSync(file, 'utf8');
      const t0 = performance.now();
      bare.parse(text);
      parseMs = round(performance.now() - t0, 0);
    }
    const output = (run.status === 2 ? run.stderr : run.stdout).trim().split('\n')[0] ?? '';
    const row = { input: c.name, exit: run.status, expectedExit: c.exit, ms: round(ms, 0), bareParseMs: parseMs, within2s: ms <= 2000, says: output.slice(0, 160) };
    log(`hostile ${row.input}: exit ${row.exit} in ${row.ms} ms${parseMs === undefined ? '' : ` (bare parse ${parseMs} ms)`}`);
    rows.push(row);
  }
  rmSync(WORK, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ rows }));
}

main();
