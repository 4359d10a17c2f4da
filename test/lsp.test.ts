// The language server as an editor sees it, spoken to with JSON-RPC: in this
// process, and as dist/server.js in a child process over stdio and node IPC
// where the process itself matters (the bundle, its transports, surviving bad input).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeActionResolveRequest,
  CodeLensRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { docsUrl, ruleById, type SetReport } from '../server/engine/index';
import { runAudit } from '../server/audit/run';
import type { AuditReport } from '../server/audit/report';
import { firstParagraph } from '../server/lsp/report';
import { CAPABILITIES, LspSession, SERVER, uriOf } from './lsp-harness';
import { cleanup, folder, ROOT, runCli } from './support/cli';
import { closeInstances, fixtureHandler, serve } from './support/fixture-instance';

const PRIVACY = [
  '# Privacy Policy',
  '',
  'We collect your e-mail address and username when you sign up.',
  '',
  '## Data retention',
  '',
  'We keep server logs as long as necessary.',
  '',
].join('\n');

const TERMS = ['# Terms of Service', '', 'You must be at least 16 years old to use this service.', ''].join('\n');

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const find = (p: PublishDiagnosticsParams, code: string) => p.diagnostics.find((d) => d.code === code);

function textAt(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  assert.equal(d.range.start.line, d.range.end.line, 'single-line range expected');
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

/** The edits of a code action on one document (versioned documentChanges, as requested). */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `one document change in ${action.title}`);
  const change = changes[0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
  assert.equal(change.textDocument.uri, uri);
  return change.edits;
}

/** (ruleId, line) pairs, as the CLI's JSON output and the server's diagnostics both give them. */
async function cliPairs(cwd: string, file: string, extra: string[] = []): Promise<string[]> {
  const run = await runCli(['lint', '--format', 'json', ...extra, file], { cwd });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const findings = JSON.parse(run.stdout) as { ruleId: string; line: number; file: string }[];
  return findings.map((f) => `${f.ruleId}@${f.line}`).sort();
}

function serverPairs(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line + 1}`).sort();
}

function assertNoServerErrors(session: LspSession): void {
  assert.deepEqual(
    session.logs.filter((l) => /failed|uncaught|unhandled/i.test(l)),
    [],
  );
}

describe('language server', function () {
  this.timeout(30_000);
  let session: LspSession | undefined;

  afterEach(async () => {
    await session?.stop();
    session = undefined;
    cleanup();
  });

  async function start(files: Record<string, string>, settings: Record<string, unknown> = {}, capabilities?: ClientCapabilities, transport?: 'stdio'): Promise<{ root: string; s: LspSession }> {
    const root = folder(files);
    session = await LspSession.start({ root, settings, capabilities, transport });
    return { root, s: session };
  }

  describe('diagnostics', () => {
    it('publishes findings with range, severity, source, rule id, docs link, and the document version (dist/server.js over stdio)', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY, 'terms.md': TERMS }, {}, undefined, 'stdio');
      const published = await s.open(join(root, 'privacy.md'));
      assert.equal(published.version, 1);
      const vague = find(published, 'vague-retention');
      assert.ok(vague, `vague-retention in ${codes(published).join(', ')}`);
      assert.equal(textAt(PRIVACY, vague), 'as long as necessary');
      assert.equal(vague.severity, DiagnosticSeverity.Warning);
      assert.equal(find(published, 'ip-retention')?.severity, DiagnosticSeverity.Error);
      assert.equal(find(published, 'account-migration')?.severity, DiagnosticSeverity.Information);
      // A missing requirement sits on the heading of the section where its clause belongs.
      assert.equal(textAt(PRIVACY, find(published, 'ip-retention')!), 'Data retention');
      for (const d of published.diagnostics) {
        assert.equal(d.source, 'fedipolicy');
        assert.equal(d.codeDescription?.href, docsUrl(String(d.code)));
      }
      assertNoServerErrors(s);
    });

    it('puts the sentence a missing finding almost read into relatedInformation when the client supports it, with the CLI\'s message', async () => {
      const policy = '# Privacy policy\n\n## Operations\n\nOur hosting company is also our backup provider.\n';
      const { root, s } = await start({ 'privacy.md': policy });
      const backups = find(await s.open(join(root, 'privacy.md')), 'covenant-backups');
      assert.ok(backups);
      const sentence = 'Our hosting company is also our backup provider.';
      assert.deepEqual(backups.relatedInformation, [
        {
          location: { uri: uriOf(join(root, 'privacy.md')), range: { start: { line: 4, character: 0 }, end: { line: 4, character: sentence.length } } },
          message: 'Mentions backups but was not read as stating what covenant-backups asks.',
        },
      ]);
      const cli = JSON.parse((await runCli(['lint', '--format', 'json', 'privacy.md'], { cwd: root })).stdout) as { ruleId: string; message: string }[];
      assert.equal(backups.message, cli.find((f) => f.ruleId === 'covenant-backups')!.message);
      assert.match(backups.message, /Line 5 mentions backups/);
      await session!.stop();
      const plain = await LspSession.start({ root, capabilities: { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, publishDiagnostics: { versionSupport: true } } } });
      session = plain;
      const without = find(await plain.open(join(root, 'privacy.md')), 'covenant-backups');
      assert.equal(without?.relatedInformation, undefined, 'no relatedInformation for a client without the capability');
      assert.equal(without?.message, backups.message, 'the message still names the line');
    });

    it('agrees with `fedipolicy lint --format json` on (rule id, line) for the same file', async () => {
      const examples = ['privacy-policy.md', 'terms-of-service.md', 'server-rules.md'];
      const files = Object.fromEntries(examples.map((name) => [name, readFileSync(join(ROOT, 'examples', name), 'utf8')]));
      const { root, s } = await start({ ...files, 'privacy.md': PRIVACY });
      for (const name of ['privacy-policy.md', 'terms-of-service.md']) {
        const published = await s.open(join(root, name));
        assert.ok(published.diagnostics.length > 0, `${name} has findings`);
        assert.deepEqual(serverPairs(published), await cliPairs(root, name), name);
      }
      // The same file in another folder (its own set), and with --per-file / fedipolicy.perFile.
      const own = folder({ 'privacy.md': PRIVACY });
      assert.deepEqual(serverPairs(await s.open(join(own, 'privacy.md'))), await cliPairs(own, 'privacy.md'));
    });

    it('lints the unsaved text of the buffer, not the file on disk', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY });
      const published = await s.open(join(root, 'privacy.md'), PRIVACY.replace('as long as necessary', 'for 30 days'));
      assert.ok(!codes(published).includes('vague-retention'));
    });

    it('never publishes an older version after a newer one, and ends with the last version', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY }, { lintDelay: 0 });
      const uri = uriOf(join(root, 'privacy.md'));
      await s.open(join(root, 'privacy.md'));
      const since = s.published.length;
      let last = 1;
      for (let i = 0; i < 40; i++) {
        // Alternately add and remove the vague phrase, so that consecutive versions differ in findings.
        const text = i % 2 === 0 ? PRIVACY.replace('as long as necessary', 'for 30 days') : PRIVACY;
        last = s.change(uri, [{ text }]);
      }
      const final = await s.waitFor(uri, (p) => p.version === last, since);
      const versions = s.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions in publish order: ${versions.join(',')}`);
      assert.equal(versions.at(-1), last);
      assert.ok(codes(final).includes('vague-retention'), 'the last text has the vague phrase');
    });

    it('a burst of edits with the default lint delay ends with diagnostics for the final text', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY });
      const uri = uriOf(join(root, 'privacy.md'));
      await s.open(join(root, 'privacy.md'));
      const since = s.published.length;
      let version = 1;
      // Typing "for 30 days." over "as long as necessary.", one step per didChange.
      for (const typed of ['for', 'for 30', 'for 30 days.']) {
        const end = s.text(uri).split('\n')[6].length;
        version = s.change(uri, [{ range: { start: { line: 6, character: 20 }, end: { line: 6, character: end } }, text: typed }]);
      }
      assert.equal(s.text(uri).split('\n')[6], 'We keep server logs for 30 days.');
      const final = await s.waitFor(uri, (p) => p.version === version, since);
      assert.ok(!codes(final).includes('vague-retention'));
      assert.ok(s.published.slice(since).every((p) => p.uri !== uri || p.version! <= version));
    });

    it('clears the diagnostics of a closed document', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY });
      const uri = uriOf(join(root, 'privacy.md'));
      await s.open(join(root, 'privacy.md'));
      const since = s.published.length;
      s.close(uri);
      const cleared = await s.waitFor(uri, () => true, since);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('lints Markdown whose front matter has a fedipolicy key, including untitled buffers; other Markdown is not a policy', async () => {
      const { root, s } = await start({ 'notes.md': PRIVACY });
      const front = `---\nfedipolicy:\n  kind: privacy\n---\n${PRIVACY}`;
      const untitled = 'untitled:Untitled-1';
      const since = s.published.length;
      s.openUri(untitled, front);
      const published = await s.waitFor(untitled, (p) => p.version === 1, since);
      assert.ok(codes(published).includes('vague-retention'));
      const named = await s.open(join(root, 'policy.md'), front);
      assert.ok(codes(named).includes('vague-retention'));
      // notes.md matches none of the globs and has no front matter: no report, no diagnostics.
      s.openUri(uriOf(join(root, 'notes.md')), PRIVACY);
      assert.equal(await s.connection.sendRequest('fedipolicy/report', { uri: uriOf(join(root, 'notes.md')) }), null);
      assert.ok(!s.published.some((p) => p.uri === uriOf(join(root, 'notes.md'))));
    });

    it('takes the policy globs from the fedipolicy.files setting', async () => {
      const { root, s } = await start({ 'datenschutz.md': PRIVACY }, { files: ['**/datenschutz.md'] });
      const published = await s.open(join(root, 'datenschutz.md'));
      assert.ok(codes(published).includes('vague-retention'));
      const other = await s.connection.sendRequest('fedipolicy/report', { uri: uriOf(join(root, 'privacy.md')) });
      assert.equal(other, null);
    });
  });

  describe('policy sets', () => {
    it('does not report in the privacy policy a requirement the terms meet, and re-lints it when the open terms change', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY, 'terms.md': TERMS, 'about.md': '# About\n\nTODO\n' });
      const privacyUri = uriOf(join(root, 'privacy.md'));
      const termsUri = uriOf(join(root, 'terms.md'));
      const aboutUri = uriOf(join(root, 'about.md'));
      s.openUri(aboutUri, '# About\n\nTODO\n');
      const first = await s.open(join(root, 'privacy.md'));
      assert.ok(!codes(first).includes('minimum-age'), 'the terms (on disk) state the minimum age');
      assert.ok(codes(first).includes('ip-retention'));

      await s.open(join(root, 'terms.md'));
      const since = s.published.length;
      // State the IP retention period in the (unsaved) terms buffer: the privacy policy no longer misses it.
      const version = s.change(termsUri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\nWe delete IP addresses after 30 days.\n' }]);
      const relinted = await s.waitFor(privacyUri, (p) => !codes(p).includes('ip-retention'), since);
      assert.equal(relinted.version, 1, 'published for the privacy buffer as it is');
      assert.ok(s.published.slice(since).some((p) => p.uri === termsUri && p.version === version));
      // about.md is in the set but not a policy by the globs: it is never given diagnostics.
      assert.equal(await s.connection.sendRequest('fedipolicy/report', { uri: aboutUri }), null);
      assert.ok(!s.published.some((p) => p.uri === aboutUri && p.diagnostics.length > 0));
    });

    it('with fedipolicy.perFile each document is its own set', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY, 'terms.md': TERMS });
      const uri = uriOf(join(root, 'privacy.md'));
      assert.ok(!codes(await s.open(join(root, 'privacy.md'))).includes('minimum-age'));
      const since = s.published.length;
      s.settings = { perFile: true };
      await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const perFile = await s.waitFor(uri, (p) => codes(p).includes('minimum-age'), since);
      assert.deepEqual(serverPairs(perFile), await cliPairs(root, 'privacy.md', ['--per-file']));
    });
  });

  describe('configuration files', () => {
    it('re-lints with new severities when .fedipolicy.json changes (didChangeWatchedFiles)', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY });
      const uri = uriOf(join(root, 'privacy.md'));
      const before = await s.open(join(root, 'privacy.md'));
      assert.equal(find(before, 'account-migration')?.severity, DiagnosticSeverity.Information);
      assert.ok(find(before, 'vague-retention'));

      const config = join(root, '.fedipolicy.json');
      writeFileSync(config, JSON.stringify({ rules: { 'account-migration': 'error', 'vague-retention': 'off' } }));
      const since = s.published.length;
      s.filesChanged([{ uri: uriOf(config), type: FileChangeType.Created }]);
      const after = await s.waitFor(uri, (p) => find(p, 'account-migration')?.severity === DiagnosticSeverity.Error, since);
      assert.ok(!find(after, 'vague-retention'));
      assert.equal(after.version, 1);
      assert.ok(s.registrations.some((r) => r.method === DidChangeWatchedFilesNotification.method), 'the server asked to watch config files');
    });

    it('shows a broken config as a diagnostic on the config file (at the key), lints with the defaults, and clears it once fixed', async () => {
      const configText = '{\n  "rules": {\n    "ip-retention": "warning",\n    "no-such-rule": "error"\n  }\n}\n';
      const { root, s } = await start({ 'privacy.md': PRIVACY, '.fedipolicy.json': configText });
      const configUri = uriOf(join(root, '.fedipolicy.json'));
      const since = s.published.length;
      const policy = await s.open(join(root, 'privacy.md'));
      assert.equal(find(policy, 'ip-retention')?.severity, DiagnosticSeverity.Error, 'the defaults apply while the config is broken');

      const shown = await s.waitFor(configUri, (p) => p.diagnostics.length === 1, since);
      const [problem] = shown.diagnostics;
      assert.equal(problem.severity, DiagnosticSeverity.Error);
      assert.equal(problem.source, 'fedipolicy');
      assert.match(problem.message, /no-such-rule/);
      assert.equal(problem.range.start.line, 3, 'on the line of the unknown rule id');
      assert.equal(textAt(configText, problem), '"no-such-rule"');

      // A syntax error has no key: it is shown on line 1.
      writeFileSync(join(root, '.fedipolicy.json'), '{ "rules": ');
      let mark = s.published.length;
      s.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
      const syntax = await s.waitFor(configUri, (p) => p.diagnostics.length === 1, mark);
      assert.equal(syntax.diagnostics[0].range.start.line, 0);
      assert.match(syntax.diagnostics[0].message, /invalid JSON/);

      writeFileSync(join(root, '.fedipolicy.json'), '{ "rules": { "ip-retention": "warning" } }\n');
      mark = s.published.length;
      s.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
      await s.waitFor(configUri, (p) => p.diagnostics.length === 0, mark);
      const fixed = await s.waitFor(uriOf(join(root, 'privacy.md')), (p) => find(p, 'ip-retention')?.severity === DiagnosticSeverity.Warning, mark);
      assert.ok(fixed);
      assert.ok(!s.published.slice(mark).some((p) => p.uri === configUri && p.diagnostics.length > 0));
    });

    it('finds the offending key in a YAML config', async () => {
      const yaml = 'rules:\n  ip-retention: warning\n  account-migration: loud\n';
      const { root, s } = await start({ 'privacy.md': PRIVACY, '.fedipolicy.yaml': yaml });
      const since = s.published.length;
      await s.open(join(root, 'privacy.md'));
      const shown = await s.waitFor(uriOf(join(root, '.fedipolicy.yaml')), (p) => p.diagnostics.length === 1, since);
      assert.equal(shown.diagnostics[0].range.start.line, 2);
      assert.equal(textAt(yaml, shown.diagnostics[0]), 'account-migration');
    });
  });

  describe('code actions', () => {
    async function actionsFor(s: LspSession, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
      const result = await s.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
      });
      return (result ?? []) as CodeAction[];
    }

    it('offers the finding\'s fix as the preferred quick fix; applying it removes the finding', async () => {
      // With the period configured, the inserted clause has no [INSERT ...] placeholder left.
      const config = JSON.stringify({ instance: { ipRetentionDays: 90 } });
      const { root, s } = await start({ 'privacy.md': PRIVACY, 'terms.md': TERMS, '.fedipolicy.json': config });
      const uri = uriOf(join(root, 'privacy.md'));
      const published = await s.open(join(root, 'privacy.md'));
      const diagnostic = find(published, 'ip-retention')!;
      const actions = await actionsFor(s, uri, diagnostic);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, `a preferred action among ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.kind, 'quickfix');
      assert.match(fix.title, /ip-retention/);
      assert.deepEqual(fix.diagnostics, [diagnostic]);
      const since = s.published.length;
      const version = s.applyEdits(uri, editsOf(fix, uri));
      const after = await s.waitFor(uri, (p) => p.version === version, since);
      assert.ok(!codes(after).includes('ip-retention'), `ip-retention gone: ${codes(after).join(', ')}`);
      assert.ok(!codes(after).includes('unfilled-placeholder'));
      assert.match(s.text(uri), /90 days|3 months/);
      assert.ok(s.text(uri).startsWith(PRIVACY.trimEnd()), 'the fix only inserts text');
    });

    it('"Disable RULE for this line" and "for this file" insert directives that silence the finding', async () => {
      const front = `---\nfedipolicy:\n  kind: privacy\n---\n`;
      const { root, s } = await start({ 'privacy.md': front + PRIVACY, 'terms.md': TERMS });
      const uri = uriOf(join(root, 'privacy.md'));
      const published = await s.open(join(root, 'privacy.md'));

      const vague = find(published, 'vague-retention')!;
      const lineAction = (await actionsFor(s, uri, vague)).find((a) => a.title === 'Disable vague-retention for this line');
      assert.ok(lineAction);
      let since = s.published.length;
      let version = s.applyEdits(uri, editsOf(lineAction, uri));
      const lines = s.text(uri).split('\n');
      const at = lines.indexOf('We keep server logs as long as necessary.');
      assert.equal(lines[at - 1], '<!-- fedipolicy-disable-next-line vague-retention -- reason: ... -->');
      let after = await s.waitFor(uri, (p) => p.version === version, since);
      assert.ok(!codes(after).includes('vague-retention'));

      const migration = find(after, 'account-migration')!;
      const fileAction = (await actionsFor(s, uri, migration)).find((a) => a.title === 'Disable account-migration for this file');
      assert.ok(fileAction);
      since = s.published.length;
      version = s.applyEdits(uri, editsOf(fileAction, uri));
      assert.ok(s.text(uri).startsWith(`${front}<!-- fedipolicy-disable-file account-migration -- reason: ... -->\n# Privacy Policy`), 'after the front matter');
      after = await s.waitFor(uri, (p) => p.version === version, since);
      assert.ok(!codes(after).includes('account-migration'));
      assert.ok(codes(after).includes('ip-retention'), 'other rules still report');
    });

    /** What `fedipolicy lint --fix privacy.md` writes in a copy of the files. */
    async function cliFixed(files: Record<string, string>): Promise<{ dir: string; text: string }> {
      const dir = folder(files);
      const run = await runCli(['lint', '--fix', '--format', 'json', 'privacy.md'], { cwd: dir });
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      return { dir, text: readFileSync(join(dir, 'privacy.md'), 'utf8') };
    }

    it('source.fixAll.fedipolicy makes the same text as `fedipolicy lint --fix`', async () => {
      const files = { 'privacy.md': PRIVACY, 'terms.md': TERMS };
      const { root, s } = await start(files);
      const uri = uriOf(join(root, 'privacy.md'));
      const published = await s.open(join(root, 'privacy.md'));
      const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.deepEqual(
        actions.map((a) => a.kind),
        ['source.fixAll.fedipolicy'],
      );
      const since = s.published.length;
      const version = s.applyEdits(uri, editsOf(actions[0], uri));
      const cli = await cliFixed(files);
      assert.notEqual(cli.text, PRIVACY);
      assert.equal(s.text(uri), cli.text);

      const after = await s.waitFor(uri, (p) => p.version === version, since);
      // Clauses that need no instance facts end their findings (others keep [INSERT ...] markers to fill in).
      assert.ok(codes(published).includes('account-migration') && !codes(after).includes('account-migration'), codes(after).join(', '));
      assert.deepEqual(serverPairs(after), await cliPairs(cli.dir, 'privacy.md'));
    });

    it('a client that resolves code actions gets fix-all without its edit, and the edit on codeAction/resolve', async () => {
      const files = { 'privacy.md': PRIVACY, 'terms.md': TERMS };
      const resolving: ClientCapabilities = {
        ...CAPABILITIES,
        textDocument: { ...CAPABILITIES.textDocument, codeAction: { ...CAPABILITIES.textDocument!.codeAction, resolveSupport: { properties: ['edit'] } } },
      };
      const { root, s } = await start(files, {}, resolving);
      const uri = uriOf(join(root, 'privacy.md'));
      const published = await s.open(join(root, 'privacy.md'));
      const vague = find(published, 'vague-retention')!;
      // The light bulb's request (no `only`): quick fixes with edits, fix-all without.
      const actions = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: vague.range, context: { diagnostics: [vague] } })) as CodeAction[];
      const fixAll = actions.find((a) => a.kind === 'source.fixAll.fedipolicy');
      assert.ok(fixAll && !fixAll.edit && fixAll.data, JSON.stringify(actions));
      assert.ok(actions.filter((a) => a.kind === 'quickfix').every((a) => a.edit));

      const resolved = (await s.connection.sendRequest(CodeActionResolveRequest.type, fixAll)) as CodeAction;
      s.applyEdits(uri, editsOf(resolved, uri));
      assert.equal(s.text(uri), (await cliFixed(files)).text);

      // Resolving the action offered for version 1 once the text is at version 2 is refused.
      await assert.rejects(s.connection.sendRequest(CodeActionResolveRequest.type, fixAll), (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, LSPErrorCodes.ContentModified);
        return true;
      });
      assertNoServerErrors(s);
    });

    it('asks no quick fixes of a range without findings, and answers for the current version after an edit', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY }, { lintDelay: 5000 });
      const uri = uriOf(join(root, 'privacy.md'));
      await s.open(join(root, 'privacy.md'));
      const empty = await s.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } },
        context: { diagnostics: [], only: ['quickfix'] },
      });
      assert.deepEqual(empty, []);
      // Insert a line at the top; the debounced lint has not run (5 s), the request lints the new version itself.
      s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Intro.\n' }]);
      const line = s.text(uri).split('\n').indexOf('We keep server logs as long as necessary.');
      const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line, character: 25 }, end: { line, character: 25 } },
        context: { diagnostics: [] },
      })) as CodeAction[];
      const disable = actions.find((a) => a.title === 'Disable vague-retention for this line');
      assert.ok(disable, actions.map((a) => a.title).join(' | '));
      const edit = (disable.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] });
      assert.equal(edit.textDocument.version, 2);
      assert.equal(edit.edits[0].range.start.line, line);
    });
  });

  describe('hover, code lens and report', () => {
    it('explains the rule on hover, counts requirements in a code lens, and answers fedipolicy/report', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY, 'terms.md': TERMS });
      const uri = uriOf(join(root, 'privacy.md'));
      const published = await s.open(join(root, 'privacy.md'));
      const vague = find(published, 'vague-retention')!;

      const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: vague.range.start });
      const value = (hover?.contents as MarkupContent).value;
      assert.equal((hover?.contents as MarkupContent).kind, 'markdown');
      assert.ok(value.includes(ruleById('vague-retention')!.summary), value);
      assert.ok(value.includes(firstParagraph(ruleById('vague-retention')!.docs)), 'the first paragraph of the rule docs');
      assert.ok(value.includes(docsUrl('vague-retention')));
      assert.deepEqual(hover?.range, vague.range);
      const nothing = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } });
      assert.equal(nothing, null);

      const cli = await runCli(['report', '--format', 'json', 'privacy.md'], { cwd: root });
      const cliSet = (JSON.parse(cli.stdout) as { sets: SetReport[] }).sets[0];
      const applicable = cliSet.requirements.filter((r) => r.status !== 'not-applicable');
      const met = applicable.filter((r) => r.status === 'satisfied').length;

      const lenses = await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      assert.equal(lenses?.length, 1);
      assert.equal(lenses![0].range.start.line, 0);
      assert.equal(lenses![0].command?.title, `Policy check: ${met} of ${applicable.length} requirements met`);
      assert.equal(lenses![0].command?.command, 'fedipolicy.showReport');
      assert.deepEqual(lenses![0].command?.arguments, [uri]);

      const report = (await s.connection.sendRequest('fedipolicy/report', { uri })) as { report: SetReport; markdown: string };
      assert.deepEqual(report.report.documents.map((d) => d.kind).sort(), ['privacy', 'terms']);
      assert.deepEqual(
        report.report.requirements.map((r) => `${r.ruleId}:${r.status}`).sort(),
        cliSet.requirements.map((r) => `${r.ruleId}:${r.status}`).sort(),
      );
      assert.ok(report.markdown.startsWith(`# Policy check: ${met} of ${applicable.length} requirements met`));
      assert.match(report.markdown, /\| \[`minimum-age`\]\([^)]+\) \| met \| terms\.md:3 \|/);
    });
  });

  describe('fedipolicy/lintWorkspace', () => {
    it('lints every policy file in the workspace folder (closed ones too) by set and publishes their diagnostics', async () => {
      const { root, s } = await start({
        'a/privacy.md': PRIVACY,
        'a/terms.md': TERMS,
        // Part of a/'s set for the CLI too (named like a policy), but not named by fedipolicy.files: no diagnostics of its own.
        'a/about.md': '# About\n\nTODO\n',
        'b/privacy-policy.md': PRIVACY,
        'c/notes.md': PRIVACY,
        'c/policy.md': `---\nfedipolicy: {kind: privacy}\n---\n${PRIVACY}`,
        'node_modules/x/privacy.md': PRIVACY,
      });
      const since = s.published.length;
      const result = (await s.connection.sendRequest('fedipolicy/lintWorkspace')) as { files: number; findings: number; errors: number; warnings: number; infos: number };
      const published = s.published.slice(since).filter((p) => !p.uri.endsWith('.json'));
      const uris = published.map((p) => p.uri).sort();
      assert.deepEqual(uris, ['a/privacy.md', 'a/terms.md', 'b/privacy-policy.md', 'c/policy.md'].map((f) => uriOf(join(root, f))));
      assert.equal(result.files, 4);
      const all = published.flatMap((p) => p.diagnostics);
      assert.equal(result.findings, all.length);
      assert.equal(result.errors + result.warnings + result.infos, all.length);
      assert.equal(result.errors, all.filter((d) => d.severity === DiagnosticSeverity.Error).length);
      assert.ok(published.every((p) => p.version === undefined), 'closed files have no version');
      // The same pairs as the CLI for each set.
      const aPrivacy = published.find((p) => p.uri === uriOf(join(root, 'a/privacy.md')))!;
      assert.ok(!codes(aPrivacy).includes('minimum-age'), 'linted with a/terms.md');
      assert.deepEqual(serverPairs(aPrivacy), await cliPairs(join(root, 'a'), 'privacy.md'));
    });
  });

  describe('fedipolicy/audit (the client\'s audit command)', () => {
    afterEach(closeInstances);
    type AuditAnswer = { report: AuditReport; html: string } | { error: string } | { cancelled: true };

    it('audits an instance as `fedipolicy audit` does and answers the report with its HTML card', async () => {
      const instance = await serve(fixtureHandler('no-terms'));
      const { s } = await start({ 'privacy.md': PRIVACY });
      const answer = (await s.connection.sendRequest('fedipolicy/audit', { target: instance.origin, allowHttp: true })) as AuditAnswer;
      assert.ok('report' in answer, JSON.stringify(answer));
      const { report: direct } = await runAudit(instance.origin, { allowHttp: true });
      // As JSON, the way it crossed the wire.
      const withoutTime = (r: AuditReport) => JSON.parse(JSON.stringify({ ...r, auditedAt: undefined })) as unknown;
      assert.deepEqual(withoutTime(answer.report), withoutTime(direct));
      assert.notEqual(answer.report.grade.grade, 'A', 'an instance without terms is graded down');
      assert.match(answer.html, /^<!DOCTYPE html>/);
      assert.ok(answer.html.includes(answer.report.instance.domain));
    });

    it('answers failures the person can act on as an error message, and refuses http unless allowed', async () => {
      const refused = await serve(fixtureHandler('complete'));
      await refused.close();
      const { s } = await start({ 'privacy.md': PRIVACY });
      const down = (await s.connection.sendRequest('fedipolicy/audit', { target: refused.origin, allowHttp: true })) as AuditAnswer;
      assert.ok('error' in down && /refused/i.test(down.error), JSON.stringify(down));
      const insecure = (await s.connection.sendRequest('fedipolicy/audit', { target: refused.origin })) as AuditAnswer;
      assert.ok('error' in insecure && /http/.test(insecure.error), JSON.stringify(insecure));
      await assert.rejects(s.connection.sendRequest('fedipolicy/audit', { domain: 'x' }), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams);
    });

    it('stops the requests in flight when the client cancels', async () => {
      const silent = await serve(() => undefined); // never answers
      const { s } = await start({ 'privacy.md': PRIVACY });
      const source = new CancellationTokenSource();
      const pending = s.connection.sendRequest('fedipolicy/audit', { target: silent.origin, allowHttp: true }, source.token);
      await new Promise((resolve) => setTimeout(resolve, 300));
      source.cancel();
      const started = Date.now();
      const answer = (await pending) as AuditAnswer;
      assert.deepEqual(answer, { cancelled: true });
      assert.ok(Date.now() - started < 5000, 'well before the 20 s timeout');
    });

    it('checks a target for the input box (fedipolicy/auditTarget)', async () => {
      const { s } = await start({ 'privacy.md': PRIVACY });
      const problem = async (target: string) => ((await s.connection.sendRequest('fedipolicy/auditTarget', { target })) as { problem: string | null }).problem;
      assert.equal(await problem('mastodon.example'), null);
      assert.equal(await problem('https://mastodon.example/about'), null);
      assert.match((await problem('http://mastodon.example')) ?? '', /https only/);
      assert.match((await problem('not a domain')) ?? '', /not a domain/);
    });
  });

  describe('robustness', () => {
    it('answers malformed requests and unknown methods with errors, survives bad notifications, and keeps working (dist/server.js over stdio)', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY }, {}, undefined, 'stdio');
      const uri = uriOf(join(root, 'privacy.md'));
      const expectError = async (method: string, params: unknown, code: number) => {
        await assert.rejects(s.connection.sendRequest(method, params), (error: unknown) => {
          assert.ok(error instanceof ResponseError, String(error));
          assert.equal(error.code, code, `${method}: ${error.message}`);
          return true;
        });
      };
      await expectError('textDocument/codeAction', { garbage: true }, ErrorCodes.InvalidParams);
      await expectError('textDocument/codeAction', { textDocument: { uri }, range: 'everything', context: {} }, ErrorCodes.InvalidParams);
      await expectError('textDocument/hover', { textDocument: { uri: 42 } }, ErrorCodes.InvalidParams);
      await expectError('fedipolicy/report', [1, 2, 3], ErrorCodes.InvalidParams);
      await expectError('fedipolicy/noSuchMethod', {}, ErrorCodes.MethodNotFound);
      // Notifications have no answer; they must not take the server down.
      await s.connection.sendNotification(DidOpenTextDocumentNotification.method, { nonsense: true });
      await s.connection.sendNotification(DidChangeWatchedFilesNotification.method, { changes: 'all of them' });
      await s.connection.sendNotification(DidChangeConfigurationNotification.method, 17);

      const published = await s.open(join(root, 'privacy.md'));
      assert.ok(codes(published).includes('vague-retention'));
      const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: find(published, 'vague-retention')!.range.start });
      assert.ok(hover);
      assert.equal(s.exitCode, null, 'still running');
    });

    it('survives bad settings (falls back to the defaults) and a policy that is not valid Markdown-ish text', async () => {
      const { root, s } = await start({ 'privacy.md': PRIVACY }, { lintDelay: 'soon', files: 'privacy.md', perFile: 'yes' });
      const published = await s.open(join(root, 'privacy.md'));
      assert.ok(codes(published).includes('vague-retention'));
      assert.ok(s.logs.some((l) => l.includes('fedipolicy.lintDelay')), 'the ignored setting is logged');
      const weird = await s.open(join(root, 'terms.md'), '\u0000\uFFFF<<<>>>```\n|||\n---\n'.repeat(200));
      assert.equal(weird.version, 1);
      assertNoServerErrors(s);
    });

    it('works over node IPC (--node-ipc) as the VS Code client starts it', async () => {
      const root = folder({ 'privacy.md': PRIVACY });
      session = await LspSession.start({ root, transport: 'node-ipc' });
      const published = await session.open(join(root, 'privacy.md'));
      assert.ok(codes(published).includes('vague-retention'));
    });

    it('refuses to start without a transport argument, with a clear message', () => {
      const direct = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10_000 });
      assert.equal(direct.status, 2);
      assert.match(direct.stderr, /--stdio/);
    });
  });
});
