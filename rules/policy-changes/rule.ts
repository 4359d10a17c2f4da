import { has } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

// Dates in digits ("2026-03-03", "3.3.2026", "2026"), or a month named next to a number.
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d{2}\b/;

export default knowRule({
  id: 'policy-changes',
  severity: 'info',
  summary: 'The policy says how changes to it are announced, or gives a last-updated date.',
  message: 'The policy does not say how changes are announced or when it was last updated; users should know which version they agreed to.',
  topics: ['topicChanges'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['We announce changes to this policy on the server\'s front page a month in advance.', 'Last updated: 3 March 2026.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['```\nLast updated: 2026-03-03\n```', 'We may change this policy without notice.', 'Last updated: [INSERT date]'],
  },
  states: (unit) => {
    if (!has(unit.text, 'policyChange') || has(unit.text, 'withoutNotice')) return false;
    // "Last updated:" needs its date; a change sentence needs to say how it is announced.
    const dated = NUMERIC_DATE.test(unit.text) || (has(unit.text, 'monthName') && /\d/.test(unit.text));
    return dated || has(unit.text, 'announced');
  },
});
