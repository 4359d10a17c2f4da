import { deniedQuestion, find, frame, has, negated, sameTextAndFrame, type Match } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { knowRule } from '../shared/know';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/**
 * The denial is about users' data: it names the data, or something beyond ads (tracking, profiling,
 * selling). "This server shows no ads" says nothing of what is done with the data.
 */
function saysOfData(text: string, denied: readonly Match[]): boolean {
  if (denied.length === 0) return false;
  return has(text, 'personalData') || denied.some((m) => !has(m.text, 'adsOnly'));
}

/** A list item under "What we will never do:" that names selling or tracking. */
function listedAsNeverDone(unit: Unit): boolean {
  return unit.inList && unit.kind !== 'row' && has(frame(unit), 'neverDoFrame') && (has(unit.text, 'dataSale') || saysOfData(unit.text, find(unit.text, 'sell')));
}

/** A table row that names selling or tracking, answered by a bare "No" in its last cell. */
function rowAnsweredNo(unit: Unit): boolean {
  return unit.kind === 'row' && cellsAnswerNo(unit);
}

/** The unit's cells (split at ";"): the last a bare "No", the others naming selling or tracking (read once per text: rows repeat). */
const cellsAnswerNo = sameTextAndFrame((unit: Unit): boolean => {
  const cells = unit.text.split(';').map((c) => c.trim()).filter((c) => c !== '');
  const last = cells.pop() ?? '';
  const named = cells.join(' ; ');
  return find(last, 'answerNo').some((m) => m.start === 0 && m.end === last.replace(/[.!。]$/, '').length) && (has(named, 'dataSale') || saysOfData(named, find(named, 'sell')));
});

const SELLING = ['sell', 'dataSale', 'exchangeForValue'];

export default knowRule({
  id: 'no-data-sale',
  severity: 'warning',
  summary: 'The policy says personal data is not sold, traded or used for advertising or tracking.',
  message: 'The policy does not say that personal data is not sold or used for advertising; users should know their data is not the product.',
  topics: ['topicSharing', 'topicUse'],
  subject: { concepts: ['sell'], name: 'selling data' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      '## Do we sell your data?\n\nNo. We never will.', 'We do not sell, rent or trade your personal data.', 'Your data is never used for advertising or tracking.', 'We don\'t run ads or analytics.',
      'Things we will never do:\n\n- sell or rent out your data\n- profile you for advertisers', '| Question | Answer |\n|---|---|\n| Do we sell data? | No |',
      'Handing your data to brokers for money is something we have never done.',
    ],
    fail: ['# Privacy\n\nWe store your posts.', 'We may sell your data to partners.'],
    near: [
      'No spam or advertising.', 'Do we sell your data?', '<!-- We never sell your data. -->', 'This server shows no ads.', 'We are ad-free and run on donations.',
      'Things we will never do:\n\n- shut down without notice', '| Question | Answer |\n|---|---|\n| Do we sell data? | Yes |',
    ],
  },
  // About the operators and the users' data: "No spam or advertising." in server rules is a rule for users.
  states: (unit) =>
    (has(unit.text, 'aboutDataOrUs') && (saysOfData(unit.text, negated(unit.text, 'sell')) || saysOfData(unit.text, find(unit.text, 'adFree')))) ||
    negated(unit.text, 'dataSale').length > 0 ||
    negated(unit.text, 'exchangeForValue').length > 0 ||
    // "Selling user data is something we have never done."
    (SELLING.some((c) => has(unit.text, c)) && has(unit.text, 'aboutDataOrUs') && has(unit.text, 'practiceDenied')) ||
    // "## Do we sell your data?" answered "No."
    has(deniedQuestion(unit), 'sell') || has(deniedQuestion(unit), 'dataSale') ||
    listedAsNeverDone(unit) ||
    rowAnsweredNo(unit),
  // "No ads, no tracking" meets the requirement, but "we never sell your data" is what a reader quotes.
  indirectly: (unit) => !has(unit.text, 'selling'),
});
