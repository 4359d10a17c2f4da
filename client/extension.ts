// The VS Code side of fedipolicy: starts the language server (dist/server.js)
// and adds the commands and the status bar item. All linting happens in the
// server, so the editor and the CLI always agree.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { clauseItems, type ClauseChoice, type ClauseResponse, type ClausesResponse } from './clauses';
import { describeLintResult, type LintWorkspaceResult } from './lintSummary';
import { ProblemCounter, severityName } from './statusBar';
import { countSeverities } from './counts';
import { registerAuditCommand } from './audit';

const SOURCE = 'fedipolicy';

const SNIPPET_COMMAND = 'fedipolicy.insertSnippet';

let client: LanguageClient | undefined;
/** File watchers that feed the running client; disposed with it. */
let watchers: vscode.Disposable[] = [];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = new ProblemCounter(SOURCE, 'fedipolicy.showReport');
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('fedipolicy.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('fedipolicy.showReport', (uri?: string | vscode.Uri) => showReport(uri)),
    vscode.commands.registerCommand('fedipolicy.insertClause', (ruleId?: string) => insertClause(ruleId)),
    vscode.commands.registerCommand('fedipolicy.createConfig', () => createConfig()),
    vscode.commands.registerCommand(SNIPPET_COMMAND, insertSnippet),
    vscode.commands.registerCommand('fedipolicy.compareWith', (ref?: string, uri?: string | vscode.Uri) => compareWith(ref, uri)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('fedipolicy.enable')) return;
      if (isEnabled()) await startClient(context);
      else await stopClient();
    }),
  );

  registerAuditCommand(context, requireClient);

  if (isEnabled()) await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

function isEnabled(): boolean {
  return vscode.workspace.getConfiguration('fedipolicy').get<boolean>('enable', true);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  if (client) return;
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.fedipolicy.{json,jsonc,yaml,yml}');
  const documentWatcher = vscode.workspace.createFileSystemWatcher('**/*.{md,html,htm}');
  watchers = [configWatcher, documentWatcher];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Policies written in HTML (Mastodon before 4.0).
      { scheme: 'file', language: 'html' },
    ],
    synchronize: {
      configurationSection: 'fedipolicy',
      fileEvents: [configWatcher, documentWatcher],
    },
    outputChannelName: 'fedipolicy',
    // Quick fixes then insert their clause as a snippet: the remaining [INSERT ...] values are tab stops.
    initializationOptions: { snippetCommand: SNIPPET_COMMAND },
  };
  // The id 'fedipolicy' makes the client honour the `fedipolicy.trace.server` setting.
  client = new LanguageClient('fedipolicy', 'fedipolicy', serverOptions, clientOptions);
  await client.start();
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
  for (const watcher of watchers) watcher.dispose();
  watchers = [];
}

/** A quick fix's clause as a snippet, unless the document changed since the server offered it. */
async function insertSnippet(uri: string, version: number, range: { start: vscode.Position; end: vscode.Position }, snippet: string): Promise<boolean> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  if (editor.document.version !== version) return false;
  const { start, end } = range;
  return editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Range(start.line, start.character, end.line, end.character));
}

/** The running client, or a message saying why there is none. */
function requireClient(): LanguageClient | undefined {
  if (!client) {
    void vscode.window.showWarningMessage('fedipolicy is turned off (setting "fedipolicy.enable").');
  }
  return client;
}

/** Lints every policy document of the workspace; returns the summary it shows (for tests and keybindings). */
async function lintWorkspace(): Promise<string | undefined> {
  const running = requireClient();
  if (!running) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'fedipolicy: linting workspace policies' },
    () => running.sendRequest<LintWorkspaceResult>('fedipolicy/lintWorkspace', {}),
  );
  const severities = vscode.languages
    .getDiagnostics()
    .flatMap(([, diagnostics]) => diagnostics)
    .filter((d) => d.source === SOURCE)
    .map((d) => severityName(d.severity));
  const summary = describeLintResult(result, countSeverities(severities));
  // Not awaited: the command finishes when the lint does, not when the message is closed.
  void vscode.window.showInformationMessage(`fedipolicy: ${summary}`, 'Open Problems').then((picked) => {
    if (picked) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}

/** The document a command is about: its argument (from a code lens) or the active editor's. */
function targetUri(arg?: string | vscode.Uri): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.length > 0) return vscode.Uri.parse(arg);
  return vscode.window.activeTextEditor?.document.uri;
}

/** The running client and the policy a command is about (its argument, else the active editor's), or undefined after saying why not. */
function policyTarget(arg?: string | vscode.Uri): { running: LanguageClient; uri: vscode.Uri } | undefined {
  const running = requireClient();
  if (!running) return undefined;
  const uri = targetUri(arg);
  if (!uri) {
    void vscode.window.showWarningMessage('fedipolicy: open a policy document first.');
    return undefined;
  }
  return { running, uri };
}

/** Opens the policy set's report beside the policy; returns the report document's URI. */
async function showReport(arg?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
  const target = policyTarget(arg);
  if (!target) return undefined;
  const { running, uri } = target;
  const answer = await running.sendRequest<{ markdown?: string } | null>('fedipolicy/report', { uri: uri.toString() });
  if (!answer?.markdown) {
    void vscode.window.showWarningMessage(`fedipolicy: ${baseName(uri)} is not a policy document, so there is no report.`);
    return undefined;
  }
  // An untitled document: the person can save or copy the report; the server
  // does not lint it (untitled names match none of the policy globs).
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: answer.markdown });
  await vscode.window.showTextDocument(report, { preview: true, viewColumn: vscode.ViewColumn.Active });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', report.uri);
  return report.uri;
}

/**
 * Opens, beside the policy, what changed for users since a git revision (the server's `fedipolicy/diff`).
 * @param ref skips the input box (for keybindings and tests).
 * @returns the report document's URI.
 */
async function compareWith(ref?: string, arg?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
  const target = policyTarget(arg);
  if (!target) return undefined;
  const { running, uri } = target;
  const base = typeof ref === 'string' ? ref : await vscode.window.showInputBox({
    title: 'fedipolicy: compare the policy with a git revision',
    prompt: 'A branch, tag or commit',
    value: 'HEAD',
  });
  if (base === undefined) return undefined;
  const answer = await running.sendRequest<{ markdown?: string; error?: string } | null>('fedipolicy/diff', { uri: uri.toString(), ref: base });
  if (answer?.error) {
    void vscode.window.showErrorMessage(`fedipolicy: ${answer.error}`);
    return undefined;
  }
  if (!answer?.markdown) {
    void vscode.window.showWarningMessage(`fedipolicy: ${baseName(uri)} is not a policy document, so there is nothing to compare.`);
    return undefined;
  }
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: answer.markdown });
  await vscode.window.showTextDocument(report, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  return report.uri;
}

/**
 * Inserts a rule's template clause (filled from the config's `instance` block) at the cursor.
 * @param ruleId skips the pick list (for keybindings and tests).
 * @returns the inserted text.
 */
async function insertClause(ruleId?: string): Promise<string | undefined> {
  const running = requireClient();
  if (!running) return undefined;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('fedipolicy: open the document to insert the clause into first.');
    return undefined;
  }
  const uri = editor.document.uri;
  const chosen = typeof ruleId === 'string' ? ruleId : await pickClause(running, uri);
  if (!chosen) return undefined;
  const clause = await running.sendRequest<ClauseResponse>('fedipolicy/clause', { ruleId: chosen, uri: uri.toString() });
  if (!clause?.text) {
    void vscode.window.showWarningMessage(`fedipolicy: ${chosen} has no template clause.`);
    return undefined;
  }
  // The editor may have changed while the pick was open: insert where the cursor is now.
  const inserted = await editor.edit((builder) => builder.replace(editor.selection, clause.text));
  return inserted ? clause.text : undefined;
}

async function pickClause(running: LanguageClient, uri: vscode.Uri): Promise<string | undefined> {
  const clauses = await running.sendRequest<ClausesResponse>('fedipolicy/clauses', { uri: uri.toString() });
  const missing = new Set(
    vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === SOURCE)
      .map((d) => diagnosticCode(d)),
  );
  const picked = await vscode.window.showQuickPick<ClauseChoice>(clauseItems(clauses, missing), {
    title: 'fedipolicy: insert a template clause',
    placeHolder: 'Rule whose clause to insert at the cursor',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.ruleId;
}

function diagnosticCode(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code);
}

/** What `fedipolicy/createConfig` answers (the server writes the same starter config as `fedipolicy init`). */
interface CreateConfigResult {
  created: boolean;
  uri?: string;
  message: string;
}

/** Writes a starter `.fedipolicy.json` (as `fedipolicy init` does) and opens it; returns its URI. */
async function createConfig(): Promise<vscode.Uri | undefined> {
  const running = requireClient();
  if (!running) return undefined;
  const folder = await pickFolder();
  if (!folder) return undefined;
  const result = await running.sendRequest<CreateConfigResult>('fedipolicy/createConfig', { folderUri: folder.uri.toString() });
  if (!result.uri) {
    void vscode.window.showErrorMessage(`fedipolicy: ${result.message}`);
    return undefined;
  }
  const uri = vscode.Uri.parse(result.uri);
  void vscode.window.showInformationMessage(`fedipolicy: ${result.message}`);
  await vscode.window.showTextDocument(uri);
  return uri;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('fedipolicy: open a folder first; the config file goes at its root.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder to create .fedipolicy.json in' });
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
