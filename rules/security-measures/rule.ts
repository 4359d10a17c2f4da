import { affirmed } from '../../server/engine/match';
import { knowRule } from '../shared/know';
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
    near: ['We do not use encryption.', 'Is the connection encrypted?'],
  },
  states: (unit) => affirmed(unit.text, 'security').length > 0,
});
