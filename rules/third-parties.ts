import { find } from '../server/engine/match';
import { knowRule } from './_know';
import docs from './third-parties.md';
import clause from './third-parties.clause.md';

const PROCESSING = /\b(?:shar(?:e|ed|ing)|process(?:es|ed|ing)?|receiv(?:e|es|ed)|disclos(?:e|ed|ure)|host(?:s|ed|ing)?|stor(?:e|es|ed)|deliver(?:s|ed|y)?|send|sent|transfer(?:red)?|provid(?:e|es|ed|er)s?|use|uses|serve[sd]?|run (?:by|on)|through|via)\b/i;

export default knowRule({
  id: 'third-parties',
  severity: 'info',
  summary: 'The policy names the third parties / processors that receive data (hosting, e-mail, storage, CDN), or says none do.',
  message: 'The policy does not say which third parties (hosting, e-mail, storage) receive data; users should know who else handles it.',
  topics: ['topicSharing'],
  docs,
  clause,
  examples: {
    pass: ['Media is served through a CDN run by Bunny.net.', 'The server is hosted by Hetzner in Germany; e-mails are sent through Mailgun.', 'We share no data with third parties.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['Which third parties receive your data?'],
  },
  states: (unit) => find(unit.text, 'thirdParty', unit).length > 0 && PROCESSING.test(unit.text),
});
