// What a command may touch of the outside world; tests and the audit helper
// get the same shape.
export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export interface CliContext extends CommandIO {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  stdoutIsTTY: boolean;
  readStdin: () => Promise<Uint8Array>;
}

/** A mistake in how the command was called: exit code 2, one line on stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function useColor(ctx: Pick<CliContext, 'env' | 'stdoutIsTTY'>): boolean {
  return ctx.stdoutIsTTY && (ctx.env.NO_COLOR === undefined || ctx.env.NO_COLOR === '');
}
