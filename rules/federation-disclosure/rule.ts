import { affirmed } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default knowRule({
  id: 'federation-disclosure',
  severity: 'warning',
  summary: 'The policy says posts are delivered to, and copies stored on, other servers of the network.',
  message: 'The policy does not say that posts are copied to other servers; users should know that deleting a post here may not delete those copies.',
  topics: ['topicSharing', 'topicCollect'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['When you post, your post is delivered to the servers of your followers, and copies are stored there.', 'Posts federate: other servers receive and keep a copy.'],
    fail: ['# Privacy\n\nYour posts are public.'],
    near: ['Your posts are never sent to other servers.', 'Are posts copied to other servers?'],
  },
  states: (unit) => affirmed(unit.text, 'federation').length > 0 && affirmed(unit.text, 'deliveredCopied').length > 0,
});
