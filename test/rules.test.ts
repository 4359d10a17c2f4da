// The rule tester: every rule's own examples run as tests (pass, fail, nearly
// pass), and every template clause must satisfy its rule once filled in.
import assert from 'node:assert/strict';
import { allRules, defaultConfig, fillClause, fixSet, lintSet, type DocumentKind, type InstanceInfo, type SetReport } from '../server/engine';
import type { RuleDefinition } from '../server/engine/rule';

const FULL_INSTANCE: InstanceInfo = {
  domain: 'harbour.social', name: 'Harbour Social', adminEmail: 'admins@harbour.social', jurisdiction: 'Germany', minimumAge: 16,
  ipRetentionDays: 365, logRetentionDays: 90, loginRetentionDays: 365, shutdownNoticeDays: 90, backupFrequency: 'daily',
  hostingProvider: 'Hetzner Online GmbH', emailProvider: 'Mailgun', ageVerification: true,
};

/** Lints a snippet as a one-document set of the kind where the rule's clause belongs (privacy rules in a privacy policy). */
function lintAs(rule: RuleDefinition, text: string, instance: InstanceInfo = {}): SetReport {
  const kind: DocumentKind = rule.group === 'data' || rule.group === 'retention' || rule.group === 'know' ? 'privacy' : rule.where[0];
  return lintSet([{ file: 'example.md', text, kind }], { ...defaultConfig(), instance });
}

const statusOf = (report: SetReport, id: string) => report.requirements.find((r) => r.ruleId === id)?.status;
const findingsOf = (report: SetReport, id: string) => report.findings.filter((f) => f.ruleId === id);

describe('rule examples', () => {
  for (const rule of allRules()) {
    describe(rule.id, () => {
      it('has at least one passing, one failing and one nearly-passing example', () => {
        assert.ok(rule.examples.pass.length > 0 && rule.examples.fail.length > 0 && rule.examples.near.length > 0);
      });
      for (const text of rule.examples.pass) {
        it(`passes: ${JSON.stringify(text).slice(0, 90)}`, () => {
          const report = lintAs(rule, text);
          if (rule.requirement) assert.equal(statusOf(report, rule.id), 'satisfied');
          assert.deepEqual(findingsOf(report, rule.id).map((f) => f.message), []);
        });
      }
      for (const text of rule.examples.fail) {
        it(`fails: ${JSON.stringify(text).slice(0, 90)}`, () => {
          const report = lintAs(rule, text);
          assert.ok(findingsOf(report, rule.id).length > 0, `expected a ${rule.id} finding`);
        });
      }
      for (const text of rule.examples.near) {
        it(`does not count: ${JSON.stringify(text).slice(0, 90)}`, () => {
          const report = lintAs(rule, text);
          if (rule.requirement) assert.equal(statusOf(report, rule.id), 'missing');
          else assert.deepEqual(findingsOf(report, rule.id).map((f) => f.message), []);
        });
      }
    });
  }
});

describe('template clauses', () => {
  for (const rule of allRules().filter((r) => r.requirement)) {
    it(`${rule.id}: the filled clause satisfies the rule`, () => {
      const clause = fillClause(rule.id, FULL_INSTANCE);
      assert.ok(clause, 'every requirement rule has a clause');
      assert.doesNotMatch(clause, /\{\{|\[INSERT/, 'all values are filled');
      const report = lintAs(rule, `# Policy\n\n${clause}\n`, FULL_INSTANCE);
      assert.equal(statusOf(report, rule.id), 'satisfied');
      assert.deepEqual(findingsOf(report, rule.id).map((f) => f.message), []);
    });
  }

  it('a value that is not configured becomes a visible [INSERT ...] marker, never an invented one', () => {
    const clause = fillClause('ip-retention', {})!;
    assert.match(clause, /\[INSERT [^\]]+\]/);
    assert.doesNotMatch(clause.replace(/\[INSERT [^\]]+\]/g, ''), /\b\d+ (?:days|months)\b/);
  });
});

describe('fixes', () => {
  const base = '# Privacy policy\n\nWe run this server for our friends.\n\n## Data retention\n\nWe care about your data.\n\n## Contact\n\nAsk us anything.\n';

  it('applying every fix satisfies every applicable requirement, and a second run changes nothing', () => {
    const config = { ...defaultConfig(), instance: FULL_INSTANCE };
    const first = fixSet([{ file: 'privacy.md', text: base, kind: 'privacy' }], config);
    const fixed = first.get('privacy.md');
    assert.ok(fixed && fixed !== base);
    assert.ok(fixed.startsWith('# Privacy policy\n\nWe run this server for our friends.\n'), 'the admin\'s text is kept');
    const report = lintSet([{ file: 'privacy.md', text: fixed, kind: 'privacy' }], config);
    const missing = report.requirements.filter((r) => r.status === 'missing').map((r) => r.ruleId);
    assert.deepEqual(missing, []);
    assert.equal(fixSet([{ file: 'privacy.md', text: fixed, kind: 'privacy' }], config).size, 0);
  });

  it('is idempotent even when values are missing and [INSERT ...] markers remain', () => {
    const config = defaultConfig();
    const fixed = fixSet([{ file: 'privacy.md', text: base, kind: 'privacy' }], config).get('privacy.md')!;
    assert.match(fixed, /\[INSERT/);
    assert.equal(fixSet([{ file: 'privacy.md', text: fixed, kind: 'privacy' }], config).size, 0);
  });

  it('inserts a clause under the existing heading on its topic, without touching other text', () => {
    const report = lintSet([{ file: 'privacy.md', text: base, kind: 'privacy' }], defaultConfig());
    const ip = report.findings.find((f) => f.ruleId === 'ip-retention')!;
    assert.equal(ip.line, 5, 'reported at the "Data retention" heading');
    assert.ok(ip.fix);
    const { start, end, text } = ip.fix.edit;
    assert.match(base.slice(start, end), /^\s*$/, 'only blank space is replaced');
    assert.equal(start, base.indexOf('We care about your data.') + 'We care about your data.'.length);
    assert.match(text, /^\n\nWe keep/);
    assert.match(ip.fix.title, /under "Data retention"/);
  });

  it('creates a new section at the end when no heading is on the topic', () => {
    const report = lintSet([{ file: 'privacy.md', text: base, kind: 'privacy' }], defaultConfig());
    const ai = report.findings.find((f) => f.ruleId === 'ai-training-prohibited')!;
    assert.equal(ai.fix!.edit.start, base.trimEnd().length);
    assert.match(ai.fix!.edit.text, /^\n\n## Scraping and AI training\n\n/);
  });

  it('a too-long period gets a fix that replaces only the number and unit', () => {
    const text = '# Privacy\n\nWe keep IP addresses for 2 years.\n';
    const report = lintSet([{ file: 'p.md', text, kind: 'privacy' }], defaultConfig());
    const long = report.findings.find((f) => f.ruleId === 'ip-retention' && f.fix)!;
    assert.equal(text.slice(long.fix!.edit.start, long.fix!.edit.end), '2 years');
    assert.equal(long.fix!.edit.text, '1 year');
    assert.equal(long.severity, 'warning');
  });
});
