import { affirmed, find } from '../../server/engine/match';
import { collectsRule } from '../shared/collects';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default collectsRule({
  id: 'collects-email',
  severity: 'warning',
  summary: 'The policy says that an e-mail address is collected.',
  message: 'The policy does not say that an e-mail address is collected at sign-up; users should know the server stores their address and what it is used for.',
  subject: { concepts: ['emailAddress'], name: 'e-mail addresses' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['When you sign up we ask for your email address and keep it to send you notifications.', '## Information we collect\n\n- Your e-mail address\n- Your username', "Signing up takes an e-mail address. We keep it so that you can reset your password.", "| Data | Collected |\n|---|---|\n| E-mail address | Yes |"],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['We do not collect your e-mail address.', 'Questions? Contact us by e-mail.', '## Data we process\n\n- E-mail notifications, delivered by our mail provider\n- Posts you publish', '```\nWe store your email address.\n```', '<!-- We store your email address. -->', "If we ever send a newsletter, we would ask for your e-mail address first.", "Other instances may require an e-mail address to sign up there.", "| Data | Collected |\n|---|---|\n| E-mail address | No |", "D'autres instances peuvent demander une adresse e-mail ; cela ne d\u00e9pend pas de nous."],
  },
  // An address, not e-mail as a way of sending ("contact us by e-mail", "e-mail notifications delivered by ...").
  concept: (text) => {
    const medium = find(text, 'emailAsMedium');
    return affirmed(text, 'email').filter((m) => !medium.some((e) => e.start <= m.start && m.end <= e.end));
  },
});
