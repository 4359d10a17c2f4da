import { find, frame, has, negated } from '../../server/engine/match';
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
  subject: { concepts: ['thirdParty'], name: 'third parties' },
  topics: ['topicSharing'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'Media is served through a CDN run by Bunny.net.', 'The server is hosted by Hetzner in Germany; e-mails are sent through Mailgun.', 'We share no data with third parties.',
      'We use processors for hosting and for sending e-mail.', '| Processor | Purpose |\n|---|---|\n| Example Hosting Ltd | hosting |',
    ],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: [
      'Which third parties receive your data?', 'Our partners may help us process your data.', 'Service providers receive data where necessary.', 'We are not responsible for third-party websites.',
      'Never share private information about third parties without their permission.', 'Next year we may switch to another e-mail provider.',
    ],
  },
  // A party named by what it does or who it is (hosting, e-mail, CDN, a company). "Third parties" or
  // "service providers" alone name no one: they count with what the party does ("processors for hosting"),
  // as the header of a table of them, or when the sentence says data goes to none of them.
  // A provider named only as the one the server might change to is not one that handles data now; data about third
  // parties ("do not post personal data about third parties") says nothing of who receives data.
  states: (unit) => {
    const changes = find(unit.text, 'providerChange');
    const parties = find(unit.text, 'thirdParty').filter((m) => !changes.some((c) => c.start <= m.start && m.end <= c.end));
    const named = parties.some((m) => !has(m.text, 'genericParty'));
    if (unit.kind === 'row' && has(frame(unit), 'genericParty') && (named || has(unit.text, 'serviceKind'))) return true;
    if (named) return has(unit.text, 'processing');
    if (negated(unit.text, 'genericParty').length > 0 && !has(unit.text, 'dataAboutParty')) return has(unit.text, 'processing') || has(unit.text, 'personalData');
    return parties.length > 0 && has(unit.text, 'serviceKind') && has(unit.text, 'processing');
  },
});
