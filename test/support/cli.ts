// Runs the fedipolicy command on throw-away folders: in this process (the
// command's own entry, `run(argv, ctx)`, with the context a real process would
// give it), or as the built dist/cli.js in a child process for what only a
// real process shows (exit status, stdin, the bundle itself).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { run } from '../../server/cli/run';

/** The repository root (tests are bundled to out/test/). */
export const ROOT = resolve(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

function childEnv(options: CliOptions): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env;
}

/**
 * The command run in this process, as dist/cli.js runs it: stdout not a
 * terminal, the working folder `cwd` (also process.cwd() while it runs, since
 * some messages name files relative to it), stdin `input`. `env` is what the
 * command reads from its context; processes it starts (git) see this
 * process's environment, so a test that sets their variables uses runBuiltCli.
 */
export async function runCli(args: string[], options: CliOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const previous = process.cwd();
  process.chdir(options.cwd);
  try {
    const status = await run(args, {
      cwd: options.cwd,
      env: childEnv(options),
      stdoutIsTTY: false,
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      readStdin: async () => Buffer.from(options.input ?? ''),
    });
    return { status, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** The built dist/cli.js in a child process. */
export function runBuiltCli(args: string[], options: CliOptions): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: childEnv(options) as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

/** A temporary folder with these files (paths relative to it); removed by `cleanup()`. */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fedipolicy-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const RULE_IDS = [
  'collects-email', 'collects-username', 'collects-password', 'collects-ip-address', 'collects-user-agent',
  'collects-login-history', 'collects-user-content', 'date-of-birth', 'ip-retention', 'log-retention',
  'login-retention', 'vague-retention', 'covenant-moderation', 'covenant-backups', 'covenant-emergency-access',
  'covenant-shutdown-notice', 'ai-training-prohibited', 'scraping-prohibited', 'dm-not-encrypted',
  'federation-disclosure', 'data-export', 'account-deletion', 'account-migration', 'no-data-sale', 'minimum-age',
  'contact', 'security-measures', 'third-parties', 'policy-changes', 'unfilled-placeholder',
];

/** A config (as JSON text) with every rule off except those given. */
export function onlyRules(rules: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const all: Record<string, unknown> = Object.fromEntries(RULE_IDS.map((id) => [id, 'off']));
  return JSON.stringify({ rules: { ...all, ...rules }, ...extra }, null, 2);
}

/** A short privacy policy that states an IP retention period (and nothing else of note). */
export const IP_RETAINED = '# Privacy policy\n\n## Data retention\n\nWe delete IP addresses after 30 days.\n';
/** A short privacy policy that says nothing about retention. */
export const NO_RETENTION = '# Privacy policy\n\n## Data retention\n\nWe care about your data.\n';

/** No line of stderr looks like a stack frame. */
export function hasStackTrace(stderr: string): boolean {
  return /^\s+at .+\(.+:\d+:\d+\)$/m.test(stderr) || /^\s+at .+:\d+:\d+$/m.test(stderr);
}
