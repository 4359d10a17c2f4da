// Every handler runs through here: an exception becomes an error response (or
// a log line for notifications) and the server lives on.
import { ErrorCodes, ResponseError, type CancellationToken, type RemoteConsole } from 'vscode-languageserver';

/** A request whose parameters are not what the method takes. */
export class BadParams extends Error {}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function guardRequest<P, R>(
  console: RemoteConsole,
  method: string,
  handler: (params: P, token?: CancellationToken) => R | Promise<R>,
): (params: P, token?: CancellationToken) => Promise<R> {
  return async (params: P, token?: CancellationToken) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      if (error instanceof BadParams) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${error.message}`);
      console.error(`${method} failed: ${describeError(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function guardNotification<P>(console: RemoteConsole, method: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    try {
      const pending = handler(params);
      if (pending) pending.catch((error: unknown) => console.error(`${method} failed: ${describeError(error)}`));
    } catch (error) {
      console.error(`${method} failed: ${describeError(error)}`);
    }
  };
}

/** Checks the `{ textDocument: { uri } }` shape every document request shares. */
export function documentUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string' || uri === '') throw new BadParams('expected { textDocument: { uri: string } }');
  return uri;
}

export function isPosition(value: unknown): value is { line: number; character: number } {
  const p = value as { line?: unknown; character?: unknown } | null | undefined;
  return Number.isInteger(p?.line) && Number.isInteger(p?.character) && (p!.line as number) >= 0 && (p!.character as number) >= 0;
}
