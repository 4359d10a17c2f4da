// Quick fixes whose clause still lacks a value insert it as a snippet: each
// [INSERT ...] marker is a tab stop, for clients that announce snippet edits
// (LSP 3.18) or a snippet command (the VS Code client); others get plain text.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CodeActionRequest, type ClientCapabilities, type CodeAction } from 'vscode-languageserver-protocol/node';
import { snippetOf } from '../server/lsp/codeActions';
import { CAPABILITIES, LspSession, uriOf } from './lsp-harness';
import { cleanup, folder } from './support/cli';

// The name and domain are stated; no retention period is, so the clauses keep a marker for it.
const PRIVACY = '# Privacy policy\n\nTidepool (tidepool.social) stores your posts.\n\n## Data retention\n\nWe care about your data.\n';

async function quickFix(options: { capabilities?: ClientCapabilities; initializationOptions?: Record<string, unknown> }): Promise<{ action: CodeAction; uri: string; s: LspSession }> {
  const root = folder({ 'privacy.md': PRIVACY });
  const s = await LspSession.start({ root, ...options });
  sessions.push(s);
  const uri = uriOf(join(root, 'privacy.md'));
  const published = await s.open(join(root, 'privacy.md'));
  const diagnostic = published.diagnostics.find((d) => d.code === 'ip-retention');
  assert.ok(diagnostic, JSON.stringify(published.diagnostics.map((d) => d.code)));
  const actions = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as CodeAction[];
  const action = actions.find((a) => a.isPreferred);
  assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
  return { action, uri, s };
}

const sessions: LspSession[] = [];

describe('lsp: quick fixes with tab stops', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.stop()));
  });
  after(cleanup);

  it('a client with LSP 3.18 snippet edit support gets a SnippetTextEdit whose markers are tab stops', async () => {
    const capabilities: ClientCapabilities = { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } as never } };
    const { action, uri } = await quickFix({ capabilities });
    const change = action.edit?.documentChanges?.[0] as { textDocument: { uri: string }; edits: { snippet?: { kind: string; value: string }; newText?: string }[] };
    assert.equal(change.textDocument.uri, uri);
    const [edit] = change.edits;
    assert.equal(edit.newText, undefined);
    assert.equal(edit.snippet?.kind, 'snippet');
    assert.match(edit.snippet!.value, /for no longer than \$\{1:\[INSERT how long IP addresses are kept, e\.g\. 12 months\]\}, then delete them\./);
  });

  it('the VS Code client gets a command that inserts the snippet (the editor makes the tab stops)', async () => {
    const { action, uri } = await quickFix({ initializationOptions: { snippetCommand: 'fedipolicy.insertSnippet' } });
    assert.equal(action.edit, undefined);
    assert.equal(action.command?.command, 'fedipolicy.insertSnippet');
    const [target, version, range, snippet] = action.command!.arguments as [string, number, { start: { line: number } }, string];
    assert.equal(target, uri);
    assert.equal(version, 1);
    assert.equal(range.start.line, 6);
    assert.match(snippet, /\$\{1:\[INSERT how long IP addresses are kept, e\.g\. 12 months\]\}/);
  });

  it('other clients get the plain text, markers included', async () => {
    const { action } = await quickFix({});
    assert.equal(action.command, undefined);
    const change = action.edit?.documentChanges?.[0] as { edits: { newText: string }[] };
    assert.match(change.edits[0].newText, /for no longer than \[INSERT how long IP addresses are kept, e\.g\. 12 months\], then delete them\./);
  });

  it('snippetOf numbers the markers, escapes the rest, and leaves text without markers alone', () => {
    assert.equal(snippetOf('No markers, $5 {x}.'), undefined);
    assert.equal(
      snippetOf('Costs $5 \\ {a} at [INSERT your server\'s domain], kept [INSERT how long] }.'),
      'Costs \\$5 \\\\ {a\\} at ${1:[INSERT your server\'s domain]}, kept ${2:[INSERT how long]} \\}.',
    );
  });
});
