import { deniedQuestion, has, negated } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';


export default knowRule({
  id: 'no-data-sale',
  severity: 'warning',
  summary: 'The policy says personal data is not sold, traded or used for advertising or tracking.',
  message: 'The policy does not say that personal data is not sold or used for advertising; users should know their data is not the product.',
  topics: ['topicSharing', 'topicUse'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['## Do we sell your data?\n\nNo. We never will.', 'We do not sell, rent or trade your personal data.', 'Your data is never used for advertising or tracking.', 'We don\'t run ads or analytics.'],
    fail: ['# Privacy\n\nWe store your posts.', 'We may sell your data to partners.'],
    near: ['No spam or advertising.', 'Do we sell your data?', '<!-- We never sell your data. -->'],
  },
  // About the operators and the users' data: "No spam or advertising." in server rules is a rule for users.
  states: (unit) =>
    (has(unit.text, 'aboutDataOrUs') && (negated(unit.text, 'sell').length > 0 || has(unit.text, 'adFree'))) ||
    // "## Do we sell your data?" answered "No."
    has(deniedQuestion(unit), 'sell'),
});
