import { affirmed, has } from '../../server/engine/match';
import { knowRule } from '../shared/know';
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
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['You can move your account to another server, and your followers will follow you there.', 'Account migration to a different instance is supported.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['You cannot move your account to another server.', 'We migrated the database last year.'],
  },
  states: (unit) => affirmed(unit.text, 'accountMigration').length > 0 && has(unit.text, 'aboutAccounts'),
});
