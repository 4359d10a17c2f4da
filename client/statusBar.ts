// A status bar item with the fedipolicy problem counts of the active policy document.
import * as vscode from 'vscode';
import { countSeverities, statusText } from './counts';

export class ProblemCounter implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly source: string,
    command: string,
  ) {
    this.item = vscode.window.createStatusBarItem('fedipolicy.problems', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'fedipolicy problems';
    this.item.command = command;
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('fedipolicy')) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || (doc.languageId !== 'markdown' && doc.languageId !== 'html')) {
      this.item.hide();
      return;
    }
    const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === this.source);
    if (ours.length === 0 && !isPolicyDocument(doc)) {
      this.item.hide();
      return;
    }
    const counts = countSeverities(ours.map((d) => severityName(d.severity)));
    const { text, tooltip } = statusText(counts);
    this.item.text = text;
    this.item.tooltip = `${tooltip}. Click for the policy report.`;
    this.item.accessibilityInformation = { label: tooltip, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.item.dispose();
  }
}

export function severityName(severity: vscode.DiagnosticSeverity): 'error' | 'warning' | 'info' {
  if (severity === vscode.DiagnosticSeverity.Error) return 'error';
  if (severity === vscode.DiagnosticSeverity.Warning) return 'warning';
  return 'info';
}

/** Whether the document is one the `fedipolicy.files` globs name (a policy with no findings shows a check mark). */
function isPolicyDocument(doc: vscode.TextDocument): boolean {
  if (!vscode.workspace.getConfiguration('fedipolicy').get<boolean>('enable', true)) return false;
  const globs = vscode.workspace.getConfiguration('fedipolicy', doc.uri).get<string[]>('files', []);
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return globs.some((glob) => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, doc) > 0);
}
