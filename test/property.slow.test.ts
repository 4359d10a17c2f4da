// Property tests (fast-check): random Markdown and random edit sequences.
// - The language server, fed the edits as incremental changes, never crashes,
//   and after each sequence its diagnostics equal those of a fresh document
//   with the final text.
// - Parsing a long document section by section gives the same model as
//   parsing it whole.
// - Rules that remember what they read in a unit (unit-memory.ts) lint a
//   document edited many times as they lint it from scratch.
// - Every fix changes only the range it names; the admin's text outside the
//   fixed ranges is kept, in order.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, defaultConfig, fixSet, forgetTexts, lintDocument, type Edit } from '../server/engine';
import { buildModel, forgetParsedPieces } from '../server/engine/model';
import { allRules } from '../server/engine/registry';
import { LspSession, uriOf } from './lsp-harness';

const WORDS = [
  'we', 'collect', 'store', 'keep', 'delete', 'your', 'email', 'address', 'IP', 'addresses', 'username', 'password', 'for', '30', 'days',
  'months', 'not', 'never', 'do', 'sell', 'data', 'backups', 'moderators', 'admins', 'can', 'read', 'direct', 'messages', 'AI', 'training',
  'scraping', 'is', 'prohibited', 'export', 'account', 'move', 'age', '16', 'years', 'old', 'contact', 'admin@example.social', 'https://example.social/about',
  'e.g.', 'i.e.', 'Müller', 'données', '個人情報', '😀', '[INSERT date]', '{{domain}}', 'and', 'or', 'the', 'a',
];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(' ')}${ws.length % 3 === 0 ? '?' : '.'}`);
const inline = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 1, arbitrary: sentence.map((s) => `**${s}**`) },
  { weight: 1, arbitrary: sentence.map((s) => `_${s}_ \`code\``) },
  { weight: 1, arbitrary: sentence.map((s) => `[${s}](https://example.social/x)`) },
);
const block = fc.oneof(
  { weight: 4, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), sentence).map(([d, s]) => `${'#'.repeat(d)} ${s}`) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((ss) => ss.map((s, i) => `${'  '.repeat(i % 2)}- ${s}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 2, maxLength: 4 }).map((ss) => `| What | Kept |\n| --- | --- |\n${ss.map((s) => `| ${s} | 3 months |`).join('\n')}`) },
  // Tables that are cut between rows when long (every row, at the tiny section size below), and shapes where such a cut must not hold.
  { weight: 1, arbitrary: fc.tuple(fc.array(inline, { minLength: 1, maxLength: 8 }), fc.constantFrom('', '- item\n', 'text\n', '> ', '  ', '1. '), fc.constantFrom('', 'lazy words', '> quoted', '- listed', '| --- | --- |', '|')).map(([ss, before, after]) => `${before}| What | Kept |\n${before.startsWith('>') ? '> ' : ''}|:--|--:|\n${ss.map((s, i) => [`| ${s} | 3 months |`, `|\t${s}\t|| extra |  `, `| ${s} |`, `|${s}|`, `${s} | 3 months`][i % 5]).join('\n')}${after ? `\n${after}` : ''}`) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- fedipolicy-disable contact -- tested -->', '<!-- fedipolicy-disable-next-line -->', '<!-- a comment\n# not a heading\n-->', '<div>\n# inside html\n</div>', '---') },
);
const markdown = fc
  .tuple(fc.boolean(), fc.array(block, { minLength: 0, maxLength: 14 }), fc.constantFrom('\n', '\r\n'))
  .map(([frontMatter, blocks, eol]) => `${frontMatter ? '---\nfedipolicy:\n  kind: privacy\n---\n\n' : ''}${blocks.join('\n\n')}\n`.replace(/\n/g, eol));

/** An edit as fractions of the text, so that it applies to whatever text it meets. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 40 }), insert: fc.oneof(fc.constant(''), block, word.map((w) => ` ${w}`), fc.constantFrom('\n', '\r\n', '# ', '- ', '|', '```', '😀', '\u0000')) });

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function comparable(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`).sort();
}

describe('property: the language server under random edits', function () {
  this.timeout(300_000);
  let root: string;
  let session: LspSession;
  let counter = 0;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'fedipolicy-property-'));
    session = await LspSession.start({ root, settings: { lintDelay: 0 }, transport: 'stdio' });
  });
  after(async () => {
    await session.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('never crashes, and ends with the diagnostics of a fresh document holding the final text', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, fc.array(edit, { minLength: 1, maxLength: 12 }), async (initial, edits) => {
        const n = counter++;
        // Each document in a folder of its own: a policy set of one.
        const edited = join(root, `edited-${n}`, 'privacy-policy.md');
        const fresh = join(root, `fresh-${n}`, 'privacy-policy.md');
        mkdirSync(join(root, `edited-${n}`));
        mkdirSync(join(root, `fresh-${n}`));
        await session.open(edited, initial);
        const uri = uriOf(edited);
        let version = 1;
        for (const e of edits) {
          const text = session.text(uri);
          // Never split a CRLF or a surrogate pair: an editor would not.
          let start = Math.floor(e.at * text.length);
          while (start > 0 && (text[start - 1] === '\r' || /[\uD800-\uDBFF]/.test(text[start - 1]))) start--;
          let end = Math.min(text.length, start + e.remove);
          while (end < text.length && (text[end - 1] === '\r' || /[\uD800-\uDBFF]/.test(text[end - 1]))) end++;
          version = session.change(uri, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: e.insert }]);
        }
        const last = await session.waitFor(uri, (p) => p.version === version, 0, 60_000);
        const final = session.text(uri);
        const reference = await session.open(fresh, final);
        assert.deepEqual(comparable(last.diagnostics), comparable(reference.diagnostics));
        assert.equal(session.exitCode, null, 'the server is still running');
        session.close(uri);
        session.close(uriOf(fresh));
      }),
      { numRuns: 25, seed: 20261126, endOnFailure: true },
    );
  });
});

describe('property: lint after edits', function () {
  this.timeout(300_000);
  const config = defaultConfig();
  // Several sections of about 1 KB: at the real section size, an edit leaves most pieces (and their blocks' units) as they were.
  const long = fc.array(markdown, { minLength: 6, maxLength: 10 }).map((parts) => parts.join('\n## Section\n\n'));

  it('a lint after random edits, reusing what earlier lints read, equals a lint of the same text read from scratch', () => {
    fc.assert(
      fc.property(long, fc.array(edit, { minLength: 1, maxLength: 5 }), (initial, edits) => {
        let text = initial;
        for (const e of edits) {
          lintDocument({ file: 'privacy-policy.md', text }, config);
          const start = Math.floor(e.at * text.length);
          text = text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.remove));
          const warm = lintDocument({ file: 'privacy-policy.md', text }, config);
          forgetTexts();
          assert.deepEqual(warm, lintDocument({ file: 'privacy-policy.md', text }, config));
        }
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});

describe('property: what rules read in a unit, remembered across lints', function () {
  this.timeout(300_000);
  const config = defaultConfig();
  // The rules' own examples (statements, near misses, questions, tables, lists) as blocks, so that the rules find what
  // they look for; and the context they read around a unit: headings (some of them questions), lead-ins, answers.
  const examples = [...new Set(allRules().flatMap((r) => [...r.examples.pass, ...r.examples.near]))];
  const example = fc.constantFrom(...examples);
  const context = fc.constantFrom(
    '## Do we keep your IP address?', '## How long do we keep server logs?', '# Privacy', '## Data we collect', '### Direct messages', '## Changes to this policy', '#',
    '### Account', '#### Details', '- your e-mail address\n- your IP address', '| E-mail address | Yes |',
    'We collect:', 'We never do the following:', 'No.', 'Yes, we store it.', 'It is deleted after 30 days.', 'Retention period: 2 years', '| Data | Kept for |\n| --- | --- |\n| IP addresses | 9 months |',
  );
  const block = fc.oneof({ weight: 3, arbitrary: example }, { weight: 2, arbitrary: context }, { weight: 1, arbitrary: fc.array(example, { minLength: 1, maxLength: 3 }).map((xs) => xs.map((x) => `- ${x.replace(/\n+/g, ' ')}`).join('\n')) });
  const document = fc.array(block, { minLength: 3, maxLength: 16 }).map((blocks) => `${blocks.join('\n\n')}\n`);
  const change = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.integer({ min: 0, max: 60 }),
    insert: fc.oneof(block.map((b) => `\n\n${b}\n\n`), fc.constantFrom('', ' data', '?', '\n', '\n\n', '# ', '## ', '- ', 'No. ', ' not', '|', ':')),
  });

  it('reads a unit again when what frames it changes: a heading above its own, its lead-in, the question before it', () => {
    const cases: [string, string][] = [
      ['## Data we collect\n\nSome words.\n\n### Account\n\n- your e-mail address\n', '## Cookies\n\nSome words.\n\n### Account\n\n- your e-mail address\n'],
      ['# Privacy\n\nWe collect:\n\n- your e-mail address\n', '# Privacy\n\nWe like:\n\n- your e-mail address\n'],
      ['## Do we keep your IP address?\n\nYes, we store it.\n', '## Do we keep your username?\n\nYes, we store it.\n'],
      ['## Logs\n\nDo we keep your IP address?\n\nYes, it is stored for 30 days.\n', '## Logs\n\nDo we keep your e-mail address?\n\nYes, it is stored for 30 days.\n'],
    ];
    for (const [before, after] of cases) {
      forgetTexts();
      lintDocument({ file: 'privacy-policy.md', text: before }, config);
      const warm = lintDocument({ file: 'privacy-policy.md', text: after }, config);
      forgetTexts();
      const scratch = lintDocument({ file: 'privacy-policy.md', text: after }, config);
      assert.deepEqual(warm, scratch, after);
      // The change is one a rule sees (else this case would test nothing).
      assert.notDeepEqual(lintDocument({ file: 'privacy-policy.md', text: before }, config).requirements, scratch.requirements, after);
    }
  });

  it('a document edited many times lints, with every reading remembered from the lints before, as it lints from scratch', () => {
    fc.assert(
      fc.property(document, fc.array(change, { minLength: 1, maxLength: 8 }), (initial, changes) => {
        forgetTexts();
        const versions = [initial];
        for (const c of changes) {
          const text = versions[versions.length - 1];
          const start = Math.floor(c.at * text.length);
          versions.push(text.slice(0, start) + c.insert + text.slice(Math.min(text.length, start + c.remove)));
        }
        // Every version linted in turn, each lint reusing what the ones before read; then each again from scratch.
        const warm = versions.map((text) => lintDocument({ file: 'privacy-policy.md', text }, config));
        versions.forEach((text, i) => {
          forgetTexts();
          assert.deepEqual(warm[i], lintDocument({ file: 'privacy-policy.md', text }, config), `version ${i}`);
        });
      }),
      { numRuns: 80, seed: 29 },
    );
  });
});

describe('property: parsing in sections', function () {
  this.timeout(120_000);
  const summary = (m: ReturnType<typeof buildModel>) =>
    JSON.stringify({
      units: m.units.map((u) => [u.kind, u.text, u.raw, u.sourceRuns, u.start, u.end, u.leadIn, u.inList, u.links, u.section.start, u.blockStart?.index, u.index, u.previous?.index]),
      sections: m.sections.map((s) => [s.depth, s.start, s.end, s.heading?.index, s.parent?.start]),
      directives: m.directives,
      frontMatter: m.frontMatter,
      bodyStart: m.bodyStart,
    });

  it('after an edit, a model that reuses the blocks read before equals one read from scratch', () => {
    fc.assert(
      fc.property(markdown, markdown, fc.array(edit, { minLength: 1, maxLength: 4 }), (a, b, edits) => {
        let text = `${a}\n${b}`;
        for (const e of edits) {
          // A tiny section size makes every heading and table row a place to cut, so that most pieces outlive an edit.
          buildModel('p.md', text, 1);
          const start = Math.floor(e.at * text.length);
          text = text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.remove));
          const reused = summary(buildModel('p.md', text, 1));
          forgetParsedPieces();
          assert.equal(reused, summary(buildModel('p.md', text, 1)));
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('a document parsed section by section has the same model as parsed whole', () => {
    fc.assert(
      fc.property(markdown, markdown, (a, b) => {
        const text = `${a}\n${b}`;
        // A tiny section size makes every heading a place to cut.
        assert.equal(summary(buildModel('p.md', text, 1)), summary(buildModel('p.md', text, Number.POSITIVE_INFINITY)));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('property: fixes change only what they name', function () {
  this.timeout(120_000);
  const config = defaultConfig();

  /** The text outside the edits' ranges, in order. */
  const outside = (text: string, edits: Edit[]): string[] => {
    const parts: string[] = [];
    let at = 0;
    for (const e of [...edits].sort((x, y) => x.start - y.start)) {
      parts.push(text.slice(at, e.start));
      at = Math.max(at, e.end);
    }
    parts.push(text.slice(at));
    return parts;
  };

  it('each fix replaces exactly its range; all fixes together keep the text outside their ranges', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const findings = lintDocument({ file: 'privacy-policy.md', text }, config).findings.filter((f) => f.fix);
        for (const f of findings) {
          const { start, end } = f.fix!.edit;
          assert.ok(start >= 0 && start <= end && end <= text.length, `${f.ruleId}: range ${start}-${end} inside the text`);
          const fixed = applyEdits(text, [f.fix!.edit]).text;
          assert.equal(fixed, text.slice(0, start) + f.fix!.edit.text + text.slice(end), `${f.ruleId}: only its range changes`);
        }
        const { text: all, applied } = applyEdits(text, findings.map((f) => f.fix!.edit));
        let from = 0;
        for (const part of outside(text, applied)) {
          const found = all.indexOf(part, from);
          assert.ok(found >= 0, 'text outside the fixed ranges is kept, in order');
          from = found + part.length;
        }
        // fix-all (--fix and the editor's fix-all) keeps every character of the original when its fixes only insert.
        if (findings.every((f) => f.fix!.edit.start === f.fix!.edit.end)) {
          const fixedAll = fixSet([{ file: 'privacy-policy.md', text }], config).get('privacy-policy.md') ?? text;
          let at = 0;
          for (const ch of text) {
            const found = fixedAll.indexOf(ch, at);
            assert.ok(found >= 0, 'fix-all removed none of the original text');
            at = found + ch.length;
          }
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
