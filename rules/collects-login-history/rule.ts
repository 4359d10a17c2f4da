import { defineRule } from '../../server/engine/rule';
import { evidenceWhere, has, loginHistoryNamed, requirementCheck, statesCollected } from '../../server/engine/match';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

// statesCollected reads the unit, its headings and lead-in, and the units before it in its section.
const statesLoginHistory = perUnit((unit) => statesCollected(unit, loginHistoryNamed) || (loginHistoryNamed(unit.text).length > 0 && has(unit.text, 'sessionsShown')));

export default defineRule({
  id: 'collects-login-history',
  group: 'data',
  severity: 'warning',
  summary: 'The policy says that login times, sign-in history or the list of logged-in sessions is recorded.',
  message: 'The policy does not say that login times or sessions are recorded; users should know the server keeps a history of when and from where they signed in.',
  subject: { concepts: ['loginHistory'], name: 'logins' },
  requirement: true,
  where: ['privacy', 'terms'],
  topics: ['topicCollect', 'topicUse'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['We record when you sign in to your account.', 'We record the times you log in to your account.', 'Your active sessions are listed in your account settings, where you can revoke them.', "We record the date and time of each login.", "Every sign-in is logged with a timestamp."],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['We do not keep a login history.', '```\nWe record your login history.\n```', 'Do we record when you sign in?', "You can only post when you are logged in.", "Other websites may note the time you log in to them."],
  },
  check: (doc) => requirementCheck(evidenceWhere(doc, statesLoginHistory)),
});
