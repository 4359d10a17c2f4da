import { affirmed } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default knowRule({
  id: 'account-deletion',
  severity: 'warning',
  summary: 'The policy says users can delete their account.',
  message: 'The policy does not say that users can delete their account; users should know they can leave and take their data down.',
  topics: ['topicRights', 'topicRetention'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['You can delete your account at any time from your account settings.', 'Members may close their account whenever they like.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['You cannot delete your account yourself.', 'Can I delete my account?', 'You have the right to erasure of your personal data.'],
  },
  states: (unit) => affirmed(unit.text, 'accountDeletion').length > 0,
});
