// The output formats: each one checked against what its consumer needs
// (SARIF against the SARIF 2.1.0 schema, JUnit by an XML parser, GitHub
// workflow commands by their grammar).
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../package.json';
import { cleanup, folder, IP_RETAINED, NO_RETENTION, onlyRules, ROOT, runCli } from './support/cli';

// sax comes with @vscode/vsce (through xml2js) and has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sax = require('sax') as { parser: (strict: boolean) => SaxParser };
interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  write: (s: string) => SaxParser;
  close: () => void;
}

const CONFIG = onlyRules({ 'ip-retention': 'error', 'unfilled-placeholder': 'warning', 'contact': 'info' }, { instance: { ipRetentionDays: 30 } });
const GAPS = `${NO_RETENTION}\nWrite to TODO.\n`;

function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  // Draft-04 -> Ajv's draft-07: only the top-level `id` differs for this schema (see the fixture's SOURCE.md).
  const { $schema: _draft, id, ...rest } = schema;
  // unicodeRegExp: false because one of the schema's patterns is not valid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: String(id) });
}

async function run(dir: string, format: string, paths: string[] = []) {
  return await runCli(['lint', '--format', format, ...paths], { cwd: dir });
}

describe('formats: json', () => {
  after(cleanup);

  it('prints one array of findings with 1-based positions and ESLint-style fixes', async () => {
    const dir = folder({ '.fedipolicy.json': CONFIG, 'privacy.md': GAPS });
    const out = await run(dir, 'json');
    assert.equal(out.status, 1);
    const findings = JSON.parse(out.stdout) as Record<string, unknown>[];
    assert.ok(Array.isArray(findings));
    const ids = findings.map((f) => f.ruleId).sort();
    assert.deepEqual(ids, ['contact', 'ip-retention', 'unfilled-placeholder']);
    for (const f of findings) {
      assert.deepEqual(
        Object.keys(f).filter((k) => k !== 'fix' && k !== 'related').sort(),
        ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity'],
      );
      assert.equal(f.file, 'privacy.md');
      assert.ok((f.line as number) >= 1 && (f.column as number) >= 1);
      assert.ok((f.endLine as number) >= (f.line as number));
    }
    const placeholder = findings.find((f) => f.ruleId === 'unfilled-placeholder')!;
    assert.deepEqual([placeholder.line, placeholder.column, placeholder.endColumn], [7, 10, 14]);
    const ip = findings.find((f) => f.ruleId === 'ip-retention')!;
    const fix = ip.fix as { range: [number, number]; text: string; title: string };
    assert.ok(Array.isArray(fix.range) && fix.range.length === 2 && fix.range[0] <= fix.range[1]);
    assert.match(fix.text, /30 days/);
    assert.ok(fix.title.length > 0);
    // Applying the fix as ESLint would gives a policy that satisfies the rule.
    const fixed = GAPS.slice(0, fix.range[0]) + fix.text + GAPS.slice(fix.range[1]);
    const again = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'privacy.md': fixed });
    assert.equal((await run(again, 'json')).status, 0);
  });

  it('prints [] when clean', async () => {
    const dir = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'privacy.md': IP_RETAINED });
    const out = await run(dir, 'json');
    assert.equal(out.status, 0);
    assert.equal(out.stdout.trim(), '[]');
  });
});

describe('formats: sarif', () => {
  after(cleanup);

  it('is valid SARIF 2.1.0 with the tool, rules and results code scanning needs', async () => {
    const dir = folder({ '.fedipolicy.json': CONFIG, 'docs/my privacy.md': GAPS, 'privacy.md': IP_RETAINED });
    const out = await run(dir, 'sarif', ['docs', 'privacy.md']);
    assert.equal(out.status, 1);
    const sarif = JSON.parse(out.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[]; fixes?: unknown[] }[];
      }[];
    };
    const validate = sarifValidator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'fedipolicy');
    assert.equal(driver.version, version);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.equal(driver.rules.length, 30);
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.match(rule.helpUri, /^https:\/\/.+\.md$/);
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
    }
    // privacy.md (its own set) misses only the contact clause.
    const results = sarif.runs[0].results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri !== 'privacy.md');
    assert.deepEqual(sarif.runs[0].results.length - results.length, 1);
    assert.equal(results.length, 3);
    const levels: Record<string, string> = { 'ip-retention': 'error', 'unfilled-placeholder': 'warning', contact: 'note' };
    for (const r of results) {
      assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
      assert.equal(r.level, levels[r.ruleId]);
      const location = r.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, 'docs/my%20privacy.md');
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    }
    assert.ok(results.some((r) => r.fixes?.length), 'the missing clause comes with a fix');
  });

  it('is valid SARIF when there is nothing to report', async () => {
    const dir = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'privacy.md': IP_RETAINED });
    const out = await run(dir, 'sarif');
    assert.equal(out.status, 0);
    const sarif = JSON.parse(out.stdout) as { runs: { results: unknown[] }[] };
    assert.ok(sarifValidator()(sarif));
    assert.deepEqual(sarif.runs[0].results, []);
  });

  it('describes findings that are not catalog rules (input-too-large)', async () => {
    const dir = folder({ '.fedipolicy.json': JSON.stringify({ maxDocumentSize: 5 }), 'privacy.md': IP_RETAINED });
    // Files over the limit are refused (exit 2); standard input, already read, gets the engine's finding.
    const stdin = await runCli(['lint', '-', '--stdin-filename', 'privacy.md', '--format', 'sarif'], { cwd: dir, input: IP_RETAINED });
    const sarif = JSON.parse(stdin.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[] };
    assert.ok(sarifValidator()(sarif));
    const result = sarif.runs[0].results[0];
    assert.equal(result.ruleId, 'input-too-large');
    assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'input-too-large');
  });
});

describe('formats: github, junit, stylish', () => {
  after(cleanup);

  it('github prints one workflow command per finding, escaping properties', async () => {
    const dir = folder({ '.fedipolicy.json': CONFIG, 'a,b privacy.md': GAPS });
    const out = await run(dir, 'github');
    assert.equal(out.status, 1);
    const lines = out.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) {
      assert.match(line, /^::(error|warning|notice) file=a%2Cb privacy\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\n]+$/);
    }
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('title=ip-retention::')));
    assert.ok(lines.some((l) => l.startsWith('::notice ') && l.includes('title=contact::')));
  });

  it('junit is well-formed XML with one testsuite per file', async () => {
    const dir = folder({ '.fedipolicy.json': CONFIG, 'r&d/privacy.md': GAPS, 'ok/.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'ok/privacy.md': IP_RETAINED });
    const out = await run(dir, 'junit', ['r&d', 'ok']);
    assert.equal(out.status, 1);
    const suites: Record<string, string>[] = [];
    let failures = 0;
    const parser = sax.parser(true);
    parser.onerror = (e) => {
      throw e;
    };
    parser.onopentag = (node) => {
      if (node.name === 'testsuite') suites.push(node.attributes);
      if (node.name === 'failure') failures++;
    };
    parser.write(out.stdout).close();
    assert.deepEqual(suites.map((s) => s.name), ['r&d/privacy.md', 'ok/privacy.md']);
    assert.deepEqual(suites.map((s) => s.failures), ['3', '0']);
    assert.equal(failures, 3);
    assert.match(out.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
  });

  it('stylish groups lines by file and ends with a summary', async () => {
    const dir = folder({ '.fedipolicy.json': CONFIG, 'a/privacy.md': GAPS, 'b/privacy.md': GAPS });
    const out = await run(dir, 'stylish', ['a', 'b']);
    assert.equal(out.status, 1);
    const lines = out.stdout.trimEnd().split('\n');
    const findingLines = lines.filter((l) => /^[ab]\/privacy\.md:\d+:\d+ /.test(l));
    assert.equal(findingLines.length, 6);
    const files = findingLines.map((l) => l.slice(0, 1));
    assert.deepEqual(files, ['a', 'a', 'a', 'b', 'b', 'b'], 'grouped by file');
    for (const l of findingLines) assert.match(l, /^\S+:\d+:\d+ +(error|warning|info) +.+ {2}[a-z-]+$/);
    assert.match(out.stdout, /6 problems \(2 errors, 2 warnings, 2 info\) in 2 files/);
    assert.match(out.stdout, /fixable with --fix/);
  });
});

describe('formats: a near candidate of a missing requirement', () => {
  after(cleanup);
  const POLICY = '# Privacy policy\n\n## Operations\n\nOur hosting company is also our backup provider.\n';
  const near = () => folder({ '.fedipolicy.json': onlyRules({ 'covenant-backups': 'warning' }), 'privacy.md': POLICY });
  const sentenceEnd = 1 + 'Our hosting company is also our backup provider.'.length;

  it('json carries the related place and the message names it', async () => {
    const [finding] = JSON.parse((await run(near(), 'json')).stdout) as { message: string; related: unknown[] }[];
    assert.match(finding.message, /Line 5 mentions backups but was not read as stating this\./);
    assert.deepEqual(finding.related, [
      { file: 'privacy.md', line: 5, column: 1, endLine: 5, endColumn: sentenceEnd, message: 'Mentions backups but was not read as stating what covenant-backups asks.' },
    ]);
  });

  it('sarif gives it as a related location, still valid SARIF 2.1.0', async () => {
    const sarif = JSON.parse((await run(near(), 'sarif')).stdout) as { runs: { results: { relatedLocations?: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[] };
    const validate = sarifValidator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const [related] = sarif.runs[0].results[0].relatedLocations!;
    assert.equal(related.physicalLocation.artifactLocation.uri, 'privacy.md');
    assert.deepEqual(related.physicalLocation.region, { startLine: 5, startColumn: 1, endLine: 5, endColumn: sentenceEnd });
    assert.match(related.message.text, /Mentions backups/);
  });

  it('stylish shows it as an indented line under the finding', async () => {
    const out = (await run(near(), 'stylish')).stdout.split('\n');
    const at = out.findIndex((l) => l.includes('covenant-backups'));
    assert.ok(at >= 0, out.join('\n'));
    assert.match(out[at + 1], /^ {2}privacy\.md:5:1 {2}Mentions backups/);
  });
});

describe('formats: report', () => {
  after(cleanup);

  it('json has sets with documents, requirements and findings', async () => {
    const dir = folder({ '.fedipolicy.json': CONFIG, 'privacy.md': IP_RETAINED, 'terms.md': '# Terms of service\n\nBe kind.\n' });
    const out = await runCli(['report', '--format', 'json'], { cwd: dir });
    assert.equal(out.status, 1, 'contact is missing');
    const report = JSON.parse(out.stdout) as { sets: { documents: { file: string; kind: string }[]; requirements: { ruleId: string; status: string; file?: string; line?: number; value?: { days?: number } }[]; findings: { ruleId: string }[] }[] };
    assert.equal(report.sets.length, 1);
    const [set] = report.sets;
    assert.deepEqual(set.documents, [{ file: 'privacy.md', kind: 'privacy' }, { file: 'terms.md', kind: 'terms' }]);
    const ip = set.requirements.find((r) => r.ruleId === 'ip-retention')!;
    assert.deepEqual([ip.status, ip.file, ip.line, ip.value?.days], ['satisfied', 'privacy.md', 5, 30]);
    assert.equal(set.requirements.find((r) => r.ruleId === 'contact')?.status, 'missing');
    assert.equal(set.requirements.find((r) => r.ruleId === 'data-export')?.status, 'not-applicable');
    assert.ok(!set.requirements.some((r) => r.ruleId === 'vague-retention' || r.ruleId === 'unfilled-placeholder'));
    assert.deepEqual(set.findings.map((f) => f.ruleId), ['contact']);
  });

  it('md is a table per set; text lists each requirement', async () => {
    const dir = folder({ '.fedipolicy.json': CONFIG, 'privacy.md': IP_RETAINED });
    const md = (await runCli(['report', '--format', 'md'], { cwd: dir })).stdout;
    assert.match(md, /^## privacy\.md \(privacy\)$/m);
    assert.match(md, /^\| `ip-retention` \| ✅ satisfied \| privacy\.md:5:1 \| 30 days \|$/m);
    assert.match(md, /^\| `contact` \| ❌ missing \| privacy\.md:\d+:\d+ \| .+ \|$/m);
    const text = (await runCli(['report'], { cwd: dir })).stdout;
    assert.match(text, /^Policy set: privacy\.md \(privacy\)$/m);
    assert.match(text, /^ {2}contact +MISSING +.+$/m);
  });
});
