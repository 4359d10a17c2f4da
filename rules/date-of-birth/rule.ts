import { defineRule } from '../../server/engine/rule';
import { evidenceWhere, find, has, previousSentence, requirementCheck } from '../../server/engine/match';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default defineRule({
  id: 'date-of-birth',
  group: 'data',
  severity: 'warning',
  summary: 'When the server checks ages, the policy says what happens to the date of birth (e.g. checked and not stored).',
  message: 'The policy mentions an age check or date of birth but not what happens to the date of birth; users should know whether it is stored.',
  requirement: true,
  where: ['privacy', 'terms'],
  topics: ['topicCollect', 'topicAge'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['At sign-up we ask for your date of birth. We check it against the minimum age and do not store it.'],
    fail: ['# Privacy\n\nAt sign-up you enter your date of birth.\n\nYou must be at least 16 years old.'],
    near: ['# Privacy\n\nWe ask for your date of birth.'],
  },
  applies: (docs, ctx) => ctx.instance.ageVerification === true || docs.some((d) => d.units.some((u) => has(u.text, 'dateOfBirth'))),
  // "We check it and do not store it": the date may be named in the sentence before.
  check: (doc) =>
    requirementCheck(evidenceWhere(doc, (unit) => (find(unit.text, 'dateOfBirth').length > 0 || has(previousSentence(unit), 'dateOfBirth')) && has(unit.text, 'dobFate'))),
});
