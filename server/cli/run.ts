// Dispatches to the subcommands (main.ts answers --version and --help before
// loading this; so does run(), for callers that start here) and
// turns every failure into an exit code: 2 with one line on stderr for usage,
// configuration and file errors, and for anything unexpected (never a stack trace).
// Each command's module is loaded only when it runs: a pre-commit hook's
// `lint` does not initialise the audit's HTML converter or the diff's modules.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../config/errors';
import { InputError } from '../project/errors';
import { answerWithoutEngine } from './help';
import { UsageError, type CliContext } from './io';
import { version } from '../../package.json';

const COMMANDS = ['lint', 'report', 'diff', 'rules', 'init', 'audit'] as const;

function oneLine(message: string): string {
  return message.split(/\r?\n/).filter((l) => l.trim() !== '')[0] ?? 'unknown error';
}

async function dispatch(argv: string[], ctx: CliContext): Promise<number> {
  const answer = answerWithoutEngine(argv, version);
  if (answer !== undefined) {
    ctx.stdout(answer);
    return 0;
  }
  const [first, ...rest] = argv;
  switch (first) {
    case 'lint':
      return (await import('./lint')).lintCommand(rest, ctx);
    case 'report':
      return (await import('./report')).reportCommand(rest, ctx);
    case 'diff':
      return (await import('./diff')).diffCommand(rest, ctx);
    case 'rules':
      return (await import('./rules')).rulesCommand(rest, ctx);
    case 'init':
      return (await import('./init')).initCommand(rest, ctx);
    case 'audit':
      return (await import('./audit')).auditCommand(rest, { stdout: ctx.stdout, stderr: ctx.stderr });
  }
  // A bare word that is neither a command nor a file is most likely a mistyped command.
  if (first !== undefined && /^[a-z][a-z-]*$/.test(first) && !existsSync(resolve(ctx.cwd, first))) {
    throw new UsageError(`unknown command or missing file "${first}" (commands: ${COMMANDS.join(', ')}; see fedipolicy --help)`);
  }
  return (await import('./lint')).lintCommand(argv, ctx);
}

export async function run(argv: string[], ctx: CliContext): Promise<number> {
  try {
    return await dispatch(argv, ctx);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof InputError) {
      ctx.stderr(`fedipolicy: ${oneLine(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(`fedipolicy: internal error: ${oneLine(message)} (please report it)\n`);
    return 2;
  }
}
