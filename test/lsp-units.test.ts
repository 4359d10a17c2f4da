// The language server's pure pieces, without a process: settings, front
// matter, where config errors point, directive edits, fix-all edits, hovers.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, docsUrl, ruleById, type Finding } from '../server/engine/index';
import { disableFileEdit, disableLineEdit, fixAllEdits } from '../server/lsp/codeActions';
import { toDiagnostic } from '../server/lsp/diagnostics';
import { keyPathSegments, locateKey } from '../server/lsp/configLocation';
import { declaresFedipolicy, readFrontMatter } from '../server/lsp/frontMatter';
import { codeLensTitle, firstParagraph, hoverMarkdown, reportMarkdown } from '../server/lsp/report';
import { DEFAULT_POLICY_GLOBS, readSettings } from '../server/lsp/settings';

function finding(ruleId: string, start: number, end: number, fix?: Finding['fix']): Finding {
  return { file: 'p.md', ruleId, severity: 'warning', message: 'm', start, end, line: 1, column: 1, endLine: 1, endColumn: 1, ...(fix ? { fix } : {}) };
}

function apply(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('language server pieces', () => {
  describe('diagnostics', () => {
    it('carry the range of the finding\'s offsets, severity, rule id, docs link and the related places as locations', () => {
      const text = '# T\n\nMinimum age: 16.\n';
      const doc = TextDocument.create('file:///w/privacy.md', 'markdown', 3, text);
      const start = text.indexOf('16');
      const related = [{ file: '/w/terms.md', line: 4, column: 7, message: 'The terms say 13.' }, { file: '/w/about.md', line: 2, column: 1, endLine: 2, endColumn: 30, message: 'Mentions age.' }];
      const diagnostic = toDiagnostic({ ...finding('minimum-age', start, start + 2), severity: 'info', related }, doc, (file) => `file://${file}`, true);
      assert.deepEqual(diagnostic.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 15 } });
      assert.equal(diagnostic.severity, 3);
      assert.equal(diagnostic.code, 'minimum-age');
      assert.equal(diagnostic.source, 'fedipolicy');
      assert.equal(diagnostic.codeDescription?.href, docsUrl('minimum-age'));
      assert.deepEqual(diagnostic.relatedInformation, [
        { location: { uri: 'file:///w/terms.md', range: { start: { line: 3, character: 6 }, end: { line: 3, character: 6 } } }, message: 'The terms say 13.' },
        { location: { uri: 'file:///w/about.md', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 29 } } }, message: 'Mentions age.' },
      ]);
      const withoutCapability = toDiagnostic({ ...finding('minimum-age', start, start + 2), related }, doc, String, false);
      assert.equal(withoutCapability.relatedInformation, undefined, 'a client that cannot show related places gets none');
      const engineMade = toDiagnostic({ ...finding('input-too-large', 0, 0), severity: 'error' }, doc, String, true);
      assert.equal(engineMade.codeDescription, undefined, 'no docs page for findings that are not rules');
    });
  });

  describe('settings', () => {
    it('uses the defaults for missing values and for values of the wrong type, and says which', () => {
      assert.deepEqual(readSettings(undefined), { settings: { lintDelay: 250, files: [...DEFAULT_POLICY_GLOBS], perFile: false }, problems: [] });
      const { settings, problems } = readSettings({ lintDelay: -5, files: ['ok.md', 3], perFile: 'yes' });
      assert.deepEqual(settings, { lintDelay: 250, files: [...DEFAULT_POLICY_GLOBS], perFile: false });
      assert.equal(problems.length, 3);
      assert.deepEqual(readSettings({ lintDelay: 0, files: [' docs/*.md '], perFile: true }).settings, { lintDelay: 0, files: ['docs/*.md'], perFile: true });
      assert.equal(readSettings({ lintDelay: 1e9 }).settings.lintDelay, 10_000);
      assert.equal(readSettings('nonsense').problems.length, 1);
    });
  });

  describe('front matter', () => {
    it('finds where it ends and whether it has a top-level fedipolicy key', () => {
      assert.equal(readFrontMatter('---\na: 1\n---\n# T\n')?.end, '---\na: 1\n---\n'.length);
      assert.equal(readFrontMatter('# T\n---\na: 1\n---\n'), undefined);
      assert.equal(readFrontMatter('---\na: 1\n'), undefined, 'never closed');
      assert.ok(declaresFedipolicy('---\nfedipolicy:\n  kind: terms\n---\n# T'));
      assert.ok(declaresFedipolicy('---\r\nfedipolicy: true\r\n---\r\n'));
      assert.ok(!declaresFedipolicy('---\ntitle: about fedipolicy\n---\n'), 'the word in a value is not the key');
      assert.ok(!declaresFedipolicy('---\nnested:\n  fedipolicy: 1\n---\n'));
      assert.ok(!declaresFedipolicy('---\nfedipolicy: [unclosed\n---\n'), 'broken YAML');
      assert.ok(!declaresFedipolicy('# fedipolicy:\n'));
    });
  });

  describe('config error locations', () => {
    it('reads ConfigError keys as paths', () => {
      assert.deepEqual(keyPathSegments('rules.ip-retention'), ['rules', 'ip-retention']);
      assert.deepEqual(keyPathSegments('documents[0].kind'), ['documents', 0, 'kind']);
      assert.deepEqual(keyPathSegments('extends[2]'), ['extends', 2]);
    });

    it('points at the key in JSON (with comments) and YAML, or at the deepest part that exists', () => {
      const json = '{\n  // comment\n  "documents": [{ "files": "a.md", "kind": "poem" }],\n}';
      const kind = locateKey('.fedipolicy.jsonc', json, 'documents[0].kind')!;
      assert.equal(json.slice(kind.start, kind.end), '"kind"');
      const missing = locateKey('.fedipolicy.json', json, 'documents[0].set')!;
      assert.equal(json.slice(missing.start, missing.end), '{ "files": "a.md", "kind": "poem" }');
      const yaml = 'extends:\n  - fedipolicy:recommended\n  - ./missing.yaml\nrules:\n  ip-retention: [warning, {maxDays: x}]\n';
      const entry = locateKey('.fedipolicy.yml', yaml, 'extends[1]')!;
      assert.equal(yaml.slice(entry.start, entry.end), './missing.yaml');
      const rule = locateKey('.fedipolicy.yaml', yaml, 'rules.ip-retention[1].maxDays')!;
      assert.equal(yaml.slice(rule.start, rule.end), 'maxDays');
      assert.equal(locateKey('.fedipolicy.json', '{ broken', 'rules.x'), undefined);
      assert.equal(locateKey('.fedipolicy.json', '{}', 'rules.x'), undefined);
    });
  });

  describe('directive edits', () => {
    it('puts the line directive above the finding\'s line, with its indentation and line ending', () => {
      const text = '# T\r\n\r\n  - We keep logs forever.\r\n';
      const doc = TextDocument.create('file:///p.md', 'markdown', 1, text);
      const start = text.indexOf('forever');
      const edit = disableLineEdit(doc, finding('vague-retention', start, start + 7));
      assert.equal(apply(text, edit), '# T\r\n\r\n  <!-- fedipolicy-disable-next-line vague-retention -- reason: ... -->\r\n  - We keep logs forever.\r\n');
    });

    it('puts the file directive at the top, after front matter (also front matter that ends the file) and after a BOM', () => {
      const cases: [string, string][] = [
        ['# T\n', '<!-- fedipolicy-disable-file contact -- reason: ... -->\n# T\n'],
        ['---\nfedipolicy: {}\n---\n# T\n', '---\nfedipolicy: {}\n---\n<!-- fedipolicy-disable-file contact -- reason: ... -->\n# T\n'],
        ['---\nfedipolicy: {}\n---', '---\nfedipolicy: {}\n---\n<!-- fedipolicy-disable-file contact -- reason: ... -->\n'],
        ['\uFEFF# T\n', '\uFEFF<!-- fedipolicy-disable-file contact -- reason: ... -->\n# T\n'],
      ];
      for (const [before, after] of cases) {
        const doc = TextDocument.create('file:///p.md', 'markdown', 1, before);
        assert.equal(apply(before, disableFileEdit(doc, 'contact')), after);
      }
    });
  });

  describe('fix-all edits', () => {
    it('are the fixes applyFixes takes when one pass gives the fixed text, else one edit over the changed region', () => {
      const text = 'aaaa bbbb cccc';
      const fixes = [
        finding('contact', 0, 4, { title: 'x', edit: { start: 0, end: 4, text: 'AAAA' } }),
        finding('third-parties', 2, 6, { title: 'overlaps', edit: { start: 2, end: 6, text: '??' } }),
        finding('policy-changes', 10, 14, { title: 'y', edit: { start: 10, end: 14, text: 'CC' } }),
      ];
      const onePass = applyFixes(text, fixes.map((f) => f.fix!.edit));
      const edits = fixAllEdits(text, onePass, fixes);
      assert.deepEqual(edits, [fixes[0].fix!.edit, fixes[2].fix!.edit]);

      const twoPasses = 'AAAA bbbb CC\n## More\n';
      const [region] = fixAllEdits(text, twoPasses, fixes);
      assert.equal(apply(text, region), twoPasses);
      assert.deepEqual(fixAllEdits(text, text, fixes), []);
    });
  });

  describe('hover and report text', () => {
    it('explains one rule with its summary, the first paragraph of its docs and a link; many rules as a list', () => {
      const rule = ruleById('ip-retention')!;
      const one = hoverMarkdown([finding('ip-retention', 0, 1)])!.value;
      assert.ok(one.includes(rule.summary));
      assert.ok(one.includes(firstParagraph(rule.docs)));
      assert.ok(firstParagraph(rule.docs).length > 40 && !firstParagraph(rule.docs).startsWith('#'));
      assert.ok(one.includes(docsUrl('ip-retention')));
      const ids = ['contact', 'data-export', 'account-deletion', 'third-parties'];
      const many = hoverMarkdown(ids.map((id) => finding(id, 0, 1)))!.value;
      for (const id of ids) assert.ok(many.includes(`\`${id}\`**: ${ruleById(id)!.summary}`));
      assert.equal(hoverMarkdown([finding('internal-error', 0, 1)]), undefined);
    });

    it('counts requirements that apply, and escapes table cells in the Markdown report', () => {
      const report = {
        documents: [{ file: '/w/privacy.md', kind: 'privacy' as const, language: 'en' }],
        requirements: [
          { ruleId: 'contact', status: 'satisfied' as const, file: '/w/privacy.md', line: 3, evidence: 'Mail a | b' },
          { ruleId: 'data-export', status: 'missing' as const, file: '/w/privacy.md', line: 1, message: 'No export.' },
          { ruleId: 'covenant-backups', status: 'not-applicable' as const },
        ],
        findings: [],
      };
      assert.equal(codeLensTitle(report), 'Policy check: 1 of 2 requirements met');
      const markdown = reportMarkdown(report, (f) => f.replace('/w/', ''));
      assert.ok(markdown.startsWith('# Policy check: 1 of 2 requirements met\n'));
      assert.ok(markdown.includes('| **missing** | privacy.md:1 | No export. |'));
      assert.ok(markdown.includes('| met | privacy.md:3 | Mail a \\| b |'));
      assert.ok(markdown.indexOf('data-export') < markdown.indexOf('contact'), 'missing first');
    });
  });
});
