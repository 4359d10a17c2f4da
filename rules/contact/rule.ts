import { affirmed, find, has } from '../../server/engine/match';
import { preferredEvidence } from '../../server/engine/evidence';
import { knowRule, offered } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

const EMAIL_ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A bare web address: the parser links only [text](url) and <url>. */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s/]/i;
const ACCOUNT = /(?<![\w.])@[\w]+(?:@[\w-]+(?:\.[\w-]+)+)?/;
// An address in an example ("user@domain") is not a way to reach anyone.
const EXAMPLE_ADDRESS = /\b(?:user|username|someone|name|you|alice|bob)@|@(?:xxx|domain|host|server|instance)\b/i;

export default knowRule({
  id: 'contact',
  severity: 'warning',
  summary: 'The policy says how to reach the operators about privacy (an e-mail address, a contact page, a named admin account).',
  message: 'The policy does not say how to reach the operators; users need a way to ask about or act on their data.',
  subject: { concepts: ['asksToReach'], name: 'contacting the operators' },
  topics: ['topicContact', 'topicRights'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      '[Contact us](https://harbour.social/contact) with any questions about your data.', 'Questions about this policy? Write to privacy@harbour.social.', 'You can reach the admins through our contact form.', 'Our admin is @mira@harbour.social.',
      'Who runs this server, and how to reach them, is in our [legal notice](https://harbour.social/legal).', 'To ask about your data, contact an administrator via the [about page](https://harbour.social/about).',
      'Privacy questions: privacy (at) harbour (dot) social',
    ],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: [
      'Contact us if you have any questions.', 'We may contact you by e-mail about your account.', '```\nadmin@harbour.social\n```', 'Liking a post by `user@other.social` shares data with that server.', 'Please do not contact the admins about billing.',
      'Just drop us a message and we will answer.', 'Our contact form is not available yet.', 'Read the [about page](https://harbour.social/about) to learn about our server.',
    ],
  },
  states: (unit) => {
    if ((EMAIL_ADDRESS.test(unit.text) || ACCOUNT.test(unit.text) || has(unit.text, 'obfuscatedEmail')) && !EXAMPLE_ADDRESS.test(unit.text)) return true;
    if (!offered(unit)) return false;
    const linked = unit.text.includes('@') || WEB_ADDRESS.test(unit.text) || unit.links.some((url) => !url.startsWith('#'));
    // A link to where the contact details are ("listed in our [imprint](...)", "contact an administrator via the [about page](...)").
    if (linked && (affirmed(unit.text, 'contactDetails').length > 0 || (has(unit.text, 'contactPlace') && affirmed(unit.text, 'asksToReach').length > 0))) return true;
    // "Contact us" alone says nothing of how, nor does "send us an e-mail" without the address: a channel must be named or linked.
    const channel = linked || find(unit.text, 'contactChannel').some((m) => !has(m.text, 'contactMedium'));
    return channel && affirmed(unit.text, 'asksToReach').length > 0;
  },
  // The clause belongs under "Your rights" too, but a contact line there repeats the one the policy opens
  // with ("to exercise these rights, write to ..."): only a Contact heading makes a line the one to quote.
  decide: (found) => ({ satisfied: found.length > 0, evidence: preferredEvidence(found, ['topicContact']) }),
});
