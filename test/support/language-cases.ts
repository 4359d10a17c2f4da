// The rule tester for one non-English language: every rule read in that
// language (satisfied, violated, nearly satisfied), every clause written in it,
// clauses inserted in it by --fix, and its numbers, durations and ages.
import assert from 'node:assert/strict';
import { allRules, defaultConfig, detectLanguage, fillClause, fixSet, lintSet, type DocumentKind, type InstanceInfo, type SetReport } from '../../server/engine';
import { ages, durations } from '../../server/engine/vocabulary';
import type { RuleDefinition } from '../../server/engine/rule';

export interface RuleCases {
  /** Sentences that satisfy the rule (requirement rules) or draw no finding (other rules). */
  pass: string[];
  /** Documents without the requirement, or with a finding. */
  fail: string[];
  /** Near misses: negated, asked, in a code block or comment, numbers that are no period. */
  near: string[];
}

export interface LanguageCases {
  language: string;
  /** The language's English name, as findings say it ("read as Japanese"). */
  name: string;
  /** Cases for every requirement rule and for vague-retention. */
  rules: Record<string, RuleCases>;
  /** A paragraph of policy text in the language, for language detection. */
  paragraph: string;
  /** A short policy in the language with a few headings and no clauses, for --fix. */
  policyToFix: string;
  /** Durations in the language and the days they are read as. */
  durations: [text: string, days: number][];
  /** Texts with numbers that are no duration (dates, frequencies). */
  notDurations: string[];
  /** Ages in the language. */
  ages: [text: string, age: number][];
}

export const FULL_INSTANCE: InstanceInfo = {
  domain: 'harbour.social', name: 'Harbour Social', adminEmail: 'admins@harbour.social', jurisdiction: 'Germany', minimumAge: 16,
  ipRetentionDays: 365, logRetentionDays: 90, loginRetentionDays: 365, shutdownNoticeDays: 90, backupFrequency: 'daily',
  hostingProvider: 'Hetzner Online GmbH', emailProvider: 'Mailgun', ageVerification: true,
};

/** The kind of document a rule's clause belongs in (privacy rules in a privacy policy). */
const kindFor = (rule: RuleDefinition): DocumentKind => (['data', 'retention', 'know'].includes(rule.group) ? 'privacy' : rule.where[0]);

function lintIn(rule: RuleDefinition, text: string, instance: InstanceInfo = {}): SetReport {
  return lintSet([{ file: 'policy.md', text, kind: kindFor(rule) }], { ...defaultConfig(), instance });
}

const statusOf = (report: SetReport, id: string) => report.requirements.find((r) => r.ruleId === id)?.status;
const messagesOf = (report: SetReport, id: string) => report.findings.filter((f) => f.ruleId === id).map((f) => f.message);

export function describeLanguage(cases: LanguageCases): void {
  describe(`${cases.name} (${cases.language})`, () => {
    describe('rules read in this language', () => {
      it('has cases for every requirement rule and for vague-retention', () => {
        const expected = allRules().filter((r) => r.requirement || r.id === 'vague-retention').map((r) => r.id).sort();
        assert.deepEqual(Object.keys(cases.rules).sort(), expected);
      });
      for (const [id, { pass, fail, near }] of Object.entries(cases.rules)) {
        describe(id, () => {
          const rule = allRules().find((r) => r.id === id)!;
          it('has a satisfying, a violating and a nearly satisfying case', () => assert.ok(pass.length > 0 && fail.length > 0 && near.length > 0));
          for (const text of pass) {
            it(`satisfied by: ${text.slice(0, 70)}`, () => {
              const report = lintIn(rule, text);
              if (rule.requirement) assert.equal(statusOf(report, id), 'satisfied');
              assert.deepEqual(messagesOf(report, id), []);
            });
          }
          for (const text of fail) {
            it(`violated by: ${text.slice(0, 70)}`, () => {
              assert.ok(messagesOf(lintIn(rule, text), id).length > 0, `expected a ${id} finding`);
            });
          }
          for (const text of near) {
            it(`not satisfied by: ${text.slice(0, 70)}`, () => {
              const report = lintIn(rule, text);
              if (rule.requirement) assert.equal(statusOf(report, id), 'missing');
              else assert.deepEqual(messagesOf(report, id), []);
            });
          }
        });
      }
    });

    describe('clauses written in this language', () => {
      for (const rule of allRules().filter((r) => r.requirement)) {
        it(`${rule.id}: the filled clause is in ${cases.name} and satisfies the rule`, () => {
          const clause = fillClause(rule.id, FULL_INSTANCE, cases.language);
          assert.ok(clause);
          assert.notEqual(clause, fillClause(rule.id, FULL_INSTANCE, 'en'), 'the clause is translated');
          assert.doesNotMatch(clause, /\{\{|\[INSERT/);
          const report = lintIn(rule, `# ${cases.name}\n\n${clause}\n`, FULL_INSTANCE);
          assert.equal(statusOf(report, rule.id), 'satisfied');
          assert.deepEqual(messagesOf(report, rule.id), []);
        });
      }

      it('--fix inserts the clauses in this language, under titles in this language, and satisfies every requirement', () => {
        const config = { ...defaultConfig(), instance: FULL_INSTANCE };
        const fixed = fixSet([{ file: 'privacy.md', text: cases.policyToFix, kind: 'privacy' }], config).get('privacy.md');
        assert.ok(fixed);
        for (const line of cases.policyToFix.split('\n').filter((l) => l.trim())) assert.ok(fixed.includes(line), `the admin's line "${line}" is kept`);
        for (const id of ['ip-retention', 'minimum-age', 'no-data-sale']) {
          assert.ok(fixed.includes(fillClause(id, FULL_INSTANCE, cases.language)!), `the ${id} clause is inserted in ${cases.name}`);
          assert.ok(!fixed.includes(fillClause(id, FULL_INSTANCE, 'en')!), `no English ${id} clause`);
        }
        const report = lintSet([{ file: 'privacy.md', text: fixed, kind: 'privacy' }], config);
        assert.deepEqual(report.requirements.filter((r) => r.status === 'missing').map((r) => r.ruleId), []);
        assert.equal(report.documents[0].language, cases.language);
        const englishTitles = ['Minimum age', 'Direct messages', 'Running the server', 'Scraping and AI training'];
        for (const title of englishTitles) assert.ok(!fixed.includes(`## ${title}\n`), `no English section title "${title}"`);
      });
    });

    describe('which language', () => {
      it('detects the language of a paragraph of policy text', () => assert.equal(detectLanguage(cases.paragraph), cases.language));

      it('honours `lang` in front matter and names the language in messages', () => {
        const report = lintSet([{ file: 'policy.md', text: `---\nlang: ${cases.language}\n---\n# Policy\n\nHello.\n`, kind: 'privacy' }], defaultConfig());
        assert.equal(report.documents[0].language, cases.language);
        assert.ok(report.findings.some((f) => f.message.endsWith(`(read as ${cases.name})`)));
      });
    });

    describe('numbers, durations and ages', () => {
      for (const [text, days] of cases.durations) {
        it(`reads "${text}" as ${days} days`, () => assert.deepEqual(durations(text).map((d) => d.days), [days]));
      }
      for (const text of cases.notDurations) {
        it(`reads no duration in "${text}"`, () => assert.deepEqual(durations(text).map((d) => d.text), []));
      }
      for (const [text, age] of cases.ages) {
        it(`reads the age ${age} in "${text}"`, () => assert.deepEqual(ages(text).map((a) => a.age), [age]));
      }
    });
  });
}
