import { collectsRule } from '../shared/collects';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default collectsRule({
  id: 'collects-username',
  severity: 'warning',
  summary: 'The policy says that a username (account name, handle) is collected.',
  message: 'The policy does not say that a username is collected; users should know their handle is stored and public.',
  subject: { concepts: ['username'], name: 'usernames' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['To create an account you choose a username, which we store and show on your profile.', 'We collect the following:\n\n- account name\n- e-mail address', "Do you store my username?\n\nYes: it is public and kept as long as your account exists.", "The server keeps each member's handle in its database.", "| Datum | Zweck |\n|---|---|\n| Benutzername | Anmeldung |"],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['We never record your username.', 'Is your username stored?', '```\nWe store your username.\n```', "Do you store my username?\n\nNo, we do not store it.", "| Datum | Erhoben? |\n|---|---|\n| Benutzername | Nein |"],
  },
  concept: 'username',
});
