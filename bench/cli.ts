// The CLI as a whole process against markdownlint-cli2 (default rules) on the
// same files: one real-sized (11 KB) privacy policy, as a pre-commit hook
// sees it, and 500 policy files; and the cold start against `node -e ""`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleFiles, exampleVariant, generatePolicy } from './generate';
import { runNode, type ProcessRun } from './process';
import { log, median, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const FILES = join(ROOT, 'bench', 'tmp', 'cli-500');
const ONE_FILE = join(ROOT, 'bench', 'tmp', 'cli-one');
const ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 5);

/** 500 files: variants of the three examples, three to a folder (one instance's policy set each). */
function writeFiles(count: number): void {
  rmSync(FILES, { recursive: true, force: true });
  const examples = exampleFiles(ROOT);
  for (let i = 0; i < count; i++) {
    const example = examples[i % examples.length];
    const dir = join(FILES, `instance-${String(Math.floor(i / examples.length)).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, example.name), exampleVariant(example.text, i + 1));
  }
}

type Timed = { ms: number; cpuMs: number; status: number | null };

/** Each run `rounds` times, the runs interleaved (paired): median wall and CPU time of each. */
function compare(runs: Record<string, { args: string[]; cwd: string }>, rounds: number): Record<string, Timed> {
  const times: Record<string, ProcessRun[]> = {};
  for (let i = 0; i < rounds; i++) for (const [name, run] of Object.entries(runs)) (times[name] ??= []).push(runNode(run.args, run.cwd));
  return Object.fromEntries(
    Object.entries(times).map(([name, t]) => [name, { ms: round(median(t.map((r) => r.ms)), 1), cpuMs: round(median(t.map((r) => r.cpuMs)), 1), status: t[0].status }]),
  );
}

/** The paired figures of one fedipolicy-against-markdownlint-cli2 row. */
function againstMarkdownlint(runs: Record<string, Timed>) {
  const { fedipolicy, markdownlint } = runs;
  return {
    fedipolicyMs: fedipolicy.ms,
    markdownlintMs: markdownlint.ms,
    ratio: round(fedipolicy.ms / markdownlint.ms, 2),
    fedipolicyCpuMs: fedipolicy.cpuMs,
    markdownlintCpuMs: markdownlint.cpuMs,
    cpuRatio: round(fedipolicy.cpuMs / markdownlint.cpuMs, 2),
    fedipolicyExit: fedipolicy.status,
  };
}

function main(): void {
  rmSync(ONE_FILE, { recursive: true, force: true });
  mkdirSync(ONE_FILE, { recursive: true });
  const policy = generatePolicy(11 * 1024, 21);
  writeFileSync(join(ONE_FILE, 'privacy-policy.md'), policy);
  const one = compare(
    {
      fedipolicy: { args: [CLI, 'lint', 'privacy-policy.md'], cwd: ONE_FILE },
      markdownlint: { args: [MARKDOWNLINT, 'privacy-policy.md'], cwd: ONE_FILE },
    },
    Number(process.env.BENCH_ONE_FILE_ROUNDS ?? 7),
  );
  log(`cli one 11 KB file: fedipolicy ${one.fedipolicy.ms} ms (CPU ${one.fedipolicy.cpuMs} ms, exit ${one.fedipolicy.status}), markdownlint-cli2 ${one.markdownlint.ms} ms (CPU ${one.markdownlint.cpuMs} ms, exit ${one.markdownlint.status})`);
  writeFiles(500);
  log('cli: 500 files written');
  const whole = compare(
    {
      fedipolicy: { args: [CLI, 'lint', '.'], cwd: FILES },
      markdownlint: { args: [MARKDOWNLINT, '**/*.md'], cwd: FILES },
    },
    ROUNDS,
  );
  log(`cli 500 files: fedipolicy ${whole.fedipolicy.ms} ms (exit ${whole.fedipolicy.status}), markdownlint-cli2 ${whole.markdownlint.ms} ms (exit ${whole.markdownlint.status})`);
  const start = compare(
    {
      node: { args: ['-e', ''], cwd: ROOT },
      version: { args: [CLI, '--version'], cwd: ROOT },
      smallFile: { args: [CLI, 'lint', 'examples/server-rules.md'], cwd: ROOT },
    },
    ROUNDS * 2,
  );
  log(`cold start: node -e "" ${start.node.ms} ms, --version ${start.version.ms} ms, one small file ${start.smallFile.ms} ms`);
  process.stdout.write(
    JSON.stringify({
      oneFile: { chars: policy.length, rounds: Number(process.env.BENCH_ONE_FILE_ROUNDS ?? 7), ...againstMarkdownlint(one) },
      files500: { files: 500, ...againstMarkdownlint(whole) },
      coldStart: {
        nodeMs: start.node.ms,
        versionMs: start.version.ms,
        versionCpuMs: start.version.cpuMs,
        nodeCpuMs: start.node.cpuMs,
        smallFileCpuMs: start.smallFile.cpuMs,
        versionRatio: round(start.version.ms / start.node.ms, 2),
        smallFileMs: start.smallFile.ms,
        smallFileRatio: round(start.smallFile.ms / start.node.ms, 2),
      },
    }),
  );
}

main();
