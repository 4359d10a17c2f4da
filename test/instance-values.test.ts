// Values read from the policy set (domain, name, contact, periods) fill the
// clauses that fixes insert; the config always wins, and a guess never fills.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, lintSet, resolveInstance, statedInstanceValues, type EngineConfig, type InstanceInfo, type SourceDocument } from '../server/engine';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditCommand } from '../server/cli/audit';
import { cleanup, folder, IP_RETAINED, onlyRules, runCli } from './support/cli';

const config = (instance: InstanceInfo = {}): EngineConfig => ({ ...defaultConfig(), instance });
const privacy = (text: string): SourceDocument[] => [{ file: 'privacy.md', text, kind: 'privacy' }];
const fixTexts = (sources: SourceDocument[], cfg = config()) => lintSet(sources, cfg).findings.filter((f) => f.fix).map((f) => f.fix!.edit.text).join('\n');

const TIDEPOOL = `---
contact: team@tidepool.social
---
# Privacy policy

Tidepool (tidepool.social) is a Mastodon server for people who study rock pools.

## What we collect

We store your e-mail address and the posts you write on tidepool.social.
Read the [Mastodon documentation](https://docs.joinmastodon.org/user/) and the [server FAQ](https://docs.joinmastodon.org/faq/) to learn how accounts work.

## How long we keep it

IP addresses are deleted after ninety days.
`;

describe('instance values read from the documents', () => {
  it('reads the domain the prose names, the name beside it, the contact and the periods, each with its line', () => {
    const values = statedInstanceValues(privacy(TIDEPOOL), config());
    assert.deepEqual(values.domain, { value: 'tidepool.social', source: { from: 'document', file: 'privacy.md', line: 6 } });
    assert.deepEqual(values.name, { value: 'Tidepool', source: { from: 'document', file: 'privacy.md', line: 6 } });
    assert.deepEqual(values.adminEmail, { value: 'team@tidepool.social', source: { from: 'document', file: 'privacy.md', line: 2 } });
    assert.deepEqual(values.ipRetentionDays, { value: 90, source: { from: 'document', file: 'privacy.md', line: 15 } });
  });

  it('fills the domain, name and contact in inserted clauses instead of placeholders', () => {
    const inserted = fixTexts(privacy(TIDEPOOL));
    assert.match(inserted, /contact the administrators of Tidepool at team@tidepool\.social/);
    assert.match(inserted, /tidepool\.social/);
    assert.doesNotMatch(inserted, /\[INSERT (?:the name of your server|your server's domain|the admins' contact)/);
  });

  it('does not read a domain that is only linked to (documentation)', () => {
    const values = statedInstanceValues(privacy('# Privacy\n\nWe run rockpool.social. See [the docs](https://docs.joinmastodon.org/) and [more docs](https://docs.joinmastodon.org/a) and [the FAQ](https://docs.joinmastodon.org/b).\n'), config());
    assert.equal(values.domain?.value, 'rockpool.social');
  });

  it('counts an address given as an example for nothing', () => {
    const values = statedInstanceValues(privacy('# Privacy\n\nYour handle looks like @you@shell.social, for example.\n'), config());
    assert.equal(values.domain, undefined);
    assert.equal(values.adminAccount, undefined);
  });

  it('two competing domains give a placeholder, not a guess', () => {
    const text = '# Privacy\n\nWe run crab.social and shrimp.social. Both crab.social and shrimp.social share this policy.\n';
    assert.equal(statedInstanceValues(privacy(text), config()).domain, undefined);
    const inserted = fixTexts(privacy(text));
    assert.match(inserted, /\[INSERT (?:the name of your server|your server's domain)\]/);
    assert.doesNotMatch(inserted, /crab\.social|shrimp\.social/);
  });

  it('a domain named twice as often as the other wins; an address that shows a form counts for nothing', () => {
    const text = '# Privacy\n\nWe run crab.social. Write to mods@crab.social. We federate with shrimp.social. Your address is username@other.social.\n';
    assert.equal(statedInstanceValues(privacy(text), config()).domain?.value, 'crab.social');
    assert.equal(statedInstanceValues(privacy(text), config()).adminEmail?.value, 'mods@crab.social');
    const once = '# Privacy\n\nWe run crab.social. We federate with shrimp.social.\n';
    assert.equal(statedInstanceValues(privacy(once), config()).domain, undefined);
  });

  it('config values win, and a fix whose clause uses a value the policy contradicts says so', () => {
    const report = lintSet(privacy(TIDEPOOL), config({ domain: 'anemone.social', name: 'Anemone', adminEmail: 'mods@anemone.social' }));
    const inserted = report.findings.filter((f) => f.fix).map((f) => f.fix!.edit.text).join('\n');
    assert.match(inserted, /contact the administrators of Anemone at mods@anemone\.social/);
    assert.doesNotMatch(inserted, /tidepool/);
    const contact = report.findings.find((f) => f.ruleId === 'contact')!;
    assert.match(contact.message, /The fix uses the config's adminEmail \(mods@anemone\.social\); the policy states team@tidepool\.social \(privacy\.md:2\)\./);
    assert.match(contact.message, /config's domain \(anemone\.social\); the policy states tidepool\.social \(privacy\.md:6\)/);
  });

  it('a config contact page is not replaced by an address the documents name', () => {
    const inserted = fixTexts(privacy(TIDEPOOL), config({ contactUrl: 'https://tidepool.social/about' }));
    assert.match(inserted, /at https:\/\/tidepool\.social\/about/);
    assert.doesNotMatch(inserted, /team@tidepool\.social/);
  });

  it('a stated period never silently replaces the config: the config value is kept and the conflict named', () => {
    const { instance, conflicts } = resolveInstance({ ipRetentionDays: 30 }, { ipRetentionDays: { value: 90, source: { from: 'document', file: 'privacy.md', line: 14 } } });
    assert.equal(instance.ipRetentionDays, 30);
    assert.deepEqual(conflicts, [{ key: 'ipRetentionDays', config: 30, stated: { value: 90, source: { from: 'document', file: 'privacy.md', line: 14 } } }]);
    assert.equal(resolveInstance({}, { ipRetentionDays: { value: 90, source: { from: 'config' } } }).instance.ipRetentionDays, 90);
  });
});

describe('cli: init pre-fills the instance from the policies', () => {
  after(cleanup);

  it('fills domain, name, contact and every stated period, says where each came from, and leaves the rest empty', async () => {
    const dir = folder({
      'privacy.md': `# Privacy policy\n\nTidepool (tidepool.social) is a small Mastodon server.\n\n## Retention\n\nIP addresses are deleted after ninety days. Server logs are kept for two weeks.\n\n## Contact\n\nWrite to admins@tidepool.social with any question about your data.\n`,
      'terms.md': '# Terms of service\n\nWe will announce a shutdown of tidepool.social at least three months before it happens.\n\nYou must be at least 16 years old to use tidepool.social.\n',
    });
    const run = await runCli(['init'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const instance = JSON.parse(readFileSync(join(dir, '.fedipolicy.json'), 'utf8')).instance;
    assert.equal(instance.domain, 'tidepool.social');
    assert.equal(instance.name, 'Tidepool');
    assert.equal(instance.adminEmail, 'admins@tidepool.social');
    assert.equal(instance.ipRetentionDays, 90);
    assert.equal(instance.logRetentionDays, 14);
    assert.equal(instance.shutdownNoticeDays, 90);
    assert.equal(instance.minimumAge, 16);
    assert.equal(instance.contactUrl, '');
    assert.equal(instance.loginRetentionDays, null);
    assert.match(run.stdout, /instance\.domain = "tidepool\.social" +\(read from privacy\.md:3\)/);
    assert.match(run.stdout, /instance\.adminEmail = "admins@tidepool\.social" +\(read from privacy\.md:11\)/);
    assert.match(run.stdout, /instance\.ipRetentionDays = 90 +\(read from privacy\.md:7\)/);
    assert.match(run.stdout, /instance\.logRetentionDays = 14 +\(read from privacy\.md:7\)/);
    assert.match(run.stdout, /instance\.shutdownNoticeDays = 90 +\(read from terms\.md:3\)/);
    assert.match(run.stdout, /instance\.minimumAge = 16 +\(read from terms\.md:5\)/);
    assert.doesNotMatch(run.stdout, /instance\.(?:contactUrl|loginRetentionDays|jurisdiction)/);
    // The written config loads, and lint then fills clauses from it.
    assert.notEqual((await runCli(['lint'], { cwd: dir })).status, 2);
  });

  it('leaves the instance empty when the policies name nothing', async () => {
    const dir = folder({ 'privacy.md': '# Privacy policy\n\nWe store your posts.\n' });
    const run = await runCli(['init'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const instance = JSON.parse(readFileSync(join(dir, '.fedipolicy.json'), 'utf8')).instance;
    assert.equal(instance.domain, '');
    assert.equal(instance.adminEmail, '');
    assert.doesNotMatch(run.stdout, /read from/);
  });
});

describe('cli: lint --fix-dry-run', () => {
  after(cleanup);

  it('prints the unified diff --fix would write and changes nothing', async () => {
    const original = '# Privacy policy\n\nTidepool (tidepool.social) keeps your posts.\n\n## Data retention\n\nWe care about your data.\n';
    const dir = folder({ 'privacy.md': original });
    const dry = await runCli(['lint', '--fix-dry-run', 'privacy.md'], { cwd: dir });
    assert.equal(dry.status, 1, dry.stderr);
    assert.equal(readFileSync(join(dir, 'privacy.md'), 'utf8'), original);
    assert.match(dry.stdout, /^--- a\/privacy\.md\n\+\+\+ b\/privacy\.md\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    // The diff is exactly what --fix then writes.
    const added = dry.stdout.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1));
    assert.ok(added.some((l) => /tidepool\.social/.test(l) && /IP address/.test(l)), dry.stdout);
    assert.equal((await runCli(['lint', '--fix', 'privacy.md'], { cwd: dir })).stderr, '');
    const fixed = readFileSync(join(dir, 'privacy.md'), 'utf8');
    for (const line of added) assert.ok(fixed.split('\n').includes(line), `--fix wrote ${JSON.stringify(line)}`);
    assert.equal(fixed.split('\n').length - original.split('\n').length, added.length - dry.stdout.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length);
  });

  it('prints nothing and exits 0 when there is nothing to fix; refuses --fix with it', async () => {
    const dir = folder({ 'privacy.md': IP_RETAINED, '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }) });
    const run = await runCli(['lint', '--fix-dry-run', 'privacy.md'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    const both = await runCli(['lint', '--fix', '--fix-dry-run', 'privacy.md'], { cwd: dir });
    assert.equal(both.status, 2);
    assert.match(both.stderr, /cannot be used together/);
  });
});

describe('audit --save writes a config with what the instance API states', () => {
  after(cleanup);

  it('domain, title, contact e-mail and account, minimum age; from a loopback server, no real network', async () => {
    const answers: Record<string, unknown> = {
      '/api/v2/instance': { domain: 'kelp.example', title: 'Kelp Forest', contact: { email: 'mods@kelp.example', account: { acct: 'warden' } }, registrations: { enabled: true, min_age: 18 } },
      '/api/v1/instance/privacy_policy': { content: '<h1>Privacy</h1><p>We store your posts.</p>', updated_at: '2025-01-01' },
      '/api/v1/instance/rules': [{ text: 'Be kind.' }],
    };
    const server = createServer((req, res) => {
      const body = answers[req.url ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'Record not found' }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = join(folder(), 'saved');
    let stderr = '';
    try {
      const code = await auditCommand([origin, '--allow-http', '--save', dir, '--min-grade', 'E'], { stdout: () => undefined, stderr: (s) => (stderr += s) });
      assert.equal(code, 0, stderr);
    } finally {
      server.closeAllConnections();
      server.close();
    }
    const config = JSON.parse(readFileSync(join(dir, '.fedipolicy.json'), 'utf8'));
    assert.deepEqual(config.instance, { domain: 'kelp.example', name: 'Kelp Forest', adminEmail: 'mods@kelp.example', adminAccount: '@warden@kelp.example', minimumAge: 18 });
    assert.deepEqual(config.documents, [{ files: 'privacy.md', kind: 'privacy' }, { files: 'rules.md', kind: 'rules' }]);
    assert.match(stderr, new RegExp(`instance\\.domain = "kelp\\.example"  \\(read from the instance API \\(${origin.replace(/\./g, '\\.')}/api/v2/instance\\)\\)`));
    // The saved set lints with it, and the contact clause is filled from the API's answer.
    const dry = await runCli(['lint', '--fix-dry-run', '.'], { cwd: dir });
    assert.notEqual(dry.status, 2, dry.stderr);
    assert.match(dry.stdout, /contact the administrators of Kelp Forest at mods@kelp\.example/);
  });
});
