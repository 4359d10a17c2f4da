import { affirmed, has } from '../../server/engine/match';
import { knowRule, offered, userActsOnAccount } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/**
 * "Moderators may delete an account that breaks the rules": an account, not the user's, and only the operators
 * named. "The admins will delete your account on request" names the user; a language that leaves out the
 * article and the pronoun ("アカウントの削除") is not read this way.
 */
function operatorsDeleteAnAccount(text: string, phrase: string): boolean {
  return /\b(?:an|the|any)\b/i.test(phrase) && has(text, 'operatorParty') && !has(text, 'userOwned') && !has(text, 'userActs');
}

export default knowRule({
  id: 'account-deletion',
  severity: 'warning',
  summary: 'The policy says users can delete their account.',
  message: 'The policy does not say that users can delete their account; users should know they can leave and take their data down.',
  topics: ['topicRights', 'topicRetention'],
  subject: { concepts: ['accountDeletion'], name: 'deleting accounts' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'You can delete your account at any time from your account settings.', 'Members may close their account whenever they like.',
      'Anyone registered here can wipe their profile and everything in it for good.', 'Should you want to leave, the admins will erase your account for you.',
    ],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: [
      'You cannot delete your account yourself.', 'Can I delete my account?', 'You have the right to erasure of your personal data.',
      'Moderators may remove accounts that break the rules.', 'Moderators may delete an account that breaks the rules.', 'You can remove pictures and links from your profile.', 'We intend to let you delete your account in a future release.',
      'You may remove followers you do not know.',
    ],
  },
  // Either a phrase for it, or the structure: a verb of deleting next to the user's own account ("wipe your profile",
  // "your account removed"), or next to an account where the user is the one who acts ("anyone with an account here can delete it").
  states: (unit) => (affirmed(unit.text, 'accountDeletion').some((m) => !operatorsDeleteAnAccount(unit.text, m.text)) && offered(unit)) || userActsOnAccount(unit, 'deleteVerb'),
});
