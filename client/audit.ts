// "fedipolicy: Audit an instance...": asks for a domain, runs the same audit
// as `fedipolicy audit` in the extension host (Node's fetch, same limits) and
// shows the report card beside the editor. It does not need the language
// server, so it works with `fedipolicy.enable` off too.
import * as vscode from 'vscode';
import { AuditError } from '../server/audit/fetch';
import { renderReport } from '../server/audit/render';
import type { AuditReport } from '../server/audit/report';
import { runAudit, targetProblem } from '../server/audit/run';

const LAST_DOMAIN_KEY = 'fedipolicy.audit.lastDomain';

export function registerAuditCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('fedipolicy.audit', (domain?: string, options?: { allowHttp?: boolean }) => auditInstance(context, domain, options)),
  );
}

/**
 * Audits one instance and opens its report card in a webview beside the editor.
 * @param domain skips the input box (for keybindings and tests).
 * @param options.allowHttp lets an end-to-end test audit a local http server.
 * @returns the report shown, or undefined when cancelled or failed (the failure is shown).
 */
async function auditInstance(context: vscode.ExtensionContext, domain?: string, options?: { allowHttp?: boolean }): Promise<AuditReport | undefined> {
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
          validateInput: (value) => (value.trim() === '' ? undefined : targetProblem(value)),
        });
  if (target === undefined || target.trim() === '') return undefined;
  await context.globalState.update(LAST_DOMAIN_KEY, target.trim());

  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `fedipolicy: auditing ${target.trim()}`, cancellable: true },
      (_progress, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        return runAudit(target, { signal: controller.signal, allowHttp: options?.allowHttp === true });
      },
    );
    const { report } = result;
    const panel = vscode.window.createWebviewPanel(
      'fedipolicy.auditReport',
      `Audit: ${report.instance.domain} (${report.grade.grade})`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      // The page is static HTML built from a remote server's text: no scripts, nothing to load.
      { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.webview.html = renderReport(report, 'html');
    return report;
  } catch (error) {
    if (error instanceof AuditError && error.kind === 'cancelled') return undefined;
    const message = error instanceof AuditError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    void vscode.window.showErrorMessage(`fedipolicy audit: ${message}`);
    return undefined;
  }
}
