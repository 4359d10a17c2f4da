// Requests behind the client's "fedipolicy: Audit an instance..." command, so
// that the audit (fetch, HTML to Markdown, lint, grade, render) runs here and
// the extension bundle stays small:
//   fedipolicy/auditTarget {target}             -> {problem: string | null}  for the input box
//   fedipolicy/audit       {target, allowHttp?} -> AuditResponse
// An audit that fails for a reason the person can act on (network, not
// Mastodon, bad domain) is an answer with `error`, not a JSON-RPC error.
import { AuditError } from '../audit/fetch';
import { renderReport } from '../audit/render';
import type { AuditReport } from '../audit/report';
import { runAudit, targetProblem } from '../audit/run';
import type { CancellationToken } from 'vscode-languageserver';
import { BadParams } from './safe';

export const AUDIT_TARGET_REQUEST = 'fedipolicy/auditTarget';
export const AUDIT_REQUEST = 'fedipolicy/audit';

export type AuditResponse =
  | { report: AuditReport; html: string }
  | { error: string }
  | { cancelled: true };

function targetOf(params: unknown): string {
  const target = (params as { target?: unknown } | null | undefined)?.target;
  if (typeof target !== 'string') throw new BadParams('expected { target: string }');
  return target;
}

export function auditTarget(params: unknown): { problem: string | null } {
  return { problem: targetProblem(targetOf(params)) ?? null };
}

/** @param token cancels the requests in flight (the client's Cancel button). */
export async function audit(params: unknown, token?: CancellationToken): Promise<AuditResponse> {
  const target = targetOf(params);
  const allowHttp = (params as { allowHttp?: unknown }).allowHttp === true;
  const controller = new AbortController();
  const listening = token?.onCancellationRequested(() => controller.abort());
  try {
    const { report } = await runAudit(target, { allowHttp, signal: controller.signal });
    return { report, html: renderReport(report, 'html') };
  } catch (error) {
    if (error instanceof AuditError) return error.kind === 'cancelled' ? { cancelled: true } : { error: error.message };
    throw error;
  } finally {
    listening?.dispose();
  }
}
