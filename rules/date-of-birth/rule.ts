import { defineRule } from '../../server/engine/rule';
import { evidenceWhere, find, has, previousSentence, questionAnswered, requirementCheck } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/**
 * The unit says what is done with the date of birth: a verb of keeping,
 * deleting or checking, beside the date named in the unit, the sentence
 * before or the heading ("## Date of birth" / "It is never saved"). "An age
 * check" names the check, not what becomes of the date.
 */
function saysWhatHappensToDate(unit: Unit): boolean {
  const dates = find(unit.text, 'dateOfBirth');
  // Or in the question the unit's paragraph answers ("Do you keep my date of birth?" / "No. It is only checked.").
  const named = [previousSentence(unit), unit.section.heading?.text ?? '', questionAnswered(unit.blockStart ?? unit)].some((text) => has(text, 'dateOfBirth'));
  if (dates.length === 0 && !named) return false;
  return find(unit.text, 'dobFate').some((fate) => !dates.some((d) => d.start < fate.end && fate.start < d.end));
}

// It reads the unit, the sentences before it in its block, its heading and the question its block answers.
const datesFate = perUnit(saysWhatHappensToDate);

export default defineRule({
  id: 'date-of-birth',
  group: 'data',
  severity: 'warning',
  summary: 'When the server checks ages, the policy says what happens to the date of birth (e.g. checked and not stored).',
  message: 'The policy mentions an age check or date of birth but not what happens to the date of birth; users should know whether it is stored.',
  subject: { concepts: ['dateOfBirth'], name: 'dates of birth' },
  requirement: true,
  where: ['privacy', 'terms'],
  topics: ['topicCollect', 'topicAge'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['At sign-up we ask for your date of birth. We check it against the minimum age and do not store it.', "## Date of birth\n\nWe ask for it once to check your age. It is never saved.", "After the age check, your date of birth is erased.", "**Do you keep my date of birth?**\n\nNo. It is only checked at sign-up."],
    fail: ['# Privacy\n\nAt sign-up you enter your date of birth.\n\nYou must be at least 16 years old.'],
    near: ['# Privacy\n\nWe ask for your date of birth.', "# Privacy\n\nEvery sign-up goes through an age check based on the date of birth."],
  },
  applies: (docs, ctx) => ctx.instance.ageVerification === true || docs.some((d) => d.units.some((u) => has(u.text, 'dateOfBirth'))),
  check: (doc) => requirementCheck(evidenceWhere(doc, datesFate)),
});
