// Tricky wordings, written for these tests: negations, numbers in words,
// FAQ-style answers, code and comments. Each line is one claim about reading.
import assert from 'node:assert/strict';
import { defaultConfig, lintSet } from '../server/engine';

type Expect = 'satisfied' | 'missing' | { days: number } | { age: number };
const CASES: [string, string, Expect][] = [
  ['ip-retention', 'We record your IP address. IP addresses are never stored for more than 30 days.', { days: 30 }],
  ['ip-retention', 'We record your IP address and keep it for half a year.', { days: 182.5 }],
  ['ip-retention', 'IP addresses: we keep them for one hundred eighty days.', { days: 180 }],
  ['ip-retention', 'IP addresses are kept for twelve (12) months.', { days: 365 }],
  ['ip-retention', '`We keep IP addresses for 90 days.`', 'missing'],
  // A pronoun after data the sentence names itself is that data, not the IP addresses of the sentence before.
  ['ip-retention', 'IP addresses are deleted after 90 days.\n\nWe keep your login history for 400 days, then delete it.', { days: 90 }],
  ['login-retention', 'IP addresses are deleted after 400 days.\n\nWe keep your login history for 180 days, then delete it.', { days: 180 }],
  ['ip-retention', 'We log the IP address of every request.\n\nWe delete it after 14 days.', { days: 14 }],
  // A sentence that points back ("these records", "diese Daten") to the IP addresses of the one before.
  ['ip-retention', 'We log the IP address of every sign-in. These records are deleted after two weeks.', { days: 14 }],
  ['ip-retention', 'Wir protokollieren bei jeder Anmeldung deine IP-Adresse. Diese Daten speichern wir nicht dauerhaft, sondern löschen sie nach 48 Stunden.', { days: 2 }],
  ['ip-retention', 'We log the IP address of every sign-in. This data helps us stop spam.', 'missing'],
  // French compound numbers: "quatre-vingt-cinq" is 80 + 5, "soixante-dix-sept" 70 + 7.
  ['ip-retention', 'Les adresses IP sont supprimées après quatre-vingt-cinq jours.', { days: 85 }],
  ['ip-retention', 'Les adresses IP sont conservées soixante-dix-sept jours au maximum.', { days: 77 }],
  ['ip-retention', 'IP addresses are deleted after one hundred and eighty days.', { days: 180 }],
  ['ip-retention', 'We keep IP addresses for as long as we see fit.', 'missing'],
  ['log-retention', 'Server logs are purged after a couple of weeks.', { days: 14 }],
  ['log-retention', 'We do not keep any server logs.', { days: 0 }],
  ['log-retention', 'Our web server writes access logs every 5 minutes.', 'missing'],
  ['no-data-sale', '## Do we sell your data?\n\nNo. Never.', 'satisfied'],
  ['no-data-sale', 'We sell anonymised statistics to partners.', 'missing'],
  ['minimum-age', 'You must be over sixteen to join.', { age: 16 }],
  ['minimum-age', 'Nobody younger than thirteen may register.', { age: 13 }],
  ['minimum-age', 'Posts older than 2 years are archived.', 'missing'],
  ['collects-email', 'We ask for an email address when you register.', 'satisfied'],
  ['collects-email', "We don't ask for your email address.", 'missing'],
  // Who keeps which data, and when it is only imagined or another party's (issue 10).
  ['collects-email', 'If we ever start a newsletter, we would ask for your email address.', 'missing'],
  ['collects-ip-address', 'To protect against abuse, we record the IP address of each sign-up.', 'satisfied'],
  ['collects-ip-address', 'IP logging is disabled on this server.', 'missing'],
  ['collects-login-history', 'Failed and successful sign-ins are recorded.', 'satisfied'],
  ['collects-login-history', 'You can only post when you are logged in.', 'missing'],
  ['login-retention', 'Inactive accounts are deleted six months after your last login.', 'missing'],
  ['login-retention', 'ログインの成功・失敗の記録は60日間保存します。', { days: 60 }],
  ['ip-retention', 'We never keep IP addresses for more than three months.', { days: 90 }],
  ['ip-retention', 'IP addresses are stored for at least 30 days.', 'missing'],
  ['log-retention', 'Error logs are cleared every 21 days.', { days: 21 }],
  ['ai-training-prohibited', 'Nobody may use posts on this server to train machine learning models.', 'satisfied'],
  ['ai-training-prohibited', 'Training generative AI on our content is not permitted.', 'satisfied'],
  ['ai-training-prohibited', 'We have no rule against training AI models on posts.', 'missing'],
  ['ai-training-prohibited', 'Scraping this server is forbidden.', 'missing'],
  ['scraping-prohibited', 'Automated scraping of this instance is forbidden.', 'satisfied'],
  ['scraping-prohibited', 'Scraping is allowed.', 'missing'],
  ['scraping-prohibited', 'We do not prohibit scraping.', 'missing'],
  ['covenant-backups', 'We do not make backups.', 'missing'],
  ['covenant-backups', 'Daily backups are stored offsite.', 'satisfied'],
  ['covenant-shutdown-notice', 'We promise at least ninety days notice before closing the instance.', { days: 90 }],
  ['dm-not-encrypted', 'DMs are not end-to-end encrypted.', 'satisfied'],
  ['dm-not-encrypted', 'Direct messages are end-to-end encrypted.', 'missing'],
  ['federation-disclosure', 'Your public posts are shared with other servers in the fediverse.', 'satisfied'],
  ['account-deletion', "You can't delete your account.", 'missing'],
  ['data-export', 'You may request a copy of your data.', 'satisfied'],
  ['contact', 'Email the admin team at team@harbour.social.', 'satisfied'],
  ['contact', 'Contact us if you have any questions.', 'missing'],
  ['covenant-emergency-access', 'Two admins have access to the server in case of emergency.', 'satisfied'],
  ['covenant-emergency-access', "One person's story is another person's life.", 'missing'],
];

describe('tricky wordings', () => {
  for (const [rule, text, expected] of CASES) {
    it(`${rule}: ${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => {
      const report = lintSet([{ file: 'privacy.md', text: `# Privacy\n\n${text}\n`, kind: 'privacy' }], defaultConfig());
      const requirement = report.requirements.find((r) => r.ruleId === rule)!;
      if (typeof expected === 'string') {
        assert.equal(requirement.status, expected);
      } else {
        assert.equal(requirement.status, 'satisfied');
        assert.deepEqual(requirement.value, expected);
      }
    });
  }
});
