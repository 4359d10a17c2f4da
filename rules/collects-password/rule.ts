import { affirmed, find } from '../../server/engine/match';
import { collectsRule } from '../shared/collects';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default collectsRule({
  id: 'collects-password',
  severity: 'warning',
  summary: 'The policy says that a password is collected or stored (hashed counts).',
  message: 'The policy does not say that a password is collected and how it is kept; users should know it is stored only as a hash.',
  subject: { concepts: ['password'], name: 'passwords' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['Your password is stored as a salted hash.', 'At registration you are asked to enter a username, an email address and a password.', "### Password\n\nYou pick it at sign-up, and we keep only a hash of it."],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['Use a strong password.', 'We do not store your password.', '<!-- Your password is stored as a hash. -->', 'Do we keep your password?', "Do you keep my password?\n\nNo, never.", "Our backups are encrypted and password-protected.", "Password managers are a safe way to keep your passwords."],
  },
  // Not a password that protects something ("password-protected backups").
  concept: (text) => {
    const protecting = find(text, 'passwordProtected');
    return affirmed(text, 'password').filter((m) => !protecting.some((p) => p.start <= m.start && m.end <= p.end));
  },
});
