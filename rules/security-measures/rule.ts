import { affirmed } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import clause from './clause.en.md';

export default knowRule({
  id: 'security-measures',
  severity: 'info',
  summary: 'The policy says how data is protected (TLS/HTTPS, password hashing, two-factor authentication).',
  message: 'The policy does not say how data is protected; users should know what keeps their account and data safe.',
  topics: ['topicSecurity'],
  docs,
  clause,
  examples: {
    pass: ['All connections to the server use HTTPS (TLS).', 'You can turn on two-factor authentication for your account.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['We do not use encryption.', 'Is the connection encrypted?'],
  },
  states: (unit) => affirmed(unit.text, 'security').length > 0,
});
