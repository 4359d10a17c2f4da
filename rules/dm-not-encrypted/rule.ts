import { affirmed, has, negated, previousSentence, withHeading } from '../../server/engine/match';
import { knowRule, operatorsCanAccess } from '../shared/know';
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
  subject: { concepts: ['directMessage'], name: 'direct messages' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'Direct messages are not end-to-end encrypted: the admins of this server and of the recipients\' servers can read them.', 'Private mentions can be read by the operators of any server that receives them.', 'The administrators of this server and of the recipients\' servers can technically read your direct messages.', 'Direct messages are stored in plain text in our database.',
      'Private mentions: it is possible for the people who run this and the receiving servers to look at them.', 'Posts set to direct visibility could be seen by the moderators of the servers they reach.',
      'Our private mentions lack end-to-end encryption.',
    ],
    fail: ['# Privacy\n\nDirect messages are only delivered to the people mentioned.'],
    near: [
      'Direct messages are end-to-end encrypted.', 'Are direct messages encrypted?', 'Direct messages are never sent unencrypted.',
      'Staff are not able to look at your private mentions.', 'It is not possible for moderators to see the content of a direct message.', 'Direct messages can be read only by the people you mention.',
    ],
  },
  // "Such messages" refers back: the sentence before may name the direct messages.
  // Direct messages named by their visibility setting count too ("posts with direct visibility").
  states: (unit) =>
    [withHeading(unit), previousSentence(unit)].some((text) => has(text, 'directMessage') || has(text, 'directVisibility')) &&
    (negated(unit.text, 'encrypted').length > 0 || affirmed(unit.text, 'unencrypted').length > 0 || affirmed(unit.text, 'operatorsRead').length > 0 ||
      // Who can do what: "it is possible for the admins to view them", "the operators could see your DMs".
      operatorsCanAccess(unit.text)),
});
