#!/usr/bin/env node
// `npm run bench`: bundles the benchmark parts (bench/*.ts) into bench/tmp/,
// runs each in its own process, prints one table and writes the same numbers
// to bench/results.json. Every time ratio is measured against a baseline in the
// same run, on the same text (medians over repeated runs: machines are noisy).
//
//   npm run bench                     everything (~10-20 minutes on 2 cores)
//   npm run bench -- engine cli       only some parts (engine, cli, memory, lsp, extension, hostile)
//   BENCH_1MB_ROUNDS=2 npm run bench  fewer rounds for the 1 MB document (engine, memory)
//   BENCH_TABLE_ROUNDS=1 npm run bench -- memory   fewer rounds for the 50,000- and 100,000-row tables
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { benchBundle } from './bundle-options.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'tmp');
const PARTS = ['engine', 'cli', 'memory', 'lsp', 'extension', 'hostile'];
const asked = process.argv.slice(2).filter((a) => PARTS.includes(a));
const parts = asked.length ? asked : PARTS;

for (const needed of ['dist/cli.js', 'dist/server.js', 'dist/extension.js']) {
  if (!existsSync(join(root, needed))) {
    console.error(`bench: ${needed} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}
mkdirSync(out, { recursive: true });
await esbuild.build({ ...benchBundle, entryPoints: parts.map((p) => join(root, 'bench', `${p}.ts`)), outdir: out });

const resultsFile = join(root, 'bench', 'results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const results = {
  ...previous,
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadBefore: loadavg().map((x) => Math.round(x * 100) / 100) },
  date: new Date().toISOString(),
};
// A part that fails keeps its previous figures; the others are still written (minutes of work each).
const failed = [];
for (const part of parts) {
  console.error(`bench: ${part}...`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(out, `${part}.js`)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (run.status !== 0) {
    console.error(`bench: ${part} failed (exit ${run.status})`);
    failed.push(part);
    continue;
  }
  results[part] = JSON.parse(run.stdout);
  results.machine.loadAfter = loadavg().map((x) => Math.round(x * 100) / 100);
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}

// ---- the table ------------------------------------------------------------
const rows = [];
const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');
const row = (what, measured, baseline, ratio, target, ok) => rows.push([what, measured, baseline, ratio, target, verdict(ok)]);
const ms = (x) => (x === undefined ? '-' : `${x} ms`);

if (results.engine) {
  for (const r of results.engine.rows) {
    row(`engine, ${r.input} (${r.chars} chars), warm, text never seen`, ms(r.lintMs), `remark-parse ${ms(r.parseMs)}`, `${r.ratio}x`, '<= 2.0x (stretch 1.3x)', r.ratio <= 2.0);
    if (r.relintMs !== undefined) row(`engine, ${r.input}, re-lint of the same text`, ms(r.relintMs), `remark-parse ${ms(r.parseMs)}`, `${r.relintRatio}x`, 'reported', undefined);
    row(`engine, ${r.input}, cold (first lint in a process)`, ms(r.coldLintMs), `remark-parse ${ms(r.coldParseMs)}`, `${r.coldRatio}x`, 'reported', undefined);
  }
  const g = results.engine.growth;
  row('engine growth, 1 MB vs 10 KB', `${g.lint}x`, `remark-parse ${g.parse}x`, `size ${g.sizeRatio}x`, '<= 120x', g.lint <= 120);
}
if (results.cli) {
  const o = results.cli.oneFile;
  const c = results.cli.files500;
  if (o) row(`CLI, one ${Math.round(o.chars / 1024)} KB policy, whole process (median of ${o.rounds}, paired)`, `${ms(o.fedipolicyMs)} (CPU ${ms(o.fedipolicyCpuMs)})`, `markdownlint-cli2 ${ms(o.markdownlintMs)} (CPU ${ms(o.markdownlintCpuMs)})`, `${o.ratio}x (CPU ${o.cpuRatio}x)`, '<= 1.0x', o.ratio <= 1.0);
  const cpu = (x) => (x === undefined ? '' : ` (CPU ${ms(x)})`);
  row(`CLI, ${c.files} policy files, whole process`, `${ms(c.fedipolicyMs)}${cpu(c.fedipolicyCpuMs)}`, `markdownlint-cli2 ${ms(c.markdownlintMs)}${cpu(c.markdownlintCpuMs)}`, `${c.ratio}x${c.cpuRatio === undefined ? '' : ` (CPU ${c.cpuRatio}x)`}`, '<= 1.0x', c.ratio <= 1.0);
  const s = results.cli.coldStart;
  row('CLI cold start, --version', `${ms(s.versionMs)}${cpu(s.versionCpuMs)}`, `node -e "" ${ms(s.nodeMs)}${cpu(s.nodeCpuMs)}`, `${s.versionRatio}x`, 'reported', undefined);
  row('CLI cold start, one small file', `${ms(s.smallFileMs)}${cpu(s.smallFileCpuMs)}`, `node -e "" ${ms(s.nodeMs)}${cpu(s.nodeCpuMs)}`, `${s.smallFileRatio}x`, 'reported', undefined);
}
if (results.memory) {
  for (const m of results.memory.rows) {
    const target = m.targetMs === undefined ? 'reported' : `<= ${m.targetMs / 1000} s, <= ${m.targetMB} MB`;
    row(`CLI, ${m.input} (${m.chars} chars), whole process`, `${ms(m.ms)} (CPU ${ms(m.cpuMs)}), peak RSS ${m.peakMB} MB`, 'absolute', '', target, m.met);
  }
}
if (results.lsp) {
  const a = results.lsp.latency10KB;
  const b = results.lsp.latency1MB;
  const serverCpu = (l) => (l.cpuP95 === undefined ? '' : ` (server CPU p50 ${l.cpuP50} ms, p95 ${l.cpuP95} ms)`);
  row(`server didChange -> diagnostics, 10 KB (${a.edits} edits)`, `p50 ${a.p50} ms, p95 ${a.p95} ms${serverCpu(a)}`, 'absolute', '', 'p95 <= 16 ms', a.p95 <= 16);
  row(`server didChange -> diagnostics, 1 MB (${b.edits} edits)`, `p50 ${b.p50} ms, p95 ${b.p95} ms${serverCpu(b)}`, 'absolute', '', 'reported', undefined);
  const m = results.lsp.memory;
  row(`server memory after opening ${m.documents} documents`, `RSS ${m.rssMB} MB`, `idle ${m.idleRssMB} MB`, '', '<= 150 MB', m.rssMB <= 150);
}
if (results.extension) {
  const v = results.extension.vsix;
  row('VSIX size', `${v.MB} MB`, '', '', '<= 2 MB', v.MB <= 2);
  const a = results.extension.activation;
  row('activation: load dist/extension.js', ms(a.moduleLoadMs), `first ${ms(a.firstModuleLoadMs)}`, '', 'reported', undefined);
  row('activation: start server to initialize', ms(a.serverStartMs), '', '', 'reported', undefined);
}
if (results.hostile) {
  for (const h of results.hostile.rows) {
    row(`hostile: ${h.input} (exit ${h.exit})`, ms(h.ms), h.bareParseMs === undefined ? '' : `remark-parse ${ms(h.bareParseMs)}`, '', '<= 2 s, no crash', h.within2s && h.exit === h.expectedExit);
  }
}
const header = ['what', 'measured', 'baseline', 'ratio', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
if (failed.length) {
  console.error(`bench: ${failed.join(', ')} failed; the table shows their previous figures`);
  process.exitCode = 1;
}
console.log(`\nmachine: ${results.machine.cpus} x ${results.machine.cpu}, node ${results.machine.node}, load ${results.machine.loadBefore.join(' ')} -> ${(results.machine.loadAfter ?? []).join(' ')}; written to bench/results.json`);
