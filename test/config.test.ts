// Configuration files: discovery, formats, extends, presets and every kind of
// mistake (each exits 2 with one line naming the file and the key).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { allRules } from '../server/engine';
import { ConfigError, findConfigFile, loadConfigFile, documentMappingFor } from '../server/config';
import schema from '../schema/fedipolicy.schema.json';
import { cleanup, folder, hasStackTrace, IP_RETAINED, NO_RETENTION, onlyRules, RULE_IDS, runCli } from './support/cli';

type JsonFinding = { file: string; ruleId: string; severity: string; message: string; line: number };

async function lintJson(dir: string, args: string[] = []): Promise<{ status: number | null; findings: JsonFinding[]; stderr: string }> {
  const run = await runCli(['lint', '--format', 'json', ...args], { cwd: dir });
  return { status: run.status, findings: run.status === 2 ? [] : (JSON.parse(run.stdout) as JsonFinding[]), stderr: run.stderr };
}

/** Exit 2, and stderr is exactly `fedipolicy: <expected>` on one line. */
async function assertConfigError(dir: string, expected: string | RegExp, args: string[] = []): Promise<void> {
  const run = await runCli(['lint', ...args], { cwd: dir });
  assert.equal(run.status, 2, `exit ${run.status}: ${run.stdout}${run.stderr}`);
  assert.equal(hasStackTrace(run.stderr), false);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  if (typeof expected === 'string') assert.equal(run.stderr.trimEnd(), `fedipolicy: ${expected}`);
  else assert.match(run.stderr, expected);
}

const allOff = Object.fromEntries(RULE_IDS.map((id) => [id, 'off']));

describe('config: discovery and formats', () => {
  after(cleanup);

  it('uses the nearest config above each file', async () => {
    const dir = folder({
      '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }),
      'a/privacy.md': NO_RETENTION,
      'b/.fedipolicy.json': onlyRules({ 'ip-retention': 'warning' }),
      'b/privacy.md': NO_RETENTION,
    });
    const { findings } = await lintJson(dir, ['a', 'b']);
    assert.deepEqual(findings.map((f) => [f.file, f.severity]), [['a/privacy.md', 'error'], ['b/privacy.md', 'warning']]);
  });

  it('reads comments and trailing commas in .json and .jsonc', async () => {
    for (const name of ['.fedipolicy.json', '.fedipolicy.jsonc']) {
      const text = `// only one rule\n{\n  /* block */ "rules": { ${RULE_IDS.map((id) => `"${id}": "off",`).join(' ')} "ip-retention": "warning", },\n}\n`;
      const dir = folder({ [name]: text, 'privacy.md': NO_RETENTION });
      const { status, findings } = await lintJson(dir);
      assert.equal(status, 0, name);
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['ip-retention', 'warning']], name);
    }
  });

  it('reads .yaml and .yml', async () => {
    for (const name of ['.fedipolicy.yaml', '.fedipolicy.yml']) {
      const yaml = `# comment\nrules:\n${RULE_IDS.map((id) => `  ${id}: ${id === 'ip-retention' ? 'error' : 'off'}`).join('\n')}\n`;
      const dir = folder({ [name]: yaml, 'privacy.md': NO_RETENTION });
      const { status, findings } = await lintJson(dir);
      assert.equal(status, 1, name);
      assert.deepEqual(findings.map((f) => f.ruleId), ['ip-retention'], name);
    }
  });

  it('--config overrides discovery; a missing --config file exits 2', async () => {
    const dir = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'other.json': JSON.stringify({ rules: allOff }), 'privacy.md': NO_RETENTION });
    assert.equal((await lintJson(dir)).status, 1);
    assert.equal((await lintJson(dir, ['--config', 'other.json'])).status, 0);
    await assertConfigError(dir, /^fedipolicy: .*nope\.json: no such file$/m, ['--config', 'nope.json']);
  });

  it('two config files in one folder is an error naming both', async () => {
    const dir = folder({ '.fedipolicy.json': '{}', '.fedipolicy.yaml': 'rules: {}\n', 'privacy.md': IP_RETAINED });
    await assertConfigError(dir, '.fedipolicy.yaml: conflicts with .fedipolicy.json in the same folder; keep only one configuration file');
  });
});

describe('config: extends and presets', () => {
  after(cleanup);

  it('applies an extends chain in order (base first, then each file on top)', async () => {
    const dir = folder({
      'base.yaml': `rules:\n${RULE_IDS.map((id) => `  ${id}: ${['ip-retention', 'unfilled-placeholder'].includes(id) ? 'error' : 'off'}`).join('\n')}\n`,
      'middle.json': JSON.stringify({ extends: './base.yaml', rules: { 'ip-retention': 'info' } }),
      '.fedipolicy.json': JSON.stringify({ extends: ['./middle.json'], rules: { 'unfilled-placeholder': 'warning' } }),
      'privacy.md': `${NO_RETENTION}\nTODO\n`,
    });
    const { status, findings } = await lintJson(dir);
    assert.equal(status, 0);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]).sort(), [['ip-retention', 'info'], ['unfilled-placeholder', 'warning']]);
  });

  it('fedipolicy:strict raises every rule one step; recommended keeps the defaults', async () => {
    const defaults = Object.fromEntries(allRules().map((r) => [r.id, r.severity]));
    assert.equal(defaults['ip-retention'], 'error');
    const text = '# Privacy policy\n\nHello.\n';
    const recommended = (await lintJson(folder({ '.fedipolicy.json': '{"extends": "fedipolicy:recommended"}', 'privacy.md': text }))).findings;
    const strict = (await lintJson(folder({ '.fedipolicy.json': '{"extends": "fedipolicy:strict"}', 'privacy.md': text }))).findings;
    assert.ok(recommended.length > 0);
    assert.deepEqual(strict.map((f) => f.ruleId), recommended.map((f) => f.ruleId));
    for (const f of recommended) assert.equal(f.severity, defaults[f.ruleId], f.ruleId);
    const step: Record<string, string> = { info: 'warning', warning: 'error', error: 'error' };
    strict.forEach((f, i) => assert.equal(f.severity, step[recommended[i].severity], f.ruleId));
  });

  it('rule options override the defaults (maxDays)', async () => {
    const ninety = '# Privacy policy\n\n## Data retention\n\nWe delete IP addresses after 90 days.\n';
    const loose = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'privacy.md': ninety });
    assert.equal((await lintJson(loose)).findings.length, 0);
    const tight = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': ['error', { maxDays: 30 }] }), 'privacy.md': ninety });
    const { findings } = await lintJson(tight);
    assert.deepEqual(findings.map((f) => f.ruleId), ['ip-retention']);
    assert.match(findings[0].message, /30/);
  });

  it('a cycle is an error naming the files', async () => {
    const dir = folder({ '.fedipolicy.json': '{"extends": "./a.json"}', 'a.json': '{"extends": "./b.json"}', 'b.json': '{"extends": ["./a.json"]}', 'privacy.md': IP_RETAINED });
    await assertConfigError(dir, 'b.json: extends[0]: circular extends: a.json -> b.json -> a.json');
    const self = folder({ '.fedipolicy.json': '{"extends": "./.fedipolicy.json"}', 'privacy.md': IP_RETAINED });
    await assertConfigError(self, '.fedipolicy.json: extends: circular extends: .fedipolicy.json -> .fedipolicy.json');
  });

  it('a missing base file or an unknown preset is an error', async () => {
    const missing = folder({ '.fedipolicy.json': '{"extends": ["fedipolicy:recommended", "./base.json"]}', 'privacy.md': IP_RETAINED });
    await assertConfigError(missing, '.fedipolicy.json: extends[1]: cannot load "./base.json": no such file');
    const preset = folder({ '.fedipolicy.json': '{"extends": "fedipolicy:lenient"}', 'privacy.md': IP_RETAINED });
    await assertConfigError(preset, '.fedipolicy.json: extends: unknown preset "fedipolicy:lenient" (use fedipolicy:recommended or fedipolicy:strict)');
  });

  it('an error in a base file names the base file', async () => {
    const dir = folder({ '.fedipolicy.json': '{"extends": "./base.json"}', 'base.json': '{"rules": {"ip-retention": "loud"}}', 'privacy.md': IP_RETAINED });
    await assertConfigError(dir, 'base.json: rules.ip-retention: must be one of error, warning, info, off');
  });
});

describe('config: mistakes exit 2 naming file and key', () => {
  after(cleanup);
  const cases: [string, string, string, string][] = [
    ['invalid JSON', '.fedipolicy.json', '{ "rules": { "ip-retention": "error" }', '.fedipolicy.json: invalid JSON at line 1, column 39: close brace expected'],
    ['empty JSON', '.fedipolicy.json', '', '.fedipolicy.json: the file is empty (expected a JSON object)'],
    ['invalid YAML', '.fedipolicy.yaml', 'rules:\n  ip-retention: [error\n', '.fedipolicy.yaml: invalid YAML at line 3, column 1'],
    ['duplicate YAML key', '.fedipolicy.yml', 'rules: {}\nrules: {}\n', '.fedipolicy.yml: invalid YAML at line 2, column 1: Map keys must be unique'],
    ['not an object', '.fedipolicy.json', '[1, 2]', '.fedipolicy.json: must be an object'],
    ['unknown key', '.fedipolicy.json', '{"rule": {}}', '.fedipolicy.json: rule: unknown key (allowed: extends, rules, documents, instance, maxDocumentSize)'],
    ['wrong type', '.fedipolicy.json', '{"maxDocumentSize": "big"}', '.fedipolicy.json: maxDocumentSize: must be an integer'],
    ['bad severity', '.fedipolicy.json', '{"rules": {"ip-retention": "fatal"}}', '.fedipolicy.json: rules.ip-retention: must be one of error, warning, info, off'],
    ['bad severity in a tuple', '.fedipolicy.json', '{"rules": {"ip-retention": ["fatal", {}]}}', '.fedipolicy.json: rules.ip-retention[0]: must be one of error, warning, info, off'],
    ['setting of the wrong shape', '.fedipolicy.json', '{"rules": {"contact": 2}}', '.fedipolicy.json: rules.contact: must be a severity (error, warning, info, off) or [severity, options]'],
    ['unknown rule id', '.fedipolicy.json', '{"rules": {"ip-retention": "error", "no-such-rule": "off"}}', '.fedipolicy.json: rules.no-such-rule: unknown rule id "no-such-rule" (run `fedipolicy rules` for the list)'],
    ['bad option type', '.fedipolicy.json', '{"rules": {"ip-retention": ["error", {"maxDays": "a year"}]}}', '.fedipolicy.json: rules.ip-retention[1].maxDays: must be an integer'],
    ['unknown option', '.fedipolicy.json', '{"rules": {"ip-retention": ["error", {"minDays": 3}]}}', '.fedipolicy.json: rules.ip-retention[1].minDays: unknown option (allowed: maxDays)'],
    ['options on a rule without any', '.fedipolicy.json', '{"rules": {"contact": ["error", {"x": 1}]}}', '.fedipolicy.json: rules.contact[1].x: this rule takes no options'],
    ['bad document kind', '.fedipolicy.json', '{"documents": [{"files": "a.md", "kind": "policy"}]}', '.fedipolicy.json: documents[0].kind: must be one of privacy, terms, combined, rules, about'],
    ['document without files', '.fedipolicy.json', '{"documents": [{"kind": "terms"}]}', '.fedipolicy.json: documents[0]: missing required key "files"'],
    ['bad instance field', '.fedipolicy.json', '{"instance": {"minimumAge": "sixteen"}}', '.fedipolicy.json: instance.minimumAge: must be an integer'],
    ['unknown instance field', '.fedipolicy.json', '{"instance": {"admin": "x"}}', '.fedipolicy.json: instance.admin: unknown key (allowed: domain, name, adminEmail, contactUrl, adminAccount, jurisdiction, minimumAge, ipRetentionDays, logRetentionDays, loginRetentionDays, shutdownNoticeDays, backupFrequency, hostingProvider, emailProvider, ageVerification)'],
    ['bad extends type', '.fedipolicy.json', '{"extends": 3}', '.fedipolicy.json: extends: must be a string or an array of strings'],
    ['negative size', '.fedipolicy.json', '{"maxDocumentSize": 0}', '.fedipolicy.json: maxDocumentSize: must be at least 1'],
  ];
  for (const [what, name, text, expected] of cases) {
    it(what, async () => {
      const dir = folder({ [name]: text, 'privacy.md': IP_RETAINED });
      const run = await runCli(['lint'], { cwd: dir });
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.equal(hasStackTrace(run.stderr), false);
      const line = run.stderr.trimEnd();
      assert.equal(line.split('\n').length, 1, line);
      assert.ok(line.startsWith(`fedipolicy: ${expected}`), `got: ${line}\nexpected: fedipolicy: ${expected}`);
    });
  }

  it('a config in a sub-folder is named by its path', async () => {
    const dir = folder({ 'sub/.fedipolicy.json': '{"rules": {"ip-retention": "fatal"}}', 'sub/privacy.md': IP_RETAINED });
    await assertConfigError(dir, 'sub/.fedipolicy.json: rules.ip-retention: must be one of error, warning, info, off', ['sub']);
  });

  it('ConfigError carries file, key and problem', () => {
    const dir = folder({ '.fedipolicy.json': '{"rules": {"ip-retention": "fatal"}}' });
    assert.throws(
      () => loadConfigFile(join(dir, '.fedipolicy.json')),
      (error: unknown) => error instanceof ConfigError && error.key === 'rules.ip-retention' && error.file === join(dir, '.fedipolicy.json') && /must be one of/.test(error.problem),
    );
  });
});

describe('config: documents, instance, size', () => {
  after(cleanup);

  it('maps files to kinds and sets, relative to the config file', async () => {
    const dir = folder({
      '.fedipolicy.json': JSON.stringify({
        rules: { ...allOff, 'ip-retention': 'error' },
        documents: [
          { files: 'site/datenschutz.md', kind: 'privacy', set: 'main' },
          { files: ['legal/*.md'], kind: 'terms', set: 'main' },
        ],
      }),
      'site/datenschutz.md': NO_RETENTION,
      'legal/conditions.md': '# Conditions\n\nWe delete IP addresses after 30 days.\n',
    });
    // One set across two folders: the terms satisfy the privacy requirement.
    assert.equal((await lintJson(dir, ['site/datenschutz.md'])).status, 0);
    assert.equal((await lintJson(dir, ['--per-file', 'site/datenschutz.md'])).status, 1);
    const report = JSON.parse((await runCli(['report', '--format', 'json', 'site/datenschutz.md'], { cwd: dir })).stdout) as { sets: { documents: { file: string; kind: string }[] }[] };
    assert.deepEqual(report.sets[0].documents, [
      { file: 'site/datenschutz.md', kind: 'privacy' },
      { file: 'legal/conditions.md', kind: 'terms' },
    ]);
    const config = loadConfigFile(join(dir, '.fedipolicy.json'));
    assert.equal(documentMappingFor(config, join(dir, 'legal/conditions.md'))?.kind, 'terms');
    assert.equal(documentMappingFor(config, join(dir, 'other.md')), undefined);
  });

  it('a mapped kind decides which rules apply; --kind wins over it', async () => {
    const dir = folder({
      '.fedipolicy.json': JSON.stringify({ rules: { ...allOff, 'ip-retention': 'error' }, documents: [{ files: 'notes.md', kind: 'terms' }] }),
      'notes.md': '# Notes\n\nHello.\n',
    });
    assert.equal((await lintJson(dir, ['notes.md'])).status, 0);
    assert.equal((await lintJson(dir, ['--kind', 'privacy', 'notes.md'])).status, 1);
  });

  it('empty instance fields count as unknown; filled ones reach the engine', () => {
    const empty = folder({ '.fedipolicy.json': JSON.stringify({ instance: { domain: '', minimumAge: null, ipRetentionDays: 42 } }) });
    const loaded = loadConfigFile(join(empty, '.fedipolicy.json'));
    assert.deepEqual(loaded.engine.instance, { ipRetentionDays: 42 });
  });

  it('maxDocumentSize refuses an oversized file (exit 2, one line naming it)', async () => {
    const dir = folder({ '.fedipolicy.json': JSON.stringify({ maxDocumentSize: 10 }), 'privacy.md': IP_RETAINED });
    const run = await runCli(['lint', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^fedipolicy: privacy\.md: is too large \(.*maxDocumentSize/);
  });

  it('finds no config where there is none', () => {
    const dir = folder({ 'a/b/privacy.md': IP_RETAINED });
    const found = findConfigFile(join(dir, 'a', 'b'));
    assert.ok(found === undefined || !found.startsWith(dir));
  });
});

describe('config: schema', () => {
  it('enumerates every rule id and exactly each rule\'s options', () => {
    const rules = (schema.properties.rules as { properties: Record<string, unknown> }).properties;
    assert.deepEqual(Object.keys(rules).sort(), allRules().map((r) => r.id).sort());
    for (const rule of allRules()) {
      const entry = rules[rule.id] as { else?: { items: { properties: Record<string, unknown> }[] }; $ref?: string };
      const options = entry.else ? Object.keys(entry.else.items[1].properties).sort() : [];
      assert.deepEqual(options, Object.keys(rule.params ?? {}).sort(), rule.id);
    }
  });

  it('describes every InstanceInfo field the init command writes', () => {
    const fields = Object.keys((schema.properties.instance as { properties: Record<string, unknown> }).properties).sort();
    assert.deepEqual(fields, ['adminAccount', 'adminEmail', 'ageVerification', 'backupFrequency', 'contactUrl', 'domain', 'emailProvider', 'hostingProvider', 'ipRetentionDays', 'jurisdiction', 'logRetentionDays', 'loginRetentionDays', 'minimumAge', 'name', 'shutdownNoticeDays'].sort());
  });
});
