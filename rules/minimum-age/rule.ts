import { preferredEvidence } from '../../server/engine/evidence';
import { defineRule } from '../../server/engine/rule';
import { ages, durations, evidenceWhere, find, has, requirementCheck, sameTextAndFrame, spanFinding, withHeading, type Match } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';


/**
 * An age that is a person's: not the age of a thing ("backups older than 30 days": a period in days, weeks
 * or months, where an age is in years; "our server turned five years old") and not a rating of content ("18+ content").
 */
function isPersonAge(text: string, age: { start: number; end: number }): boolean {
  const overlaps = (m: { start: number; end: number }) => m.start < age.end && age.start < m.end;
  if (durations(text).some((d) => overlaps(d) && d.start >= age.start && d.days % 365 !== 0)) return false;
  if (find(text, 'thingsAge').some(overlaps)) return false;
  return !find(text, 'contentRating').some((m: Match) => overlaps(m));
}

/** The lowest age of a person the unit states, where it speaks of ages at all. */
const minimumAge = sameTextAndFrame((unit: Unit): number | undefined => {
  if (!has(unit.text, 'ageContext')) return undefined;
  const found = ages(unit.text).filter((a) => isPersonAge(unit.text, a));
  return found.length === 0 ? undefined : Math.min(...found.map((a) => a.age));
});

const TOPICS = ['topicAge', 'topicRights'];

/** The lowest age of a person the unit states, remembered across lints (it reads the unit's text only). */
const ageStated = perUnit((unit) => {
  const age = minimumAge(unit);
  return age === undefined ? undefined : { age };
});

export default defineRule({
  id: 'minimum-age',
  group: 'know',
  severity: 'warning',
  summary: 'The policy states a minimum age to use the service (a number).',
  message: 'The policy does not state a minimum age; users and parents should know who may sign up.',
  subject: { concepts: ['ageLimit'], alongside: ['joiningOrData'], name: 'an age limit' },
  requirement: true,
  where: ['terms', 'privacy'],
  topics: TOPICS,
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['The minimum age for an account here: 16.', 'Users under 13 may not create an account.', 'You must be at least 16 years old to use this server.', 'Users must be eighteen or older.', 'This server is for adults (18+) only.'],
    fail: ['# Terms\n\nEveryone is welcome.', '# Terms\n\nYou must be at least 13 years old.\n\nYou must be at least 16 years old.'],
    near: [
      'There is no minimum age.', 'Accounts older than 2 years are archived.', 'Logs older than fourteen days are removed.', 'Content for adults (18+ material) must carry a warning.',
      'Our community is now 7 years old.', 'This server turned 10 years old in March.',
    ],
  },
  check: (doc) => requirementCheck(evidenceWhere(doc, ageStated)),
  decide: (found) => {
    if (found.length === 0) return { satisfied: false };
    // The lowest age; among statements of it, the one a reader would quote (evidence.ts).
    const age = found.reduce((least, f) => Math.min(least, f.evidence.value?.age ?? 99), 99);
    const lowest = preferredEvidence(found.filter((f) => (f.evidence.value?.age ?? 99) === age), TOPICS)!;
    const distinct = new Set(found.map((f) => f.evidence.value?.age));
    const extra = [];
    // Two ages each tied to a law or country are not a contradiction.
    if (distinct.size > 1 && !found.some((f) => has(withHeading(f.evidence.unit), 'jurisdiction'))) {
      const other = found.find((f) => f.evidence.value?.age !== lowest.evidence.value?.age)!;
      extra.push({
        doc: other.doc,
        finding: spanFinding(other.evidence.unit, 0, other.evidence.unit.text.length, `The policy states different minimum ages (${[...distinct].join(' and ')}) without saying where each applies; users cannot tell which one is theirs.`),
      });
    }
    return { satisfied: true, evidence: lowest, value: { age: lowest.evidence.value?.age }, extra };
  },
});
