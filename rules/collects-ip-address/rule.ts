import { collectsRule } from '../shared/collects';
import docs from './README.md';
import clause from './clause.en.md';

export default collectsRule({
  id: 'collects-ip-address',
  severity: 'error',
  summary: 'The policy says that IP addresses are recorded (at login, in logs, per request).',
  message: 'The policy does not say that IP addresses are recorded; users should know the server logs the address they connect from.',
  docs,
  clause,
  examples: {
    pass: ['When you log in, we record the IP address you connect from.', 'Our server logs include the IP address of every request.', '## Data we collect\n\n- IP addresses'],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['We do not log IP addresses.', 'We never record your IP.', '```\nWe record your IP address.\n```', 'Do we store your IP address?'],
  },
  concept: 'ip',
});
