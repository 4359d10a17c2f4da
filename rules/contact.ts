import { affirmed, has } from '../server/engine/match';
import { knowRule } from './_know';
import docs from './contact.md';
import clause from './contact.clause.md';

const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const ACCOUNT = /(?<![\w.])@[\w]+(?:@[\w-]+(?:\.[\w-]+)+)?/;
const CHANNEL = /\b(?:e-?mail|mail|form|page|link|account|DM|direct message|message|issue tracker|tracker|ticket|inbox|matrix|phone)\b|@/i;
const NOT_TO_USERS = /\bcontact(?:ing)? (?:you|users|them)\b/i;

export default knowRule({
  id: 'contact',
  severity: 'warning',
  summary: 'The policy says how to reach the operators about privacy (an e-mail address, a contact page, a named admin account).',
  message: 'The policy does not say how to reach the operators; users need a way to ask about or act on their data.',
  topics: ['topicContact', 'topicRights'],
  docs,
  clause,
  examples: {
    pass: ['Questions about this policy? Write to privacy@harbour.social.', 'You can reach the admins through our contact form.', 'Our admin is @mira@harbour.social.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['We may contact you by e-mail about your account.', '```\nadmin@harbour.social\n```'],
  },
  states: (unit) => {
    if (EMAIL_ADDRESS.test(unit.text) || ACCOUNT.test(unit.text)) return true;
    if (NOT_TO_USERS.test(unit.text)) return false;
    return affirmed(unit.text, 'contactWord', unit).length > 0 && CHANNEL.test(unit.text) && has(unit.text, 'contactWord', unit) && /\b(?:contact|reach|write|get in touch|send|e-?mail us|dm)\b/i.test(unit.text);
  },
});
