import { has } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';


export default knowRule({
  id: 'third-parties',
  severity: 'info',
  summary: 'The policy names the third parties / processors that receive data (hosting, e-mail, storage, CDN), or says none do.',
  message: 'The policy does not say which third parties (hosting, e-mail, storage) receive data; users should know who else handles it.',
  topics: ['topicSharing'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['Media is served through a CDN run by Bunny.net.', 'The server is hosted by Hetzner in Germany; e-mails are sent through Mailgun.', 'We share no data with third parties.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['Which third parties receive your data?'],
  },
  states: (unit) => has(unit.text, 'thirdParty') && has(unit.text, 'processing'),
});
