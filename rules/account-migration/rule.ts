import { affirmed, has, withHeading } from '../../server/engine/match';
import { closeTogether, knowRule, offered } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default knowRule({
  id: 'account-migration',
  severity: 'info',
  summary: 'The policy says users can move their account and followers to another server.',
  message: 'The policy does not say that users can move their account to another server; users should know they are not locked in.',
  topics: ['topicRights'],
  subject: { concepts: ['accountMigration'], name: 'moving accounts' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'You can move your account to another server, and your followers will follow you there.', 'Account migration to a different instance is supported.',
      'Before you close your account here, you can redirect it to a new account elsewhere and your followers are transferred.',
      'We plan to close the server next year; until then you can move your account to another instance.', 'Your followers can be brought over to another instance when you leave.',
    ],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: [
      'You cannot move your account to another server.', 'We migrated the database last year.', 'Moving accounts to other instances is not available here yet.',
      'We moved the server to a new data centre in May.', 'You can close your account at any time.',
      'Moderation reports may be transferred to another instance for review.', 'Last year we migrated our instance to a bigger machine.',
      'Moving your account elsewhere is a feature we hope to add to a new server version.',
    ],
  },
  // A phrase for it, or the structure: a verb of moving next to an account or followers (what moves), and a new home for them
  // (another server, a new account; the heading may say where: "Moving elsewhere"). "Not supported" takes it back.
  states: (unit) =>
    (offered(unit, 'accountMigration') || offered(unit, 'moveVerb')) &&
    has(unit.text, 'aboutAccounts') &&
    // "The server moved to a new data centre" moves no one's account.
    (has(unit.text, 'accountWord') || (!has(unit.text, 'serverSubject') && !has(unit.text, 'serverMoved'))) &&
    (affirmed(unit.text, 'accountMigration').length > 0 || (closeTogether(unit.text, 'moveVerb', 'accountWord', 5) && has(withHeading(unit), 'newHome'))),
});
