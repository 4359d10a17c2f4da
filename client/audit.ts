// "fedipolicy: Audit an instance...": asks for a domain, has the language
// server run the same audit as `fedipolicy audit` (`fedipolicy/audit`) and
// shows the report card beside the editor. The audit runs in the server so
// that this bundle carries no HTML parser, Markdown writer or rule engine.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const LAST_DOMAIN_KEY = 'fedipolicy.audit.lastDomain';

/** What the report card needs of the server's AuditReport (the command returns it whole, for tests). */
export interface AuditReportSummary {
  instance: { domain: string };
  grade: { grade: string };
}

/** What `fedipolicy/audit` answers. */
type AuditResponse = { report: AuditReportSummary; html: string } | { error: string } | { cancelled: true };

export function registerAuditCommand(context: vscode.ExtensionContext, requireClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('fedipolicy.audit', (domain?: string, options?: { allowHttp?: boolean }) =>
      auditInstance(context, requireClient, domain, options),
    ),
  );
}

/**
 * Audits one instance and opens its report card in a webview beside the editor.
 * @param domain skips the input box (for keybindings and tests).
 * @param options.allowHttp lets an end-to-end test audit a local http server.
 * @returns the report shown, or undefined when cancelled or failed (the failure is shown).
 */
async function auditInstance(
  context: vscode.ExtensionContext,
  requireClient: () => LanguageClient | undefined,
  domain?: string,
  options?: { allowHttp?: boolean },
): Promise<AuditReportSummary | undefined> {
  const running = requireClient();
  if (!running) return undefined;
  const target =
    typeof domain === 'string'
      ? domain
      : await vscode.window.showInputBox({
          title: 'fedipolicy: audit an instance',
          prompt: "The instance's domain (or https URL). Its privacy policy, terms and rules are fetched from its public Mastodon API.",
          placeHolder: 'mastodon.example',
          value: context.globalState.get<string>(LAST_DOMAIN_KEY, ''),
          ignoreFocusOut: true,
          // An empty box gets no red message until something is typed.
          validateInput: async (value) =>
            value.trim() === '' ? undefined : ((await running.sendRequest<{ problem: string | null }>('fedipolicy/auditTarget', { target: value })).problem ?? undefined),
        });
  if (target === undefined || target.trim() === '') return undefined;
  await context.globalState.update(LAST_DOMAIN_KEY, target.trim());

  let cancelled = false;
  let answer: AuditResponse;
  try {
    answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `fedipolicy: auditing ${target.trim()}`, cancellable: true },
      // The client turns the Cancel button into $/cancelRequest; the server aborts its requests.
      (_progress, token) => {
        token.onCancellationRequested(() => (cancelled = true));
        return running.sendRequest<AuditResponse>('fedipolicy/audit', { target, allowHttp: options?.allowHttp === true }, token);
      },
    );
  } catch (error) {
    if (cancelled) return undefined;
    void vscode.window.showErrorMessage(`fedipolicy audit: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if ('cancelled' in answer) return undefined;
  if ('error' in answer) {
    void vscode.window.showErrorMessage(`fedipolicy audit: ${answer.error}`);
    return undefined;
  }
  const { report, html } = answer;
  const panel = vscode.window.createWebviewPanel(
    'fedipolicy.auditReport',
    `Audit: ${report.instance.domain} (${report.grade.grade})`,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
    // The page is static HTML built from a remote server's text: no scripts, nothing to load.
    { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
  );
  panel.webview.html = html;
  return report;
}
