// Each rule that declares a subject names, in its missing finding, the first sentence that mentions the
// subject without stating the requirement; a policy that never mentions the subject gets the plain message.
import assert from 'node:assert/strict';
import { defaultConfig, lintSet } from '../server/engine';
import { allRules } from '../server/engine/registry';

const missingFinding = (text: string, ruleId: string) => {
  const report = lintSet([{ file: 'privacy.md', text, kind: 'privacy' }], defaultConfig());
  assert.equal(report.requirements.find((r) => r.ruleId === ruleId)?.status, 'missing', `${ruleId} should be missing in:\n${text}`);
  return report.findings.find((f) => f.ruleId === ruleId)!;
};

// [rule, a policy whose line 5 mentions the subject without stating the requirement, the subject's name in the message]
const NEAR: [string, string, string][] = [
  ['collects-email', 'Please never post your e-mail address in public toots.', 'e-mail addresses'],
  ['collects-username', 'Pick a username that does not impersonate anyone.', 'usernames'],
  ['collects-password', 'Use a strong password and change it now and then.', 'passwords'],
  ['collects-ip-address', 'We do not record IP addresses.', 'IP addresses'],
  ['collects-user-agent', 'The site works with any operating system.', 'browsers and apps'],
  ['collects-login-history', 'We do not keep a login history.', 'logins'],
  ['ip-retention', 'We store the IP address you sign up from.', 'keeping IP addresses'],
  ['log-retention', 'Our web server logs are kept on an encrypted disk.', 'keeping server logs'],
  ['login-retention', 'Your login history is stored with your account.', 'keeping login records'],
  ['minimum-age', 'Children should ask a parent before joining.', 'an age limit'],
  ['date-of-birth', 'Sign-up asks for your date of birth.', 'dates of birth'],
  ['contact', 'If anything here is unclear, please contact the admins.', 'contacting the operators'],
  ['security-measures', 'Direct messages are not encrypted end to end.', 'security measures'],
  ['third-parties', 'We may work with third parties.', 'third parties'],
  ['policy-changes', 'We may change this policy at any time.', 'changes to the policy'],
  ['collects-user-content', 'Your profile information is up to you.', 'what users post'],
  ['account-deletion', 'Moderators may delete an account that breaks the rules.', 'deleting accounts'],
  ['account-migration', 'Moving to another server is not supported here.', 'moving accounts'],
  ['ai-training-prohibited', 'Some people use artificial intelligence to write their posts.', 'AI'],
  ['covenant-backups', 'Our hosting company is also our backup provider.', 'backups'],
  ['covenant-emergency-access', 'Nobody else has emergency access.', 'emergency access'],
  ['covenant-shutdown-notice', 'We have no plans to shut down.', 'shutting the server down'],
  ['data-export', 'Data exports are not available on this server.', 'exporting data'],
  ['dm-not-encrypted', 'Direct messages are only shown to the people mentioned.', 'direct messages'],
  ['federation-disclosure', 'Your posts are never sent to other servers.', 'federation'],
  ['no-data-sale', 'We sell stickers to pay for the server.', 'selling data'],
  ['scraping-prohibited', 'Scraping is a hot topic these days.', 'scraping'],
  ['covenant-moderation', 'We moderate spam quickly.', 'moderation'],
];

describe('near candidates, rule by rule', () => {
  for (const [ruleId, sentence, name] of NEAR) {
    it(`${ruleId}: "${sentence}" is named as a near candidate`, () => {
      const finding = missingFinding(`# Privacy\n\nWe run a small server for friends.\n\n${sentence}\n`, ruleId);
      assert.ok(finding.message.endsWith(` Line 5 mentions ${name} but was not read as stating this.`), finding.message);
      assert.equal(finding.related?.[0].line, 5);
    });

    // date-of-birth applies only where a date of birth is mentioned: it has no plain message to give.
    if (ruleId === 'date-of-birth') continue;
    it(`${ruleId}: a policy that does not mention ${name} gets the plain message`, () => {
      const finding = missingFinding('# Privacy\n\nWe run a small server for friends.\n\nBe kind to each other.\n', ruleId);
      assert.doesNotMatch(finding.message, /mentions/);
      assert.equal(finding.related, undefined);
    });
  }

  it('a sentence that is not about the subject is not named: e-mail as a way to write, data named without keeping it, children in a content rule, an account closed', () => {
    for (const [ruleId, sentence] of [
      ['collects-email', 'Questions? Write to us by e-mail.'],
      ['ip-retention', 'Sign-ups from known spam IP addresses are blocked.'],
      // "logs" names the logs, not their keeping: the subject and what goes alongside it are two places.
      ['log-retention', 'Moderators sometimes read the logs.'],
      // Children named in a content rule, not as people who may or may not join.
      ['minimum-age', 'Sexualised depictions of children are removed at once.'],
      // Closing one's account is no shutdown of the server.
      ['covenant-shutdown-notice', 'You can close your account at any time.'],
    ]) {
      const finding = missingFinding(`# Privacy\n\nWe run a small server for friends.\n\n${sentence}\n`, ruleId);
      assert.doesNotMatch(finding.message, /mentions/, sentence);
      assert.equal(finding.related, undefined, sentence);
    }
  });

  it('every requirement rule has a subject, and every subject is in the table above', () => {
    const tested = new Set(NEAR.map(([id]) => id));
    assert.deepEqual(allRules().filter((r) => r.requirement && !r.subject).map((r) => r.id), []);
    assert.deepEqual(allRules().filter((r) => r.subject && !tested.has(r.id)).map((r) => r.id), []);
  });
});
