import { loginHistoryNamed, withHeading } from '../../server/engine/match';
import { retentionRule } from '../shared/retention';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default retentionRule({
  id: 'login-retention',
  severity: 'warning',
  maxDays: 365,
  subject: (unit) => loginHistoryNamed(withHeading(unit)).length > 0,
  data: { concepts: ['loginHistory'], name: 'login records' },
  what: 'Login records',
  noneCounts: false,
  summary: 'The policy states a concrete period for keeping login/session history.',
  message: 'The policy does not say how long login history is kept; users should know when the record of their sign-ins is deleted.',
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['We keep your login history for 12 months.', 'Login records are deleted after ninety days.', "We record the time of each sign-in. This history is deleted after 90 days.", "A record of the times you signed in is kept for up to 4 weeks.", "The history of devices that signed into your account is deleted after 60 days.", "Wir protokollieren den Zeitpunkt jeder Anmeldung. Diese Eintr\u00e4ge werden nach 90 Tagen gel\u00f6scht.", "## Session history\n\nThe list of your past sessions is cleaned up after 30 days."],
    fail: ['# Privacy\n\nWe record when you log in.', 'Login history is kept for three years.'],
    near: ['We keep your login history for a reasonable time.', '<!-- Login history is kept for 12 months. -->', "We record the date and time of every login.", "Inactive accounts are deleted 6 months after your last login."],
  },
});
