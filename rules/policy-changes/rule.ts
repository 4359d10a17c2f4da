import { find, has } from '../../server/engine/match';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

// Dates in digits ("2026-03-03", "3.3.2026", "2026"), or a month named next to a number.
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d{2}\b/;
// The numbers of a date: whole dates in digits first, then single numbers ("3", "2026").
const DATE_PIECE = /\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+/g;

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
    const date = statedDate(unit.text);
    return date ? { date } : has(unit.text, 'announced');
  },
  // The evidence quoted stays the default; the value is the first date the set states (`fedipolicy diff` compares it).
  decide: (found) => ({ satisfied: found.length > 0, value: found.find((f) => f.evidence.value?.date)?.evidence.value }),
});

/** The date a "last updated" sentence states: its date-like pieces in order ("3 March 2026", "2026-03-03"), or undefined when it states none. */
function statedDate(text: string): string | undefined {
  const named = has(text, 'monthName') && /\d/.test(text);
  if (!NUMERIC_DATE.test(text) && !named) return undefined;
  const pieces = [...text.matchAll(DATE_PIECE)].map((m) => ({ start: m.index, text: m[0] }));
  if (named) pieces.push(...find(text, 'monthName').map((m) => ({ start: m.start, text: m.text })));
  return pieces.sort((a, b) => a.start - b.start).map((p) => p.text).join(' ');
}
