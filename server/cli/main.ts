// The `fedipolicy` command (bundled to dist/cli.js). `--version` and `--help`
// answer from here: the engine (rules, vocabulary) is loaded only for a
// command that needs it (loading it made `--version` take twice as long).
import { answerWithoutEngine } from './help';
import { version } from '../../package.json';

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

// A closed pipe (`fedipolicy ... | head`) is not an error worth a message.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

async function main(argv: string[]): Promise<number> {
  const answer = answerWithoutEngine(argv, version);
  if (answer !== undefined) {
    process.stdout.write(answer);
    return 0;
  }
  await import('../regexp-tiers');
  // A CLI run is short: with V8's default budget (67,584) TurboFan compiled,
  // on other threads, every function that ran warm for a while, much of it
  // code that runs once per process, CPU it never earned back (a sixth of a
  // lint of one policy). At 15x the budget only the truly hot ones are optimised.
  (await import('node:v8')).setFlagsFromString('--interrupt-budget=1000000');
  const { run } = await import('./run');
  return run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readStdin,
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
