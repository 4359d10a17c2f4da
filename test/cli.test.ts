// The fedipolicy command as users run it: exit codes, inputs, options, --fix.
// Most tests run the command in this process (runCli); those about what only a
// real process shows (its exit status, stdin, a pipe, the bundle) run dist/cli.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../package.json';
import { cleanup, CLI, folder, hasStackTrace, IP_RETAINED, NO_RETENTION, onlyRules, RULE_IDS, runBuiltCli, runCli } from './support/cli';

const IP_ERROR = onlyRules({ 'ip-retention': 'error' });

/** Asserts a usage/config/I-O failure: exit 2, one line on stderr mentioning every `parts`, no stack trace. */
function assertExit2(run: { status: number | null; stderr: string }, ...parts: string[]): void {
  assert.equal(run.status, 2, `expected exit 2, got ${run.status}; stderr: ${run.stderr}`);
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `expected one line on stderr, got: ${run.stderr}`);
  assert.equal(hasStackTrace(run.stderr), false);
  for (const part of parts) assert.ok(run.stderr.includes(part), `stderr should mention ${part}: ${run.stderr}`);
}

describe('cli: exit codes', () => {
  after(cleanup);

  it('exits 0 when the set has no problems', () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': IP_RETAINED });
    const run = runBuiltCli(['lint', 'privacy.md'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /No problems found \(1 file checked\)/);
  });

  it('exits 1 when an error is found, naming the file, position and rule', () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION });
    const run = runBuiltCli(['lint', 'privacy.md'], { cwd: dir });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^privacy\.md:\d+:\d+ +error +.+ +ip-retention$/m);
    assert.match(run.stdout, /1 problem \(1 error, 0 warnings, 0 info\)/);
  });

  it('treats a first argument that is a path as `lint`', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION });
    const viaLint = await runCli(['lint', 'privacy.md', '--format', 'json'], { cwd: dir });
    const bare = await runCli(['privacy.md', '--format', 'json'], { cwd: dir });
    assert.equal(bare.status, 1);
    assert.deepEqual(JSON.parse(bare.stdout), JSON.parse(viaLint.stdout));
  });

  it('lints the policy files of the current folder when no path is given', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION, 'README.md': '# Hello\n', 'notes.txt': 'x' });
    const run = await runCli(['lint', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 1);
    const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file));
    assert.deepEqual([...files], ['privacy.md']);
  });

  it('exits 2 when the current folder has no policy files', async () => {
    const dir = folder({ 'README.md': '# Hello\n' });
    assertExit2(await runCli([], { cwd: dir }), 'no policy files found');
  });

  it('exits 2 with one line for a missing file', () => {
    const dir = folder({ 'privacy.md': IP_RETAINED });
    assertExit2(runBuiltCli(['lint', 'nope.md'], { cwd: dir }), 'nope.md', 'no such file');
  });

  it('exits 2 for a mistyped command', async () => {
    const dir = folder({});
    assertExit2(await runCli(['lnit'], { cwd: dir }), 'unknown command', 'lnit');
  });

  it('exits 2 for a binary file (NUL bytes)', async () => {
    const dir = folder({ 'privacy.md': Buffer.from([0x23, 0x20, 0x50, 0x00, 0x01, 0x02]) });
    assertExit2(await runCli(['lint', 'privacy.md'], { cwd: dir }), 'privacy.md', 'binary');
  });

  it('exits 2 for invalid UTF-8', async () => {
    const dir = folder({ 'privacy.md': Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a]) });
    assertExit2(await runCli(['lint', 'privacy.md'], { cwd: dir }), 'privacy.md', 'not valid UTF-8');
  });

  it('exits 2 for an unreadable file', async function () {
    if (process.getuid?.() === 0) {
      // root reads every file; use a path that cannot be read as a file at all instead
      const dir = folder({ 'privacy.md': IP_RETAINED });
      assertExit2(await runCli(['lint', 'privacy.md/x.md'], { cwd: dir }), 'privacy.md/x.md');
      return;
    }
    const dir = folder({ 'privacy.md': IP_RETAINED });
    chmodSync(join(dir, 'privacy.md'), 0o000);
    assertExit2(await runCli(['lint', 'privacy.md'], { cwd: dir }), 'privacy.md', 'permission denied');
  });

  it('exits 2 for a folder without policy files and for a glob that matches nothing', async () => {
    const dir = folder({ 'docs/README.md': '# Docs\n', 'privacy.md': IP_RETAINED });
    assertExit2(await runCli(['lint', 'docs'], { cwd: dir }), 'docs', 'no policy files');
    assertExit2(await runCli(['lint', 'missing/*.md'], { cwd: dir }), 'missing/*.md', 'no files match');
  });

  it('exits 2 for unknown options and bad option values', async () => {
    const dir = folder({ 'privacy.md': IP_RETAINED });
    assertExit2(await runCli(['lint', '--frobnicate'], { cwd: dir }), '--frobnicate');
    assertExit2(await runCli(['lint', '--format', 'xml'], { cwd: dir }), '--format', 'stylish, json, sarif, github, junit');
    assertExit2(await runCli(['report', '--format', 'sarif'], { cwd: dir }), '--format', 'text, json, md');
    assertExit2(await runCli(['lint', '--kind', 'policy'], { cwd: dir }), '--kind');
    assertExit2(await runCli(['lint', '--max-warnings', 'many'], { cwd: dir }), '--max-warnings');
    assertExit2(await runCli(['lint', '--format'], { cwd: dir }), '--format');
  });

  it('prints the version and help', async () => {
    const dir = folder({});
    const v = runBuiltCli(['--version'], { cwd: dir });
    assert.equal(v.status, 0);
    assert.equal(v.stdout.trim(), version);
    const help = await runCli(['--help'], { cwd: dir });
    assert.equal(help.status, 0);
    for (const command of ['lint', 'report', 'rules', 'init', 'audit']) assert.match(help.stdout, new RegExp(`fedipolicy \\[?${command}`));
    const lintHelp = await runCli(['lint', '--help'], { cwd: dir });
    assert.equal(lintHelp.status, 0);
    for (const option of ['--format', '--fix', '--per-file', '--kind', '--config', '--max-warnings', '--quiet', '--stdin-filename']) {
      assert.ok(lintHelp.stdout.includes(option), option);
    }
  });

  it('dispatches `audit` to the audit command', async () => {
    const dir = folder({});
    const run = await runCli(['audit', '--help'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /audit/);
  });
});

describe('cli: policy sets', () => {
  after(cleanup);
  const terms = '# Terms of service\n\n## Privacy\n\nWe delete IP addresses after 30 days.\n';

  it('treats the policy files of one folder as one set', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION, 'terms.md': terms });
    assert.equal((await runCli(['lint', 'privacy.md', 'terms.md'], { cwd: dir })).status, 0);
    // Naming one file still reads the rest of its set, as the editor does.
    assert.equal((await runCli(['lint', 'privacy.md'], { cwd: dir })).status, 0);
  });

  it('--per-file makes each file its own set', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION, 'terms.md': terms });
    const run = await runCli(['lint', '--per-file', '--format', 'json', 'privacy.md', 'terms.md'], { cwd: dir });
    assert.equal(run.status, 1);
    const findings = JSON.parse(run.stdout) as { file: string; ruleId: string }[];
    assert.deepEqual(findings.map((f) => [f.file, f.ruleId]), [['privacy.md', 'ip-retention']]);
  });

  it('different folders are different sets', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'a/privacy.md': NO_RETENTION, 'b/privacy.md': IP_RETAINED, 'b/terms.md': terms });
    const run = await runCli(['lint', '--format', 'json', 'a', 'b'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file), ['a/privacy.md']);
  });

  it('accepts globs', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'a/privacy.md': NO_RETENTION, 'b/privacy.md': NO_RETENTION });
    const run = await runCli(['lint', '--format', 'json', '*/privacy.md'], { cwd: dir });
    assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file).sort(), ['a/privacy.md', 'b/privacy.md']);
  });

  it('--kind sets the kind of every file given', async () => {
    // ip-retention applies only to sets with a privacy document; notes.md would default to privacy.
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'notes.md': '# Notes\n\nHello.\n' });
    assert.equal((await runCli(['lint', 'notes.md'], { cwd: dir })).status, 1);
    assert.equal((await runCli(['lint', '--kind', 'terms', 'notes.md'], { cwd: dir })).status, 0);
  });

  it('shows paths outside the working folder as absolute paths', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION });
    const elsewhere = folder({});
    const run = await runCli(['lint', '--format', 'json', join(dir, 'privacy.md')], { cwd: elsewhere });
    assert.equal((JSON.parse(run.stdout) as { file: string }[])[0].file, join(dir, 'privacy.md'));
  });
});

describe('cli: standard input', () => {
  after(cleanup);

  it('lints stdin as <stdin>', () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR });
    const run = runBuiltCli(['lint', '-', '--format', 'json'], { cwd: dir, input: NO_RETENTION });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as { file: string; ruleId: string }[]).map((f) => [f.file, f.ruleId]), [['<stdin>', 'ip-retention']]);
  });

  it('names stdin with --stdin-filename (kind and config follow the name)', async () => {
    const dir = folder({ 'sub/.fedipolicy.json': IP_ERROR });
    const run = await runCli(['lint', '-', '--stdin-filename', 'sub/privacy.md', '--format', 'json'], { cwd: dir, input: NO_RETENTION });
    assert.equal(run.status, 1, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { file: string }[])[0].file, 'sub/privacy.md');
    const asTerms = await runCli(['lint', '-', '--stdin-filename', 'sub/terms.md'], { cwd: dir, input: '# Terms\n\nBe nice.\n' });
    assert.equal(asTerms.status, 0, asTerms.stdout);
  });

  it('rejects invalid stdin and misuse with exit 2', async () => {
    const dir = folder({ 'privacy.md': IP_RETAINED });
    assertExit2(runBuiltCli(['lint', '-'], { cwd: dir, input: Buffer.from([0xff, 0xfe, 0x00]) }), '<stdin>');
    assertExit2(await runCli(['lint', '-', 'privacy.md'], { cwd: dir, input: 'x' }), 'standard input');
    assertExit2(await runCli(['lint', '--stdin-filename', 'x.md', 'privacy.md'], { cwd: dir }), '--stdin-filename');
    assertExit2(await runCli(['lint', '-', '--fix'], { cwd: dir, input: 'x' }), '--fix');
  });
});

describe('cli: --max-warnings, --quiet and colour', () => {
  after(cleanup);
  const config = onlyRules({ 'ip-retention': 'warning', 'unfilled-placeholder': 'error' });

  it('--max-warnings fails only when warnings exceed it', async () => {
    const dir = folder({ '.fedipolicy.json': config, 'privacy.md': NO_RETENTION });
    assert.equal((await runCli(['lint'], { cwd: dir })).status, 0);
    assert.equal((await runCli(['lint', '--max-warnings', '1'], { cwd: dir })).status, 0);
    const over = await runCli(['lint', '--max-warnings', '0'], { cwd: dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /1 warning\(s\), more than --max-warnings 0/);
  });

  it('--quiet shows errors only', async () => {
    const dir = folder({ '.fedipolicy.json': config, 'privacy.md': NO_RETENTION });
    const quiet = await runCli(['lint', '--quiet', '--format', 'json'], { cwd: dir });
    assert.equal(quiet.status, 0);
    assert.deepEqual(JSON.parse(quiet.stdout), []);
    const withError = folder({ '.fedipolicy.json': config, 'privacy.md': `${NO_RETENTION}\nContact: TODO\n` });
    const run = await runCli(['lint', '--quiet', '--format', 'json'], { cwd: withError });
    assert.equal(run.status, 1);
    assert.deepEqual((JSON.parse(run.stdout) as { ruleId: string }[]).map((f) => f.ruleId), ['unfilled-placeholder']);
  });

  /** Runs the CLI in a pseudo-terminal (util-linux `script`), so that stdout is a TTY. */
  function inTerminal(dir: string, env: Record<string, string | undefined>): string {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} lint privacy.md`;
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } as NodeJS.ProcessEnv;
    for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env: childEnv, encoding: 'utf8' });
    assert.equal(result.error, undefined);
    return result.stdout;
  }

  it('uses colour only on a terminal without NO_COLOR', () => {
    const dir = folder({ '.fedipolicy.json': config, 'privacy.md': NO_RETENTION });
    const piped = runBuiltCli(['lint'], { cwd: dir });
    assert.ok(piped.stdout.includes('ip-retention'));
    assert.equal(piped.stdout.includes('\u001b['), false, 'no colour when piped');
    const terminal = inTerminal(dir, {});
    assert.ok(terminal.includes('ip-retention'), terminal);
    assert.ok(terminal.includes('\u001b['), 'colour on a terminal');
    const noColor = inTerminal(dir, { NO_COLOR: '1' });
    assert.ok(noColor.includes('ip-retention'), noColor);
    assert.equal(noColor.includes('\u001b['), false, 'NO_COLOR turns colour off');
  });
});

describe('cli: --fix', () => {
  after(cleanup);
  const config = onlyRules({ 'ip-retention': 'error' }, { instance: { ipRetentionDays: 90, domain: 'social.example' } });

  it('inserts the missing clause, atomically, and a second run changes nothing', async () => {
    const dir = folder({ '.fedipolicy.json': config, 'privacy.md': NO_RETENTION });
    const file = join(dir, 'privacy.md');
    const before = statSync(file);
    const first = await runCli(['lint', '--fix', 'privacy.md'], { cwd: dir });
    assert.equal(first.status, 0, first.stdout + first.stderr);
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.startsWith(NO_RETENTION.trimEnd()), 'the original text is kept');
    assert.ok(fixed.length > NO_RETENTION.length, 'a clause was inserted');
    assert.match(fixed.slice(NO_RETENTION.trimEnd().length), /IP address/);
    const after = statSync(file);
    assert.notEqual(after.ino, before.ino, 'written through a temporary file and a rename');
    assert.equal(after.mode, before.mode, 'the file mode is kept');
    assert.deepEqual(readdirSync(dir).sort(), ['.fedipolicy.json', 'privacy.md'], 'no temporary file is left');

    const second = await runCli(['lint', '--fix', 'privacy.md'], { cwd: dir });
    assert.equal(second.status, 0);
    assert.equal(readFileSync(file, 'utf8'), fixed);
    assert.equal(statSync(file).ino, after.ino, 'an unchanged file is not rewritten');
  });

  it('keeps a byte-order mark', async () => {
    const dir = folder({ '.fedipolicy.json': config, 'privacy.md': `\uFEFF${NO_RETENTION}` });
    assert.equal((await runCli(['lint', '--fix', 'privacy.md'], { cwd: dir })).status, 0);
    const bytes = readFileSync(join(dir, 'privacy.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.toString('utf8').indexOf('\uFEFF', 1), -1, 'only one byte-order mark');
  });

  it('does not touch sibling files it was not asked to fix', async () => {
    const terms = '# Terms of service\n\nBe kind.\n';
    const dir = folder({ '.fedipolicy.json': config, 'privacy.md': NO_RETENTION, 'terms.md': terms });
    await runCli(['lint', '--fix', 'terms.md'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'privacy.md'), 'utf8'), NO_RETENTION);
  });

  it('refuses a read-only file with exit 2 and leaves it as it was', async () => {
    const dir = folder({ '.fedipolicy.json': config, 'privacy.md': NO_RETENTION });
    const file = join(dir, 'privacy.md');
    chmodSync(file, 0o444);
    assertExit2(await runCli(['lint', '--fix', 'privacy.md'], { cwd: dir }), 'privacy.md', 'read-only');
    assert.equal(readFileSync(file, 'utf8'), NO_RETENTION);
    assert.deepEqual(readdirSync(dir).sort(), ['.fedipolicy.json', 'privacy.md']);
  });
});

describe('cli: rules, init, report', () => {
  after(cleanup);

  it('rules lists every rule with severity, summary and docs link', async () => {
    const dir = folder({});
    const text = await runCli(['rules'], { cwd: dir });
    assert.equal(text.status, 0);
    for (const id of RULE_IDS) assert.match(text.stdout, new RegExp(`^${id} +(error|warning|info|off) +\\S`, 'm'));
    assert.match(text.stdout, /docs\/rules\/ip-retention\.md/);
    const json = await runCli(['rules', '--format', 'json'], { cwd: dir });
    const rules = JSON.parse(json.stdout) as { id: string; severity: string; summary: string; docsUrl: string }[];
    assert.deepEqual(rules.map((r) => r.id).sort(), [...RULE_IDS].sort());
    for (const r of rules) {
      assert.ok(r.summary.length > 0);
      assert.match(r.docsUrl, /^https:\/\/.+\.md$/);
    }
  });

  it('init writes a starter config that loads, and refuses to overwrite it', async () => {
    const dir = folder({ 'privacy-policy.md': IP_RETAINED, 'server-rules.md': '# Server rules\n\n1. Be kind.\n', 'README.md': '# x\n' });
    const run = await runCli(['init'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const path = join(dir, '.fedipolicy.json');
    const written = readFileSync(path, 'utf8');
    const config = JSON.parse(written) as Record<string, unknown>;
    assert.match(String(config.$schema), /fedipolicy\.schema\.json$/);
    assert.equal(config.extends, 'fedipolicy:recommended');
    assert.deepEqual(config.documents, [
      { files: 'privacy-policy.md', kind: 'privacy' },
      { files: 'server-rules.md', kind: 'rules' },
    ]);
    const instance = config.instance as Record<string, unknown>;
    for (const key of ['domain', 'name', 'adminEmail', 'contactUrl', 'adminAccount', 'jurisdiction', 'minimumAge', 'ipRetentionDays']) {
      assert.ok(key in instance, key);
    }
    const lint = await runCli(['lint'], { cwd: dir });
    assert.notEqual(lint.status, 2, lint.stderr);

    assertExit2(await runCli(['init'], { cwd: dir }), '.fedipolicy.json', 'already exists');
    assert.equal(readFileSync(path, 'utf8'), written);
  });

  it('init refuses when a YAML config exists', async () => {
    const dir = folder({ '.fedipolicy.yaml': 'rules: {}\n', 'privacy.md': IP_RETAINED });
    assertExit2(await runCli(['init'], { cwd: dir }), '.fedipolicy.yaml');
    assert.equal(existsSync(join(dir, '.fedipolicy.json')), false);
  });

  it('report exits 1 when a requirement is missing and 0 when none is', async () => {
    const missing = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION });
    assert.equal((await runCli(['report'], { cwd: missing })).status, 1);
    const met = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': IP_RETAINED });
    const run = await runCli(['report'], { cwd: met });
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /ip-retention +satisfied +privacy\.md:5:1 +\(30 days\)$/m);
  });

  it('report works on a read-only file and writes nothing', async () => {
    const dir = folder({ '.fedipolicy.json': IP_ERROR, 'privacy.md': NO_RETENTION });
    writeFileSync(join(dir, 'privacy.md'), NO_RETENTION);
    chmodSync(join(dir, 'privacy.md'), 0o444);
    assert.equal((await runCli(['report', '--format', 'json'], { cwd: dir })).status, 1);
    assert.equal(readFileSync(join(dir, 'privacy.md'), 'utf8'), NO_RETENTION);
  });
});
