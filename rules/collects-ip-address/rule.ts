import { collectsRule } from '../shared/collects';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default collectsRule({
  id: 'collects-ip-address',
  severity: 'error',
  summary: 'The policy says that IP addresses are recorded (at login, in logs, per request).',
  message: 'The policy does not say that IP addresses are recorded; users should know the server logs the address they connect from.',
  subject: { concepts: ['ip'], name: 'IP addresses' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['When you log in, we record the IP address you connect from.', 'Our server logs include the IP address of every request.', '## Data we collect\n\n- IP addresses', "Your IP address is logged whenever you sign in."],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['We do not log IP addresses.', 'We never record your IP.', '```\nWe record your IP address.\n```', 'Do we store your IP address?', "You keep the intellectual property (IP) rights to your posts.", "If we ever need to trace an attack, we might start logging IP addresses.", "Remote servers decide for themselves whether they log IP addresses.", "IP logging is turned off on this server."],
  },
  concept: 'ip',
});
