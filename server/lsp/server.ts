// The language server: a thin adapter that feeds open buffers (and the files
// of their policy set) to the engine and turns its report into diagnostics,
// code actions, hovers, a code lens and a report; and audits an instance for
// the client's audit command.
import { dirname } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixSet, lintSet, type EngineConfig, type Finding, type SetReport, type Severity, type SourceDocument } from '../engine/index';
import { defaultLoadedConfig, type ConfigError } from '../config/index';
import { engineDocuments, readText, type PolicySet, type ProjectDocument } from '../project/index';
import { version as serverVersion } from '../../package.json';
import { CLAUSE_REQUEST, CLAUSES_REQUEST, clauseList, clauseText } from './clause-request';
import { codeActions, FIX_ALL_KIND, FIX_ALL_TITLE, resolveFixAll, snippetSupport, type FixAllData, type SnippetSupport } from './codeActions';
import { locateKey } from './configLocation';
import { AUDIT_REQUEST, AUDIT_TARGET_REQUEST, audit, auditTarget } from './audit-request';
import { CREATE_CONFIG_REQUEST, createConfigIn, type CreateConfigResult } from './init-request';
import { DEFAULT_REF, DIFF_REQUEST, diffAgainst, type DiffResponse } from './diff-request';
import { internalErrorLogs, problemDiagnostic, toDiagnostic } from './diagnostics';
import { codeLensTitle, hoverMarkdown, reportMarkdown } from './report';
import { BadParams, describeError, documentUri, guardNotification, guardRequest, isPosition } from './safe';
import { Debouncer } from './scheduler';
import { isDocumentPath, PolicyProject, type PlannedSets } from './sets';
import { defaultSettings, readSettings, type ClientSettings } from './settings';
import { pathOfUri, uriOfPath } from './uris';

export const REPORT_REQUEST = 'fedipolicy/report';
export const LINT_WORKSPACE_REQUEST = 'fedipolicy/lintWorkspace';
export const SHOW_REPORT_COMMAND = 'fedipolicy.showReport';
const CONFIG_FILE = /(^|\/)\.fedipolicy\.(json|jsonc|yaml|yml)$/i;
const WATCHERS = [{ globPattern: '**/.fedipolicy.{json,jsonc,yaml,yml}' }, { globPattern: '**/*.{md,markdown,html,htm}' }];
/** The editor languages of the documents fedipolicy reads. */
const DOCUMENT_LANGUAGES = new Set(['markdown', 'html']);

/** `fedipolicy/report` {uri}: the set's report, and the same as Markdown. */
export interface ReportResponse {
  report: SetReport;
  markdown: string;
}

/** `fedipolicy/lintWorkspace`: documents linted and what was found in them. */
export interface LintWorkspaceResponse {
  files: number;
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** The last lint of one open document: exactly what its diagnostics were made from. */
interface LintResult {
  version: number;
  doc: TextDocument;
  /** The name the engine knew the document by. */
  file: string;
  findings: Finding[];
  report: SetReport;
  uriOf: (file: string) => string;
  /** The set as linted, for fix-all (which re-lints between passes). */
  sources: SourceDocument[];
  config: EngineConfig;
  /** The text after fix-all, once asked for. */
  fixed?: string;
}

export class PolicyServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly results = new Map<string, LintResult>();
  /** URIs with diagnostics on screen, and the version they were published for (null: a file that is not open). */
  private readonly published = new Map<string, number | null>();
  /** Config files with an error diagnostic on screen. */
  private readonly configProblems = new Map<string, string>();
  private readonly debouncer = new Debouncer((uri) => this.runLint(uri));
  private readonly settingsCache = new Map<string, Promise<ClientSettings>>();
  /** Opened but not linted yet: the first lint runs at once, later ones after `lintDelay`. */
  private readonly justOpened = new Set<string>();
  private project = new PolicyProject();
  private folders: WorkspaceFolder[] = [];
  private globalSettings: ClientSettings = defaultSettings();
  private client = {
    pullSettings: false,
    versionedEdits: false,
    codeLensRefresh: false,
    folderEvents: false,
    resolvesEdits: false,
    dynamicWatchers: false,
    dynamicConfiguration: false,
    snippets: undefined as SnippetSupport | undefined,
    relatedInformation: false,
  };
  /** Bumped when config files or settings change; a lint that started before is dropped (a new one is queued). */
  private generation = 0;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection } = this;
    const log = connection.console;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(guardNotification(log, 'initialized', () => this.initialized()));
    connection.onDidChangeConfiguration(guardNotification(log, 'workspace/didChangeConfiguration', (params) => this.configurationChanged(params?.settings)));
    connection.onDidChangeWatchedFiles(guardNotification(log, 'workspace/didChangeWatchedFiles', (params) => this.watchedFilesChanged(params)));
    connection.onCodeAction(guardRequest(log, 'textDocument/codeAction', (params) => this.codeActions(params)));
    connection.onCodeActionResolve(guardRequest(log, 'codeAction/resolve', (action) => this.resolveCodeAction(action)));
    connection.onHover(guardRequest(log, 'textDocument/hover', (params) => this.hover(params)));
    connection.onCodeLens(guardRequest(log, 'textDocument/codeLens', (params) => this.codeLenses(params)));
    connection.onRequest(REPORT_REQUEST, guardRequest(log, REPORT_REQUEST, (params: unknown) => this.report(params)));
    connection.onRequest(LINT_WORKSPACE_REQUEST, guardRequest(log, LINT_WORKSPACE_REQUEST, () => this.lintWorkspace()));
    connection.onRequest(CLAUSES_REQUEST, guardRequest(log, CLAUSES_REQUEST, () => clauseList()));
    connection.onRequest(CLAUSE_REQUEST, guardRequest(log, CLAUSE_REQUEST, (params: unknown) => this.clause(params)));
    connection.onRequest(CREATE_CONFIG_REQUEST, guardRequest(log, CREATE_CONFIG_REQUEST, (params: unknown) => this.createConfig(params)));
    connection.onRequest(AUDIT_TARGET_REQUEST, guardRequest(log, AUDIT_TARGET_REQUEST, (params: unknown) => auditTarget(params)));
    connection.onRequest(AUDIT_REQUEST, guardRequest(log, AUDIT_REQUEST, (params: unknown, token) => audit(params, token)));
    connection.onRequest(DIFF_REQUEST, guardRequest(log, DIFF_REQUEST, (params: unknown) => this.diff(params)));

    this.documents.onDidOpen(guardNotification(log, 'textDocument/didOpen', (e) => void this.justOpened.add(e.document.uri)));
    // Fires for didOpen too (after onDidOpen), and for every didChange.
    this.documents.onDidChangeContent(guardNotification(log, 'textDocument/didChange', (e) => this.changed(e.document.uri)));
    this.documents.onDidClose(guardNotification(log, 'textDocument/didClose', (e) => this.closed(e.document.uri)));
    this.documents.listen(connection);
    connection.onShutdown(() => this.debouncer.dispose());
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const workspace = params?.capabilities?.workspace;
    this.client = {
      pullSettings: workspace?.configuration === true,
      versionedEdits: workspace?.workspaceEdit?.documentChanges === true,
      codeLensRefresh: workspace?.codeLens?.refreshSupport === true,
      folderEvents: workspace?.workspaceFolders === true,
      resolvesEdits: params?.capabilities?.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit') === true,
      dynamicWatchers: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      dynamicConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
      snippets: snippetSupport(params),
      relatedInformation: params?.capabilities?.textDocument?.publishDiagnostics?.relatedInformation === true,
    };
    this.folders = params?.workspaceFolders ?? (params?.rootUri ? [{ uri: params.rootUri, name: params.rootUri }] : []);
    const fromOptions = (params?.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (fromOptions !== undefined) this.useGlobalSettings(fromOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'fedipolicy', version: serverVersion },
    };
  }

  private async initialized(): Promise<void> {
    if (this.client.dynamicWatchers) await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHERS });
    if (this.client.dynamicConfiguration) await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'fedipolicy' });
    if (this.client.folderEvents) {
      this.connection.workspace.onDidChangeWorkspaceFolders(
        guardNotification(this.connection.console, 'workspace/didChangeWorkspaceFolders', (event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          this.folders = [...this.folders.filter((f) => !removed.has(f.uri)), ...event.added];
          this.settingsChanged();
        }),
      );
    }
  }

  // ---- settings ---------------------------------------------------------

  private useGlobalSettings(raw: unknown): void {
    const { settings, problems } = readSettings(raw);
    for (const problem of problems) this.connection.console.warn(problem);
    this.globalSettings = settings;
  }

  private configurationChanged(settings: unknown): void {
    // Push-style clients send the values; pull-style ones (VS Code) send null and are asked again.
    const section = (settings as { fedipolicy?: unknown } | null | undefined)?.fedipolicy;
    if (!this.client.pullSettings && section !== undefined) this.useGlobalSettings(section);
    this.settingsChanged();
  }

  private settingsChanged(): void {
    this.settingsCache.clear();
    this.generation++;
    this.relintOpenDocuments();
  }

  private folderOf(uri: string): WorkspaceFolder | undefined {
    let best: WorkspaceFolder | undefined;
    for (const folder of this.folders) {
      const base = folder.uri.endsWith('/') ? folder.uri : `${folder.uri}/`;
      if (uri.startsWith(base) && (!best || folder.uri.length > best.uri.length)) best = folder;
    }
    return best;
  }

  private folderPathOf(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    return folder ? pathOfUri(folder.uri) : undefined;
  }

  /** The `fedipolicy` settings for a document's workspace folder (asked once per folder until they change). */
  private settingsFor(uri: string): Promise<ClientSettings> {
    if (!this.client.pullSettings) return Promise.resolve(this.globalSettings);
    const scope = this.folderOf(uri)?.uri ?? '';
    let pending = this.settingsCache.get(scope);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration(scope ? { scopeUri: scope, section: 'fedipolicy' } : { section: 'fedipolicy' }).then(
        (raw: unknown) => {
          const { settings, problems } = readSettings(raw);
          for (const problem of problems) this.connection.console.warn(problem);
          return settings;
        },
        (error: unknown) => {
          this.connection.console.warn(`could not read the fedipolicy settings (${String(error)}); using the defaults`);
          return defaultSettings();
        },
      );
      this.settingsCache.set(scope, pending);
    }
    return pending;
  }

  // ---- linting ----------------------------------------------------------

  private async changed(uri: string): Promise<void> {
    if (this.justOpened.delete(uri)) {
      this.debouncer.schedule(uri, 0);
      return;
    }
    const { lintDelay } = await this.settingsFor(uri);
    this.debouncer.schedule(uri, lintDelay);
  }

  private relintOpenDocuments(): void {
    for (const doc of this.documents.all()) this.debouncer.schedule(doc.uri, 0);
  }

  private runLint(uri: string): void {
    this.lintOpenDocument(uri).catch((error: unknown) => {
      this.connection.console.error(`linting ${uri} failed: ${describeError(error)}`);
    });
  }

  /** Open buffers by path: the set planning reads these instead of the files on disk. */
  private buffersByPath(): { texts: Map<string, string>; docs: Map<string, TextDocument> } {
    const texts = new Map<string, string>();
    const docs = new Map<string, TextDocument>();
    for (const doc of this.documents.all()) {
      const path = pathOfUri(doc.uri);
      if (!path) continue;
      texts.set(path, doc.getText());
      docs.set(path, doc);
    }
    return { texts, docs };
  }

  /**
   * Lints the set of one open document and publishes diagnostics for every
   * open document of the set. Only the settings are awaited; reading the
   * buffers, planning, linting and publishing happen in one synchronous step,
   * so what is published always belongs to the buffers' current versions.
   */
  private async lintOpenDocument(uri: string): Promise<void> {
    const generation = this.generation;
    const settings = await this.settingsFor(uri);
    if (generation !== this.generation) return; // settings changed meanwhile: a newer lint is queued
    const doc = this.documents.get(uri);
    if (!doc) return;
    const path = pathOfUri(uri);
    const folder = this.folderPathOf(uri);
    if ((!DOCUMENT_LANGUAGES.has(doc.languageId) && !isDocumentPath(path ?? uri)) || !this.project.isPolicy(path, doc.getText(), settings.files, folder)) {
      this.forget(uri);
      return;
    }
    const buffers = this.buffersByPath();
    const planned: PlannedSets = path ? this.project.setOf(path, settings.perFile, buffers.texts) : this.untitledSet(doc, folder);
    this.showConfigProblems(planned.configErrors);
    // This document, and the other open policy documents of its set (an open
    // about.md that the globs do not name stays without diagnostics, as it
    // does when it is linted itself).
    const shows = (d: ProjectDocument, buffer: TextDocument | undefined) =>
      buffer !== undefined && (buffer.uri === uri || this.project.isPolicy(d.file, buffer.getText(), settings.files, this.folderPathOf(buffer.uri)));
    for (const set of planned.sets) this.lintAndPublish(set, buffers.docs, shows);
  }

  /** A document without a path (untitled) is a set of its own, with its workspace folder's config. */
  private untitledSet(doc: TextDocument, folder: string | undefined): PlannedSets {
    const { config, configErrors } = folder ? this.project.configFor(folder) : { config: defaultLoadedConfig(), configErrors: [] };
    return { sets: [{ id: doc.uri, config, documents: [{ file: doc.uri, text: doc.getText(), bom: false, target: true }] }], configErrors };
  }

  /**
   * Lints one set and publishes the findings of the documents `shows` picks
   * (the others still count for the set's requirements).
   */
  private lintAndPublish(set: PolicySet, buffers: Map<string, TextDocument>, shows: (doc: ProjectDocument, buffer: TextDocument | undefined) => boolean): Finding[] {
    const sources: SourceDocument[] = engineDocuments(set);
    const config = set.config.engine;
    const report = lintSet(sources, config);
    for (const entry of internalErrorLogs(report.findings)) this.connection.console.error(entry);
    const open = set.documents.map((d) => buffers.get(d.file) ?? this.documents.get(d.file));
    const uriByFile = new Map(set.documents.map((d, i) => [d.file, open[i]?.uri ?? uriOfPath(d.file)]));
    const uriOf = (file: string) => uriByFile.get(file) ?? uriOfPath(file);
    const published: Finding[] = [];
    set.documents.forEach((d, i) => {
      const buffer = open[i];
      if (!shows(d, buffer)) return;
      const doc = buffer ?? TextDocument.create(uriOf(d.file), 'markdown', 0, d.text);
      const findings = report.findings.filter((f) => f.file === d.file);
      published.push(...findings);
      if (buffer) this.results.set(buffer.uri, { version: buffer.version, doc: buffer, file: d.file, findings, report, uriOf, sources, config });
      this.publish(
        doc.uri,
        buffer?.version,
        findings.map((f) => toDiagnostic(f, doc, uriOf, this.client.relatedInformation)),
      );
    });
    if (this.client.codeLensRefresh) this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    return published;
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    const last = this.published.get(uri);
    // Never replace the diagnostics of a newer version with those of an older one.
    if (version !== undefined && typeof last === 'number' && version < last) return;
    this.published.set(uri, version ?? null);
    void this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** A document that is not (or no longer) a policy, or was closed: its diagnostics go away. */
  private forget(uri: string): void {
    this.results.delete(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private closed(uri: string): void {
    this.debouncer.cancel(uri);
    this.justOpened.delete(uri);
    const path = pathOfUri(uri);
    const setMates = this.documents.all().filter((doc) => path && this.results.get(doc.uri)?.report.documents.some((d) => d.file === path));
    this.forget(uri);
    // The other open documents of its set now see the file on disk instead of the buffer.
    for (const doc of setMates) this.debouncer.schedule(doc.uri, 0);
  }

  // ---- configuration files ----------------------------------------------

  private watchedFilesChanged(params: DidChangeWatchedFilesParams): void {
    const changes = Array.isArray(params?.changes) ? params.changes.filter((c) => typeof c?.uri === 'string') : [];
    if (changes.some((c) => CONFIG_FILE.test(c.uri))) {
      // Config files are read again; their error diagnostics come back if the error is still there.
      this.project = new PolicyProject();
      for (const file of this.configProblems.keys()) void this.connection.sendDiagnostics({ uri: uriOfPath(file), diagnostics: [] });
      this.configProblems.clear();
      this.settingsChanged();
      return;
    }
    // A policy file saved, created or deleted on disk may be in the set of an open document.
    if (changes.some((c) => isDocumentPath(c.uri) && !this.documents.get(c.uri))) this.relintOpenDocuments();
  }

  /** A config error as a diagnostic on the config file, at the offending key when it can be found. */
  private showConfigProblems(errors: ConfigError[]): void {
    for (const error of errors) {
      const message = `${error.key ? `${error.key}: ` : ''}${error.problem} (fedipolicy lints with the default configuration until this is fixed)`;
      if (this.configProblems.get(error.file) === message) continue;
      this.configProblems.set(error.file, message);
      const read = readText(error.file);
      const text = read.ok ? read.text : '';
      const doc = TextDocument.create(uriOfPath(error.file), 'plaintext', 0, text);
      const span = error.key ? locateKey(error.file, text, error.key) : undefined;
      const firstLineEnd = doc.positionAt(text.search(/\r?\n|\r|$/));
      const range = span ? { start: doc.positionAt(span.start), end: doc.positionAt(span.end) } : { start: { line: 0, character: 0 }, end: firstLineEnd };
      void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [problemDiagnostic(range, message, 'config-error')] });
    }
  }

  // ---- requests ---------------------------------------------------------

  /** The lint result for the buffer's current version, linting now if the debounced lint has not run yet. */
  private async freshResult(uri: string): Promise<LintResult | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const known = this.results.get(uri);
    if (known && known.version === doc.version) return known;
    this.debouncer.cancel(uri);
    await this.lintOpenDocument(uri);
    const fresh = this.results.get(uri);
    return fresh && fresh.version === this.documents.get(uri)?.version ? fresh : undefined;
  }

  private async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = documentUri(params);
    const range = params.range;
    if (!range || !isPosition(range.start) || !isPosition(range.end)) throw new BadParams('expected range: { start, end } positions');
    const only = params.context?.only;
    if (only !== undefined && !(Array.isArray(only) && only.every((k) => typeof k === 'string'))) throw new BadParams('context.only must be a list of kinds');
    const result = await this.freshResult(uri);
    if (!result) return [];
    return codeActions(range, {
      doc: result.doc,
      findings: result.findings,
      diagnostics: Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [],
      only,
      versionedEdits: this.client.versionedEdits,
      toDiagnostic: (f) => toDiagnostic(f, result.doc, result.uriOf, this.client.relatedInformation),
      fixedText: () => this.fixedText(result),
      resolveLater: this.client.resolvesEdits,
      snippets: this.client.snippets,
    });
  }

  /** The text `fedipolicy lint --fix` would write for this document (its set fixed together, pass after pass). */
  private fixedText(result: LintResult): string {
    result.fixed ??= fixSet(result.sources, result.config).get(result.file) ?? result.doc.getText();
    return result.fixed;
  }

  /** Fills in fix-all's edit, for the version the action was offered for. */
  private async resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    // A quick fix that inserts a snippet through the client's command has nothing to resolve (VS Code asks for every action without an edit).
    if (action?.command && !action.edit && action.title !== FIX_ALL_TITLE) return action;
    const data = action?.data as Partial<FixAllData> | undefined;
    if (action?.title !== FIX_ALL_TITLE || typeof data?.uri !== 'string' || typeof data.version !== 'number') {
      throw new BadParams('not a code action this server can resolve');
    }
    const result = await this.freshResult(data.uri);
    if (!result || result.version !== data.version) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed; ask for the code actions again');
    return resolveFixAll(action, { doc: result.doc, findings: result.findings, versionedEdits: this.client.versionedEdits, fixedText: () => this.fixedText(result) });
  }

  private async hover(params: { textDocument: { uri: string }; position: unknown }): Promise<Hover | null> {
    const uri = documentUri(params);
    if (!isPosition(params.position)) throw new BadParams('expected position: { line, character }');
    const result = await this.freshResult(uri);
    if (!result) return null;
    const offset = result.doc.offsetAt(params.position);
    const here = result.findings.filter((f) => f.start <= offset && offset <= f.end);
    const contents = hoverMarkdown(here);
    if (!contents) return null;
    return { contents, range: { start: result.doc.positionAt(here[0].start), end: result.doc.positionAt(here[0].end) } };
  }

  private async codeLenses(params: { textDocument: { uri: string } }): Promise<CodeLens[]> {
    const uri = documentUri(params);
    const result = await this.freshResult(uri);
    if (!result) return [];
    const top = { line: 0, character: 0 };
    return [{ range: { start: top, end: top }, command: { title: codeLensTitle(result.report), command: SHOW_REPORT_COMMAND, arguments: [uri] } }];
  }

  private async report(params: unknown): Promise<ReportResponse | null> {
    const uri = (params as { uri?: unknown } | null)?.uri;
    if (typeof uri !== 'string' || uri === '') throw new BadParams('expected { uri: string }');
    const result = await this.freshResult(uri);
    if (!result) return null;
    const folder = this.folderPathOf(uri);
    return { report: result.report, markdown: reportMarkdown(result.report, (file) => this.project.label(file, folder)) };
  }

  /** `fedipolicy/diff` {uri, ref?}: the document's set against a git revision, as Markdown (see diff-request.ts). */
  private async diff(params: unknown): Promise<DiffResponse | null> {
    const { uri, ref = DEFAULT_REF } = (params ?? {}) as { uri?: unknown; ref?: unknown };
    if (typeof uri !== 'string' || uri === '' || typeof ref !== 'string') throw new BadParams('expected { uri: string, ref?: string }');
    const result = await this.freshResult(uri);
    if (!result) return null;
    const path = pathOfUri(uri);
    if (!path) return { error: 'an unsaved (untitled) document has no git history; save it in a repository first' };
    const { perFile } = await this.settingsFor(uri);
    const folder = this.folderPathOf(uri);
    return diffAgainst(this.project, path, ref.trim() || DEFAULT_REF, perFile, this.buffersByPath().texts, (file) => this.project.label(file, folder));
  }

  /** `fedipolicy/clause` {ruleId, uri}: the clause filled from the `instance` block of the config that applies to the document. */
  private clause(params: unknown): { text: string } | null {
    const { ruleId, uri } = (params ?? {}) as { ruleId?: unknown; uri?: unknown };
    if (typeof ruleId !== 'string') throw new BadParams('expected { ruleId: string, uri?: string }');
    const path = typeof uri === 'string' ? pathOfUri(uri) : undefined;
    const dir = path ? dirname(path) : typeof uri === 'string' ? this.folderPathOf(uri) : undefined;
    // An HTML document gets the clause as HTML.
    const html = typeof uri === 'string' && (this.documents.get(uri)?.languageId === 'html' || /\.html?$/i.test(path ?? uri));
    return clauseText(ruleId, dir ? this.project.configFor(dir).config.engine.instance : {}, html);
  }

  /** `fedipolicy/createConfig` {folderUri}: what `fedipolicy init` writes. */
  private createConfig(params: unknown): CreateConfigResult {
    const folderUri = (params as { folderUri?: unknown } | null)?.folderUri;
    const folder = typeof folderUri === 'string' ? pathOfUri(folderUri) : undefined;
    if (!folder) return { created: false, message: 'expected { folderUri } naming a folder on disk' };
    return createConfigIn(folder);
  }

  private async lintWorkspace(): Promise<LintWorkspaceResponse> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    let files = 0;
    let findings = 0;
    for (const folder of this.folders) {
      const root = pathOfUri(folder.uri);
      if (!root) continue;
      const settings = await this.settingsFor(folder.uri);
      const buffers = this.buffersByPath();
      const planned = this.project.workspaceSets(root, settings.files, settings.perFile, buffers.texts);
      this.showConfigProblems(planned.configErrors);
      for (const set of planned.sets) {
        // The policy files found; the rest of their sets counts for requirements only, as with the CLI.
        files += set.documents.filter((d) => d.target).length;
        for (const finding of this.lintAndPublish(set, buffers.docs, (d) => d.target)) {
          findings++;
          counts[finding.severity]++;
        }
      }
    }
    return { files, findings, errors: counts.error, warnings: counts.warning, infos: counts.info };
  }
}
