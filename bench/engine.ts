// Engine time per document against the floor: bare remark-parse of the same
// text, in the same process, interleaved, medians over repeated runs.
//   node bench/tmp/engine.js            warm comparison (JSON on stdout)
//   node bench/tmp/engine.js --cold K F one first call (K = lint | parse) on file F, in a fresh process
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { defaultConfig, forgetTexts, lintDocument } from '../server/engine';
import { exampleFiles, generatePolicy } from './generate';
import { log, median, round, time } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const INPUTS = join(ROOT, 'bench', 'tmp', 'inputs');
const bare = unified().use(remarkParse);
const config = defaultConfig();

const parse = (text: string) => bare.parse(text);
// A new document object each time: the engine caches models per object.
const relint = (text: string) => lintDocument({ file: 'privacy-policy.md', text }, config);
// The engine also remembers parsed pieces and concept matches by text (an editor re-lints
// mostly unchanged text): the main figure forgets them, to time text never seen.
const lint = (text: string) => {
  forgetTexts();
  return relint(text);
};

function cold(kind: string, file: string): void {
  const text = readFileSync(file, 'utf8');
  const ms = time(() => (kind === 'lint' ? lint(text) : parse(text)));
  process.stdout.write(JSON.stringify({ ms }));
}

function coldRun(kind: 'lint' | 'parse', file: string): number {
  const child = spawnSync(process.execPath, [__filename, '--cold', kind, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`cold ${kind} ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout).ms;
}

interface Input {
  name: string;
  text: string;
  rounds: number;
}

function inputs(): Input[] {
  const out: Input[] = [
    { name: 'generated 10 KB', text: generatePolicy(10 * 1024, 1), rounds: 40 },
    { name: 'generated 100 KB', text: generatePolicy(100 * 1024, 2), rounds: 12 },
    { name: 'generated 1 MB', text: generatePolicy(1024 * 1024, 3), rounds: Number(process.env.BENCH_1MB_ROUNDS ?? 4) },
  ];
  for (const ex of exampleFiles(ROOT)) out.push({ name: `examples/${ex.name}`, text: ex.text, rounds: 60 });
  return out;
}

function main(): void {
  mkdirSync(INPUTS, { recursive: true });
  const rows = [];
  for (const input of inputs()) {
    const file = join(INPUTS, `${input.name.replace(/[^a-z0-9.]+/gi, '-')}.md`);
    writeFileSync(file, input.text);
    const coldParse = coldRun('parse', file);
    const coldLint = coldRun('lint', file);
    // Warm up both (regex compilation, JIT), then interleave so that load changes hit both alike.
    for (let i = 0; i < 2; i++) {
      parse(input.text);
      lint(input.text);
    }
    const parses: number[] = [];
    const lints: number[] = [];
    const relints: number[] = [];
    for (let i = 0; i < input.rounds; i++) {
      parses.push(time(() => parse(input.text)));
      forgetTexts();
      lints.push(time(() => relint(input.text)));
      relints.push(time(() => relint(input.text)));
    }
    const row = {
      input: input.name,
      chars: input.text.length,
      rounds: input.rounds,
      parseMs: round(median(parses), 2),
      lintMs: round(median(lints), 2),
      ratio: round(median(lints) / median(parses), 2),
      relintMs: round(median(relints), 2),
      relintRatio: round(median(relints) / median(parses), 2),
      coldParseMs: round(coldParse, 1),
      coldLintMs: round(coldLint, 1),
      coldRatio: round(coldLint / coldParse, 2),
    };
    log(`engine ${row.input}: lint ${row.lintMs} ms, parse ${row.parseMs} ms, ratio ${row.ratio} (cold ${row.coldLintMs}/${row.coldParseMs} ms)`);
    rows.push(row);
  }
  const small = rows.find((r) => r.input === 'generated 10 KB')!;
  const large = rows.find((r) => r.input === 'generated 1 MB')!;
  const growth = { lint: round(large.lintMs / small.lintMs, 1), parse: round(large.parseMs / small.parseMs, 1), sizeRatio: round(large.chars / small.chars, 1) };
  process.stdout.write(JSON.stringify({ rows, growth }));
}

if (process.argv[2] === '--cold') cold(process.argv[3], process.argv[4]);
else main();
