import { affirmed, find, has } from '../../server/engine/match';
import { knowRule, offered } from '../shared/know';
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
  subject: { concepts: ['federation'], name: 'federation' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'When you post, your post is delivered to the servers of your followers, and copies are stored there.', 'Posts federate: other servers receive and keep a copy.',
      'Whatever you publish lands on every instance that follows you, which then keeps its own copy.', '- **Recipients:** our host, the fediverse peers of your followers',
    ],
    fail: ['# Privacy\n\nYour posts are public.'],
    near: [
      'Your posts are never sent to other servers.', 'Are posts copied to other servers?', 'Should we ever turn on federation, posts would be sent to other servers.',
      'Images from remote servers are stored here in a cache.', 'Our backups are copied to another server every night.',
      'At your request, we send a copy of your account data to a remote server.',
    ],
  },
  // Other servers (or the servers of the user's followers) get or keep the posts: not only planned, not posts
  // coming in from elsewhere ("images from remote servers are cached here"), not the server's own backups, not a
  // transfer the user asks for (moving or exporting their data: federation delivers every post unasked).
  states: (unit) => {
    if (!offered(unit) || has(unit.text, 'backup') || has(unit.text, 'atUsersRequest')) return false;
    const incoming = find(unit.text, 'fromElsewhere');
    const servers = [...affirmed(unit.text, 'federation'), ...affirmed(unit.text, 'followersServers')].filter((m) => !incoming.some((i) => i.start <= m.start && m.end <= i.end));
    if (servers.length === 0) return false;
    return affirmed(unit.text, 'deliveredCopied').length > 0 || affirmed(unit.text, 'receivedKept').length > 0;
  },
});
