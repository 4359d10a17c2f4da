import { affirmed, find, frame, has, isQuestion, previousSentence, withHeading } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
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

/**
 * The change is this document's: the unit, its heading or the sentence before it names the document; or the
 * heading is only "Changes" or asks about changes ("How will I know about changes?"); or the sentence opens with
 * "(Material) changes" and names nothing of the user's ("changes to your profile" is not the policy's).
 * A heading on changes of something else ("Service availability and changes") does not do.
 */
function aboutThisPolicy(unit: Unit): boolean {
  if (has(withHeading(unit), 'thisPolicy') || has(previousSentence(unit), 'thisPolicy')) return true;
  const heading = unit.section.heading?.text ?? '';
  const changes = find(heading, 'topicChanges');
  if (changes.some((m) => /^[^\p{L}]*$/u.test(heading.slice(0, m.start) + heading.slice(m.end))) || (changes.length > 0 && isQuestion(unit.section.heading!))) return true;
  const first = find(unit.text, 'changeVerb')[0];
  return first !== undefined && /^[^\p{L}\p{N}]*(?:\p{L}+\s+)?$/u.test(unit.text.slice(0, first.start)) && !has(unit.text, 'userOwned');
}

export default knowRule({
  id: 'policy-changes',
  severity: 'info',
  summary: 'The policy says how changes to it are announced, or gives a last-updated date.',
  message: 'The policy does not say how changes are announced or when it was last updated; users should know which version they agreed to.',
  subject: { concepts: ['policyChange'], name: 'changes to the policy' },
  topics: ['topicChanges'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'We announce changes to this policy on the server\'s front page a month in advance.', 'Last updated: 3 March 2026.',
      '## Changes\n\nAnything new in this document gets a pinned post from the admin account first.', 'This policy takes effect from 1 June 2026.',
      '| Version | Date |\n|---|---|\n| 3 | 2026-06-01 |',
    ],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: [
      '```\nLast updated: 2026-03-03\n```', 'We may change this policy without notice.', 'Last updated: [INSERT date]', 'We will not inform anyone when this policy is revised.',
      'The server opened on 1 June 2026.', 'You can change the e-mail address on your account at any time.', 'Changes to your profile are announced to your followers.',
    ],
  },
  states: (unit) => {
    if (has(unit.text, 'withoutNotice')) return false;
    const date = statedDate(unit.text);
    // "Last updated:" needs its date (the value `fedipolicy diff` compares); a change sentence needs to say how it is announced, and the announcing not be denied.
    if (has(unit.text, 'policyChange')) return date ? { date } : affirmed(unit.text, 'announced').length > 0 || affirmed(unit.text, 'changeNotice').length > 0;
    // The date of a version, in a sentence or a table ("Revised: 2023-11-02", "valid from 15 August 2023", a "Version | Date" row).
    if (date && (has(unit.text, 'datedPolicy') || (unit.kind === 'row' && has(frame(unit), 'datedPolicy')))) return { date };
    // Who is told of a change to this document, and how; the document may be named in the heading or the sentence before.
    return affirmed(unit.text, 'changeNotice').length > 0 && has(withHeading(unit), 'changeVerb') && aboutThisPolicy(unit);
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
