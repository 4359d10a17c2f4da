// Drives the language server the way an editor does, with JSON-RPC: the
// server in this process over a pair of in-memory streams (a fresh server per
// session, without the cost of a process and of compiling the vocabulary each
// time), or the built dist/server.js in a child process over stdio or node IPC.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection as createServerConnection, ProposedFeatures, StreamMessageReader as ServerReader, StreamMessageWriter as ServerWriter } from 'vscode-languageserver/node';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type FileEvent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { PolicyServer } from '../server/lsp/server';
import { ROOT } from './support/cli';

export const SERVER = join(ROOT, 'dist', 'server.js');

export interface SessionOptions {
  /** The workspace folder (a path). */
  root: string;
  /** What the client answers to `workspace/configuration` for the `fedipolicy` section. */
  settings?: Record<string, unknown>;
  /** In this process (the default), or dist/server.js in a child process. */
  transport?: 'in-process' | 'stdio' | 'node-ipc';
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/** Waits for `check` to return a value, checking on every publish. */
interface Waiter {
  check: () => boolean;
  resolve: () => void;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  settings: Record<string, unknown>;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private waiters: Waiter[] = [];
  private stderr = '';

  private constructor(
    /** The server's process; none in process. */
    private readonly child: ChildProcess | undefined,
    connection: ProtocolConnection,
    settings: Record<string, unknown>,
    private readonly closeInProcess: () => void = () => undefined,
  ) {
    this.connection = connection;
    this.settings = settings;
    child?.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.wake();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      this.wake();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'fedipolicy' ? this.settings : null)));
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('workspace/codeLens/refresh', () => null);
  }

  static async start(options: SessionOptions): Promise<LspSession> {
    const session = options.transport === 'stdio' || options.transport === 'node-ipc' ? LspSession.spawn(options.root, options.transport, options.settings) : LspSession.inProcess(options.settings);
    const connection = session.connection;
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      // In process, no parent id: the library would poll it every 3 s for as long as mocha runs.
      processId: session.child ? process.pid : null,
      rootUri: uriOf(options.root),
      workspaceFolders: [{ uri: uriOf(options.root), name: 'workspace' }],
      capabilities: options.capabilities ?? CAPABILITIES,
      ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  private static spawn(root: string, transport: 'stdio' | 'node-ipc', settings: Record<string, unknown> = {}): LspSession {
    const ipc = transport === 'node-ipc';
    const child = spawn(process.execPath, [SERVER, ipc ? '--node-ipc' : '--stdio'], {
      cwd: root,
      stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
    });
    const connection = ipc
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new LspSession(child, connection, settings);
  }

  /** The server as server/lsp/main.ts makes it, on in-memory streams (given as message readers and writers, so that the library does not exit the process when they end). */
  private static inProcess(settings: Record<string, unknown> = {}): LspSession {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createServerConnection(ProposedFeatures.all, new ServerReader(toServer), new ServerWriter(toClient));
    new PolicyServer(server).listen();
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    return new LspSession(undefined, connection, settings, () => {
      server.dispose();
      toServer.end();
      toClient.end();
    });
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves once `predicate` holds for a publish that arrives after `since` (an index into `published`). */
  waitFor(
    uri: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
    since = this.published.length,
    timeoutMs = 15_000,
  ): Promise<PublishDiagnosticsParams> {
    const find = () => this.published.slice(since).find((p) => p.uri === uri && predicate(p));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.published.filter((p) => p.uri === uri).map((p) => `v${p.version}: ${p.diagnostics.map((d) => d.code).join(',')}`);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; seen: ${seen.join(' | ') || 'none'}; server log: ${this.logs.join('\n')}${this.stderr}`));
      }, timeoutMs);
      const waiter: Waiter = {
        check: () => find() !== undefined,
        resolve: () => {
          clearTimeout(timer);
          resolve(find()!);
        },
      };
      if (waiter.check()) waiter.resolve();
      else this.waiters.push(waiter);
    });
  }

  /** Opens a document (its text from disk unless given) and waits for its first diagnostics. */
  async open(path: string, text = readFileSync(path, 'utf8'), languageId = 'markdown'): Promise<PublishDiagnosticsParams> {
    const since = this.published.length;
    const uri = uriOf(path);
    this.openUri(uri, text, languageId);
    return this.waitFor(uri, (p) => p.version === 1, since);
  }

  openUri(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  version(uri: string): number {
    return this.versions.get(uri)!;
  }

  /** Sends edits as incremental changes (each range relative to the text after the previous one); returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = this.versions.get(uri)! + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri)!;
    for (const change of changes) {
      text = 'range' in change ? applyTextEdits(text, [{ range: change.range, newText: change.text }]) : change.text;
    }
    this.texts.set(uri, text);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies edits (all relative to the current text, as a WorkspaceEdit's are) by sending them as one incremental didChange. */
  applyEdits(uri: string, edits: TextEdit[]): number {
    // Back to front, so that each range is still valid in the text the server holds.
    // Inserts at one position keep their order: the later one goes in first.
    const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => comparePosition(b.edit.range.start, a.edit.range.start) || b.index - a.index);
    return this.change(
      uri,
      ordered.map(({ edit }) => ({ range: edit.range, text: edit.newText })),
    );
  }

  close(uri: string): void {
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  filesChanged(changes: FileEvent[]): void {
    void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async stop(): Promise<void> {
    if (!this.child) {
      // No exit notification: the library answers it with process.exit.
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.dispose();
      this.closeInProcess();
      return;
    }
    const child = this.child;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server is gone already.
    }
    const timer = setTimeout(() => child.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  /** The server process's exit code (null while it runs, and in process). */
  get exitCode(): number | null {
    return this.child?.exitCode ?? null;
  }
}

function comparePosition(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** Applies non-overlapping edits whose ranges all refer to `text` (LSP TextEdit[] semantics). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const spans = edits
    .map((e, index) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return out;
}
