import { affirmed, has, negated, previousSentence, withHeading } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default knowRule({
  id: 'dm-not-encrypted',
  severity: 'warning',
  summary: 'The policy says direct messages are not end-to-end encrypted, or that server operators can read them.',
  message: 'The policy does not warn that direct messages are not end-to-end encrypted; users should not share secrets in them believing they are private.',
  topics: ['topicMessages', 'topicSharing', 'topicSecurity'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['Direct messages are not end-to-end encrypted: the admins of this server and of the recipients\' servers can read them.', 'Private mentions can be read by the operators of any server that receives them.', 'The administrators of this server and of the recipients\' servers can technically read your direct messages.', 'Direct messages are stored in plain text in our database.'],
    fail: ['# Privacy\n\nDirect messages are only delivered to the people mentioned.'],
    near: ['Direct messages are end-to-end encrypted.', 'Are direct messages encrypted?', 'Direct messages are never sent unencrypted.'],
  },
  // "Such messages" refers back: the sentence before may name the direct messages.
  states: (unit) =>
    (has(withHeading(unit), 'directMessage') || has(previousSentence(unit), 'directMessage')) &&
    (negated(unit.text, 'encrypted').length > 0 || affirmed(unit.text, 'unencrypted').length > 0 || affirmed(unit.text, 'operatorsRead').length > 0),
});
