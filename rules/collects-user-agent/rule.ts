import { affirmed } from '../../server/engine/match';
import { collectsRule } from '../shared/collects';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default collectsRule({
  id: 'collects-user-agent',
  severity: 'warning',
  summary: 'The policy says that the browser / application (user agent) used is recorded.',
  message: 'The policy does not say that the browser or app a user signs in with is recorded; users should know what their sessions reveal about their devices.',
  subject: { concepts: ['userAgent'], name: 'browsers and apps' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['With each sign-in we record the name of your browser or app.', 'We store the user agent of the browser you use.', "We keep track of which client you sign in with.", "For each post we store the application used to publish it.", "### Browser and app\n\nWhen you sign in, we note which browser you use.", "User agents are removed from our logs after 7 days."],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['We do not record which browser you use.', '<!-- We store your user agent. -->', "Other servers may log the browser you use when you visit them.", "User agents are removed from our logs."],
  },
  // Named directly ("user agent", "browser version") or by what it identifies ("the app a post was sent from").
  concept: (text) => [...affirmed(text, 'userAgent'), ...affirmed(text, 'clientUsed')],
});
