// Input meant to break the linter: every case gets a clear outcome (an exit
// code and a one-line message, or findings) and never a crash or a stack
// trace. How long each takes is measured by `npm run bench`, not here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHostileCases } from '../bench/hostile-inputs';
import { ConfigResolver } from '../server/config';
import { defaultConfig, lintDocument } from '../server/engine';
import { internalErrorLogs } from '../server/lsp/diagnostics';
import { buildSets, InputError, readText } from '../server/project';
import { CLI } from './support/cli';

describe('hostile input: the CLI', function () {
  this.timeout(200_000);
  const root = mkdtempSync(join(tmpdir(), 'fedipolicy-hostile-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const { dir, case: c } of writeHostileCases(root)) {
    it(`${c.name}: exit ${c.exit}`, () => {
      // Not runCli: a loaded machine may need more than its 60 s for 100,000 headings, and 1 MB of output more than its buffer.
      const child = spawnSync(process.execPath, [CLI, 'lint', ...c.args], { cwd: dir, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1' } });
      const run = { status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
      assert.equal(run.status, c.exit, `${run.stdout.slice(0, 500)}\n${run.stderr}`);
      assert.match(c.exit === 2 ? run.stderr : run.stdout, c.says);
      assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
      if (c.exit === 2) assert.equal(run.stderr.trim().split('\n').length, 1, `one line: ${run.stderr}`);
    });
  }
});

describe('hostile input: the engine', function () {
  this.timeout(120_000);
  const config = defaultConfig();
  const lint = (text: string, extra: Partial<typeof config> = {}) => lintDocument({ file: 'privacy.md', text }, { ...config, ...extra });

  it('lists and quotes nested thousands deep give one input-too-large finding, without parsing', () => {
    for (const text of ['- '.repeat(10_000) + 'x', '>'.repeat(10_000) + ' x', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')]) {
      const report = lint(text);
      assert.deepEqual(report.findings.map((f) => f.ruleId), ['input-too-large']);
      assert.match(report.findings[0].message, /nests lists or block quotes/);
    }
  });

  it('ordinary nesting (a few levels) is linted as before', () => {
    const report = lint('# Privacy\n\n- We collect:\n  - your email address\n    - and nothing else\n\n> > We collect your username.\n');
    assert.ok(!report.findings.some((f) => f.ruleId === 'input-too-large' || f.ruleId === 'internal-error'));
  });

  it('a document over maxDocumentSize is one input-too-large finding', () => {
    const report = lint('We collect your email address. '.repeat(100), { maxDocumentSize: 1000 });
    assert.deepEqual(report.findings.map((f) => f.ruleId), ['input-too-large']);
  });

  it('empty text, only front matter, only whitespace and NUL-free control characters lint without throwing', () => {
    for (const text of ['', '---\ntitle: x\n---\n', '   \n\n\t\n', '\u0001\u0002\u001b[31m\r\r\n', '\uFEFF', '\uD800 lone surrogate']) {
      const report = lint(text);
      assert.ok(!report.findings.some((f) => f.ruleId === 'internal-error'), JSON.stringify(text));
    }
  });
});

describe('hostile input: files and the language server log', () => {
  it('a file that vanished after it was listed is a clear InputError naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fedipolicy-vanish-'));
    try {
      const file = join(dir, 'privacy.md');
      writeFileSync(file, '# Privacy\n');
      const listed = [file];
      rmSync(file);
      assert.throws(() => buildSets(listed, { resolver: new ConfigResolver() }), (error: unknown) => error instanceof InputError && /privacy\.md: no such file/.test(error.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file far over the size limit is refused from its size, before it is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fedipolicy-size-'));
    try {
      const file = join(dir, 'privacy.md');
      writeFileSync(file, 'x'.repeat(4000));
      const refused = readText(file, 1000);
      assert.equal(refused.ok, false);
      assert.match(!refused.ok ? refused.problem : '', /too large \(0\.0 MB, over the limit of 1000 characters/);
      // Between the limit and three bytes per character the decoded text decides: 1,001 three-byte characters are 1,001 characters.
      writeFileSync(file, '€'.repeat(1001));
      const decided = readText(file, 1000);
      assert.match(!decided.ok ? decided.problem : '', /too large \(1001 characters/);
      assert.equal(readText(file, 1001).ok, true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the language server logs the stack of an internal-error finding', () => {
    const finding = { file: '/w/privacy.md', ruleId: 'internal-error', severity: 'error' as const, message: 'Rule contact failed on this document (boom)', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, stack: 'Error: boom\n    at check (rules/contact.ts:1:1)' };
    const other = { ...finding, ruleId: 'contact', stack: undefined };
    const logs = internalErrorLogs([finding, other]);
    assert.equal(logs.length, 1);
    assert.match(logs[0], /privacy\.md: Rule contact failed/);
    assert.match(logs[0], /at check \(rules\/contact\.ts/);
  });
});
