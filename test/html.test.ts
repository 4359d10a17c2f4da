// Policies written in HTML (.html files, and HTML blocks of Markdown): read
// with the verdicts the same words get in Markdown, positions in the original
// file, comments/scripts/styles left out, broken HTML still read, and fixes
// that insert HTML. Every policy here is made up for these tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { CodeActionRequest, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { clauseAsHtml, defaultConfig, fixSet, lintSet, type EngineConfig, type SetReport } from '../server/engine';
import { buildModel, MAX_LINE_LENGTH, sourceOffset } from '../server/engine/model';
import { alignText, blockToSource, LONE_COMMENT, MAX_HTML_NESTING, readHtml } from '../server/engine/html';
import { clauseText } from '../server/lsp/clause-request';
import { LspSession, uriOf } from './lsp-harness';
import { cleanup, folder, runCli } from './support/cli';

const config = (over: Partial<EngineConfig> = {}): EngineConfig => ({ ...defaultConfig(), ...over });
const lint = (file: string, text: string, over: Partial<EngineConfig> = {}) => lintSet([{ file, text, kind: 'privacy' }], config(over));
const requirement = (report: SetReport, id: string) => report.requirements.find((r) => r.ruleId === id);
const statuses = (report: SetReport) => Object.fromEntries(report.requirements.map((r) => [r.ruleId, `${r.status}${r.value ? ` ${JSON.stringify(r.value)}` : ''}`]));

/** 1-based line and column of an offset, counted here independently of the engine. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The requirement's evidence starts where `words` start in the file. */
function assertEvidenceAt(report: SetReport, id: string, text: string, words: string): void {
  const found = requirement(report, id);
  assert.equal(found?.status, 'satisfied', `${id}: ${JSON.stringify(found)}`);
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  assert.deepEqual({ line: found!.line, column: found!.column }, lineColumn(text, at), `${id} evidence position`);
}

const HARBOUR_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Privacy at Harbour Social: we sell your data</title>
  <style>.note::after { content: "We keep IP addresses forever."; }</style>
</head>
<body>
  <div class="policy">
    <h1>Privacy policy of harbour.example</h1>
    <h2>What we collect</h2>
    <p>When you register, we ask for your <strong>e-mail address</strong> and a username of your choice.</p>
    <p>We collect the following when you use the site:</p>
    <ul>
      <li>the IP address your requests come from</li>
      <li>your browser&rsquo;s user agent</li>
    </ul>
    <h2>How long we keep it</h2>
    <p>IP addresses are deleted after 90&nbsp;days &amp; never shared.</p>
    <h2>Contact</h2>
    <p>Questions? Write to <a href="mailto:privacy&#64;harbour.example">privacy&#64;harbour.example</a>.</p>
  </div>
  <script>document.write("We do not collect your e-mail address.");</script>
</body>
</html>
`;

/** The same policy in Markdown: the verdicts must be the same. */
const HARBOUR_MD = `# Privacy policy of harbour.example

## What we collect

When you register, we ask for your **e-mail address** and a username of your choice.

We collect the following when you use the site:

- the IP address your requests come from
- your browser’s user agent

## How long we keep it

IP addresses are deleted after 90 days & never shared.

## Contact

Questions? Write to [privacy@harbour.example](mailto:privacy@harbour.example).
`;

describe('HTML policies: reading', () => {
  it('an HTML policy gets the verdicts (and values) its Markdown twin gets', () => {
    const html = lint('privacy.html', HARBOUR_HTML);
    const markdown = lint('privacy.md', HARBOUR_MD);
    assert.deepEqual(statuses(html), statuses(markdown));
    for (const id of ['collects-email', 'collects-username', 'collects-ip-address', 'collects-user-agent', 'ip-retention', 'contact']) {
      assert.equal(requirement(html, id)?.status, 'satisfied', id);
    }
    assert.deepEqual(requirement(html, 'ip-retention')?.value, { days: 90 });
  });

  it('evidence and findings point at the words in the HTML file', () => {
    const report = lint('privacy.html', HARBOUR_HTML);
    assertEvidenceAt(report, 'collects-email', HARBOUR_HTML, 'When you register');
    assertEvidenceAt(report, 'collects-ip-address', HARBOUR_HTML, 'the IP address your requests');
    assertEvidenceAt(report, 'ip-retention', HARBOUR_HTML, 'IP addresses are deleted');
    // A missing requirement sits on the heading of its section, not on the tag.
    const missing = report.findings.find((f) => f.ruleId === 'login-retention')!;
    assert.equal(HARBOUR_HTML.slice(missing.start, missing.end), 'How long we keep it');
    assert.deepEqual({ line: missing.line, column: missing.column }, lineColumn(HARBOUR_HTML, HARBOUR_HTML.indexOf('How long we keep it')));
  });

  it('reads headings as sections, <li> as list items under their lead-in, <tr> as rows, <p> and <div> as paragraphs', () => {
    const text = '<h2>Data</h2>\n<div>We collect:<ul><li>your e-mail address</li><li>a username <ol><li>shown publicly</li></ol></li></ul></div>\n<h3>Kept</h3><table><thead><tr><th>What</th><th>How long</th></tr></thead><tbody><tr><td>IP</td><td>1 year</td></tr></tbody></table><p>First. Second.</p>';
    const model = buildModel('privacy.html', text);
    assert.deepEqual(model.units.map((u) => [u.kind, u.text]), [
      ['heading', 'Data'],
      ['sentence', 'We collect:'],
      ['sentence', 'your e-mail address'],
      ['sentence', 'a username'],
      ['sentence', 'shown publicly'],
      ['heading', 'Kept'],
      ['row', 'What; How long'],
      ['row', 'IP; 1 year'],
      ['sentence', 'First.'],
      ['sentence', 'Second.'],
    ]);
    const item = model.units.find((u) => u.text === 'your e-mail address')!;
    assert.ok(item.inList);
    assert.equal(item.leadIn, 'We collect:');
    assert.equal(model.units.find((u) => u.text === 'shown publicly')!.leadIn, 'a username');
    assert.equal(model.units.find((u) => u.text === 'IP; 1 year')!.leadIn, 'What; How long');
    const kept = model.sections.find((s) => s.heading?.text === 'Kept')!;
    assert.equal(kept.depth, 3);
    assert.equal(kept.parent?.heading?.text, 'Data');
    for (const unit of model.units) assert.equal(text.slice(unit.start, unit.start + 2), unit.raw.slice(0, 2), unit.text);
  });

  it('reads inline tags and character references as text, each character at its place in the file', () => {
    const text = '<p>We keep <em>your</em> e&#8209;mail&nbsp;address &amp; caf&eacute; orders &lt;forever&gt;.</p>';
    const unit = buildModel('privacy.html', text).units[0];
    assert.equal(unit.text, 'We keep your e\u2011mail address & café orders <forever>.');
    assert.equal(text.slice(unit.start, unit.end), 'We keep <em>your</em> e&#8209;mail&nbsp;address &amp; caf&eacute; orders &lt;forever&gt;.');
    const at = (word: string) => text.slice(sourceOffset(unit, unit.text.indexOf(word)), sourceOffset(unit, unit.text.indexOf(word)) + 6);
    assert.equal(at('your'), 'your</');
    assert.equal(at('& caf'), '&amp; ');
    assert.equal(at('é'), '&eacut');
    assert.equal(at('orders'), 'orders');
  });

  it('aligns parsed text with its source across CRLF, references and tags the parser dropped', () => {
    const source = 'a&amp;b\r\nc</span>d';
    assert.deepEqual(alignText('a&b\ncd', source, 0, source.length), [0, 1, 6, 8, 9, 17]);
    // A Markdown block's value lost the list indentation its lines have in the file.
    const file = '- item\n\n  <p>one\n  two</p>\n';
    const toSource = blockToSource('<p>one\ntwo</p>', file, file.indexOf('<p>'), file.length - 1);
    assert.equal(file[toSource('<p>one\n'.length)], 't');
  });

  it('leaves out comments, scripts, styles, the <head> and attributes', () => {
    const text = `<html><head><title>We collect your e-mail address</title><meta name="description" content="We collect your e-mail address"></head><body>
<h1>Privacy</h1>
<!-- We collect your e-mail address. -->
<script>const note = "We collect your e-mail address.";</script>
<style>p::before { content: "We collect your e-mail address." }</style>
<p><img alt="We collect your e-mail address" src="x.png"><a title="We collect your e-mail address" href="#">Home</a></p>
</body></html>`;
    const report = lint('privacy.html', text);
    assert.equal(requirement(report, 'collects-email')?.status, 'missing');
    assert.deepEqual(buildModel('privacy.html', text).units.map((u) => u.text), ['Privacy', 'Home']);
  });

  it('an HTML block that is one comment is read without parse5 only when parse5 reads it as that one comment', () => {
    // Every string of up to 4 characters that the tokenizer treats specially in a comment (or not) between the markers.
    const alphabet = ['-', '!', '<', '>', 'a', ' ', '\n', '\r', '\0', 'é'];
    let inner = [''];
    const all = [''];
    for (let length = 1; length <= 4; length++) {
      inner = inner.flatMap((s) => alphabet.map((c) => s + c));
      all.push(...inner);
    }
    const accepted: string[] = [];
    for (const s of all) {
      for (const html of [`<!--${s}-->`, `<!--${s}`, `<!${s}>`, `<!-- x -->${s}`]) {
        if (!LONE_COMMENT.test(html)) continue;
        accepted.push(html);
        const children = parseFragment(html, { sourceCodeLocationInfo: true }).childNodes;
        assert.equal(children.length, 1, JSON.stringify(html));
        assert.equal(children[0].nodeName, '#comment', JSON.stringify(html));
        assert.deepEqual([children[0].sourceCodeLocation?.startOffset, children[0].sourceCodeLocation?.endOffset], [0, html.length], JSON.stringify(html));
        const at = (offset: number) => offset + 7;
        assert.deepEqual(readHtml(html, { document: false, toSource: at }), {
          nodes: [{ type: 'comment', value: html, position: { start: { offset: 7 }, end: { offset: html.length + 7 } } }],
          end: html.length + 7,
        });
      }
    }
    for (const html of ['<!---->', '<!-- a -->', '<!---a-->', '<!--a!-->', '<!-- x -->', '<!-- é\n -->']) assert.ok(accepted.includes(html), html);
    for (const html of ['<!-->', '<!--->', '<!--a--->', '<!--a--!>', '<!--<!---->', '<!-- x -->\n', '<!--\r\n-->', '<!-- x --> ']) assert.ok(!LONE_COMMENT.test(html), html);
  });

  it('near misses stay misses in HTML: negated, asked, or a mention without collecting', () => {
    for (const sentence of ['We do <strong>not</strong> ask for your e-mail address.', 'Do we store your e-mail address?', 'We send you <em>emails</em> about new features.']) {
      const report = lint('privacy.html', `<h1>Privacy</h1>\n<p>${sentence}</p>`);
      assert.equal(requirement(report, 'collects-email')?.status, 'missing', sentence);
    }
    const report = lint('privacy.html', '<h1>Privacy</h1>\n<p>We ask for your e-mail address when you sign up.</p>');
    assert.equal(requirement(report, 'collects-email')?.status, 'satisfied');
  });

  it('reads the HTML blocks of a Markdown file, HTML indented under a tag included, with Markdown around them', () => {
    const text = `# Privacy

<div class="intro">
<h2>What we collect</h2>

    <p>When you sign up we ask for your e-mail address.</p>
    <ul>
        <li>Your IP address</li>
    </ul>
</div>

## Retention

We delete IP addresses after **30 days**.

<!-- fedipolicy-disable-next-line vague-retention -->
<p>Other data is kept as long as necessary.</p>

    We keep your password forever.
`;
    const model = buildModel('privacy.md', text);
    assert.deepEqual(model.units.map((u) => u.text), [
      'Privacy',
      'What we collect',
      'When you sign up we ask for your e-mail address.',
      'Your IP address',
      'Retention',
      'We delete IP addresses after 30 days.',
      'Other data is kept as long as necessary.',
    ]);
    assert.equal(model.sections.find((s) => s.heading?.text === 'What we collect')?.depth, 2);
    const report = lint('privacy.md', text);
    assertEvidenceAt(report, 'collects-email', text, 'When you sign up');
    assertEvidenceAt(report, 'collects-ip-address', text, 'Your IP address');
    // The directive in the HTML comment holds.
    assert.ok(!report.findings.some((f) => f.ruleId === 'vague-retention'), JSON.stringify(report.findings.map((f) => f.ruleId)));
    assert.ok(lint('privacy.md', text.replace('<!-- fedipolicy-disable-next-line vague-retention -->\n', '')).findings.some((f) => f.ruleId === 'vague-retention'));
  });

  it('takes a document that opens with a doctype as HTML whatever its name', () => {
    const text = '<!DOCTYPE html>\n<h1>Privacy</h1>\n<p>We ask for your e-mail address when you sign up.</p>\n';
    assert.equal(requirement(lint('policy.txt', text), 'collects-email')?.status, 'satisfied');
    assert.deepEqual(buildModel('privacy.md', '# Privacy\n\nSee <b>below</b>.\n').units.map((u) => u.text), ['Privacy', 'See below.']);
  });

  it('broken HTML (unclosed tags, stray end tags, a truncated file) gives findings, never a crash', () => {
    const broken = [
      '<h1>Privacy</h2><p>We ask for your e-mail address</div></span> when you sign up.<ul><li>Your IP address<li>Your user agent',
      '<h2>Data</h2><p>We keep logs for <b>90 days</p></b><table><td>IP<td>1 year</tr></table><p',
      '<h1>Privacy</h1><p>We collect your e-mail address <a href="mailto:x',
      `${'<div>'.repeat(3000)}<p>We ask for your e-mail address.</p>`,
      '<h1>Privacy</h1>&amp &#xZZ; &unknown; &#0; <![CDATA[ x ]]> <? y ?> </> <p>text\u0000</p>',
    ];
    for (const text of broken) {
      const report = lint('privacy.html', text);
      assert.ok(report.findings.length > 0, text.slice(0, 40));
      for (const f of report.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.ruleId} ${f.start}-${f.end}`);
    }
    // Nested deeper than the parser can take in reasonable time: said, not parsed.
    const deep = lint('privacy.html', `${'<div>'.repeat(MAX_HTML_NESTING + 1)}<p>We ask for your e-mail address.</p>`);
    assert.deepEqual(deep.findings.map((f) => f.ruleId), ['input-too-large']);
    assert.match(deep.findings[0].message, /nests HTML elements more than 1000 levels deep/);
    // Unclosed paragraphs and list items do not nest, and a long line is no limit for HTML.
    const flat = `<h1>Privacy</h1>${'<p>We ask for your e-mail address when you sign up.<li>An item'.repeat(3000)}`;
    assert.ok(flat.length > MAX_LINE_LENGTH && !flat.includes('\n'));
    assert.equal(requirement(lint('privacy.html', flat), 'collects-email')?.status, 'satisfied');
    const first = lint('privacy.html', broken[0]);
    assert.equal(requirement(first, 'collects-email')?.status, 'satisfied');
    assert.equal(requirement(first, 'collects-ip-address')?.status, 'satisfied');
  });
});

const HARBOUR_INSTANCE = { domain: 'harbour.example', name: 'Harbour Social', loginRetentionDays: 180 };

describe('HTML policies: fixes', () => {
  it('a clause under an HTML heading is inserted as a <p> after the HTML of that section', () => {
    const report = lint('privacy.html', HARBOUR_HTML);
    const fix = report.findings.find((f) => f.ruleId === 'login-retention')?.fix;
    assert.ok(fix, 'login-retention has a fix');
    assert.match(fix.edit.text, /^\n {4}<p>We keep your login history for no longer than \[INSERT [^<]*\], then delete it\.<\/p>$/);
    // Right after the paragraph of "How long we keep it", before the next heading.
    const paragraphEnd = HARBOUR_HTML.indexOf('never shared.</p>') + 'never shared.</p>'.length;
    assert.equal(fix.edit.start, paragraphEnd);
    assert.equal(fix.edit.end, paragraphEnd);
  });

  it('a document in HTML gets a new section as HTML, and fix-all keeps it well-formed', () => {
    const fixed = fixSet([{ file: 'privacy.html', text: HARBOUR_HTML, kind: 'privacy' }], config({ instance: HARBOUR_INSTANCE })).get('privacy.html');
    assert.ok(fixed);
    // Nothing of Markdown went in.
    assert.doesNotMatch(fixed, /^\s*(?:#{1,6} |[-*] )/m);
    // Only whole lines went in: the original lines are all there, in their order.
    const lines = fixed.split('\n');
    let at = 0;
    for (const line of HARBOUR_HTML.split('\n')) {
      at = lines.indexOf(line, at);
      assert.ok(at >= 0, `kept: ${line}`);
      at++;
    }
    assert.ok(fixed.endsWith('  <script>document.write("We do not collect your e-mail address.");</script>\n</body>\n</html>\n'));
    // Every inserted block is a whole element: the fixed document parses to the same elements written out again.
    const tags = (html: string) => (html.match(/<\/?[a-z0-9]+/g) ?? []).length;
    const body = fixed.slice(fixed.indexOf('<div class="policy">'), fixed.indexOf('</div>') + 6);
    const parsed = parseFragment(body);
    assert.equal(parsed.childNodes.length, 1, 'the policy stays in its one <div>');
    assert.equal(tags(body) % 2, 0);
    // The fixed document satisfies what it was missing, and fixing it again changes nothing.
    const after = lint('privacy.html', fixed, { instance: HARBOUR_INSTANCE });
    assert.equal(requirement(after, 'login-retention')?.status, 'satisfied');
    assert.deepEqual(requirement(after, 'login-retention')?.value, { days: 180 });
    assert.equal(requirement(after, 'account-migration')?.status, 'satisfied');
    assert.equal(fixSet([{ file: 'privacy.html', text: fixed, kind: 'privacy' }], config({ instance: HARBOUR_INSTANCE })).size, 0);
    const heading = /\n {4}<h2>[^<]+<\/h2>\n {4}<p>/.exec(fixed);
    assert.ok(heading, 'a new section is an <h2> followed by a <p>, indented like the policy');
  });

  it('clauses are escaped as HTML; a clause with Markdown that has no HTML here is not offered', () => {
    assert.deepEqual(clauseAsHtml('Write to **us** at [our page](https://x.example/?a=1&b=2) or <admin@x.example> & wait.'), [
      '<p>Write to <strong>us</strong> at <a href="https://x.example/?a=1&amp;b=2">our page</a> or &lt;admin@x.example&gt; &amp; wait.</p>',
    ]);
    assert.deepEqual(clauseAsHtml('One.\n\nTwo.'), ['<p>One.</p>', '<p>Two.</p>']);
    assert.equal(clauseAsHtml('We collect:\n\n- your e-mail address'), undefined);
    assert.equal(clauseAsHtml('It is *really* kept.'), undefined);
    assert.equal(clauseText('login-retention', {}, true)?.text.startsWith('<p>We keep your login history'), true);
    assert.equal(clauseText('login-retention', {}, false)?.text.startsWith('We keep your login history'), true);
  });

  it('a rule\'s replacement keeps the markup around it, and is not offered over a tag', () => {
    const notice = (period: string) => `<h1>Privacy</h1>\n<h2>Closing the server</h2>\n<p>If we shut down, we will give you at least ${period} of notice.</p>`;
    const plain = lint('privacy.html', notice('1&nbsp;month'));
    const short = plain.findings.find((f) => f.ruleId === 'covenant-shutdown-notice' && f.fix);
    assert.ok(short, JSON.stringify(plain.findings.map((f) => f.ruleId)));
    assert.equal(notice('1&nbsp;month').slice(short.start, short.end), '1&nbsp;month');
    const tagged = lint('privacy.html', notice('<b>1</b> month'));
    const finding = tagged.findings.find((f) => f.ruleId === 'covenant-shutdown-notice' && f.severity && f.start > 0 && f.message.includes('shorter'));
    assert.ok(finding, 'still reported');
    assert.equal(finding.fix, undefined);
  });
});

describe('HTML policies: the CLI and the language server find them', function () {
  this.timeout(60_000);
  let session: LspSession | undefined;
  afterEach(async () => {
    await session?.stop();
    session = undefined;
    cleanup();
  });

  it('the CLI lints privacy.html in a folder like privacy.md, and --fix writes HTML', async () => {
    const dir = folder({ 'privacy.html': HARBOUR_HTML, 'photos.html': '<p>not a policy</p>' });
    const run = await runCli(['lint', '--format', 'json'], { cwd: dir });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file));
    assert.deepEqual([...files], ['privacy.html']);
    const fixed = await runCli(['lint', '--fix', 'privacy.html'], { cwd: dir });
    assert.ok(fixed.status === 0 || fixed.status === 1, fixed.stderr);
    const text = readFileSync(join(dir, 'privacy.html'), 'utf8');
    assert.match(text, /<p>We keep your login history/);
    assert.doesNotMatch(text, /^#/m);
  });

  it('the language server publishes diagnostics for an HTML document and offers HTML quick fixes', async () => {
    const root = folder({ 'privacy.html': HARBOUR_HTML });
    session = await LspSession.start({ root });
    const path = join(root, 'privacy.html');
    const published = await session.open(path, HARBOUR_HTML, 'html');
    const login = published.diagnostics.find((d) => d.code === 'login-retention');
    assert.ok(login, JSON.stringify(published.diagnostics.map((d) => d.code)));
    assert.equal(login.range.start.line + 1, lineColumn(HARBOUR_HTML, HARBOUR_HTML.indexOf('How long we keep it')).line);
    const uri = uriOf(path);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: login.range, context: { diagnostics: [login] } })) as CodeAction[];
    const quick = actions.find((a) => a.kind === 'quickfix' && a.title.includes('login-retention'));
    assert.ok(quick?.edit, JSON.stringify(actions.map((a) => a.title)));
    const edits: TextEdit[] = quick.edit.changes?.[uri] ?? (quick.edit.documentChanges?.[0] as { edits: TextEdit[] } | undefined)?.edits ?? [];
    assert.ok(edits.length > 0 && edits.every((e) => e.newText.includes('<p>') && !/^\s*#/m.test(e.newText)), JSON.stringify(edits));
  });
});
