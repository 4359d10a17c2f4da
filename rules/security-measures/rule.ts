import { knowRule, offered } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default knowRule({
  id: 'security-measures',
  severity: 'info',
  summary: 'The policy says how data is protected (TLS/HTTPS, password hashing, two-factor authentication).',
  message: 'The policy does not say how data is protected; users should know what keeps their account and data safe.',
  subject: { concepts: ['security'], name: 'security measures' },
  topics: ['topicSecurity'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['All connections to the server use HTTPS (TLS).', 'You can turn on two-factor authentication for your account.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['We do not use encryption.', 'Is the connection encrypted?', 'Two-factor authentication is not offered on this server.', 'We hope to offer two-factor authentication one day.'],
  },
  // A measure offered, not one said to be missing ("two-factor authentication is not available").
  states: (unit) => offered(unit, 'security'),
});
