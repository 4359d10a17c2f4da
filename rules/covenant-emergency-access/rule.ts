import { defineRule } from '../../server/engine/rule';
import { affirmed, evidenceWhere, find, has, isNegated, requirementCheck } from '../../server/engine/match';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/**
 * Someone besides the one admin can get at the server: emergency access named, or another
 * person (or more than one) with access to the server itself in the same sentence ("two of us
 * hold root access", "a trusted friend has the keys to the server"). Not when it is only hoped
 * for ("we hope to find a second admin").
 */
function hasEmergencyAccess(text: string): boolean {
  if (has(text, 'notInPlace')) return false;
  if (affirmed(text, 'emergencyAccess').length > 0) return true;
  if (affirmed(text, 'otherPerson').length > 0 && has(text, 'access')) return true;
  return affirmedInPhrase(text, 'morePeople') && affirmedInPhrase(text, 'serverAccess');
}

/** Commas that end a phrase, in Latin and Japanese script. */
const COMMAS = [',', '、', '，'];

/**
 * A concept not negated within its own phrase: between commas, up to a condition. "If the admin
 * is not reachable, a second person has the credentials": the negation is the condition's.
 */
function affirmedInPhrase(text: string, concept: string): boolean {
  const conditions = find(text, 'conditionStart');
  return find(text, concept).some((m) => {
    const from = Math.max(...COMMAS.map((c) => text.lastIndexOf(c, m.start))) + 1;
    const ends = COMMAS.map((c) => text.indexOf(c, m.end)).filter((at) => at >= 0);
    const to = Math.min(text.length, ...ends, conditions.find((c) => c.start >= m.end)?.start ?? text.length);
    const phrase = text.slice(from, to);
    return !isNegated(phrase, m.start - from, m.end - from);
  });
}

const statesEmergencyAccess = perUnit((unit) => hasEmergencyAccess(unit.text));

export default defineRule({
  id: 'covenant-emergency-access',
  group: 'covenant',
  severity: 'warning',
  summary: 'At least one other person has emergency access to the server (Mastodon Server Covenant).',
  message: 'The policy does not say that someone else has emergency access to the server, as the Mastodon Server Covenant asks; users should know the server survives its admin being unavailable.',
  requirement: true,
  where: ['about', 'terms', 'privacy', 'rules'],
  topics: ['topicOperations'],
  subject: { concepts: ['emergencyAccess'], name: 'emergency access' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'A second administrator has emergency access to the server and its backups.', 'If something happens to our admin, another trusted person can take over the server.',
      'Three of us hold root access to the machine.', 'If the owner is not reachable, a deputy has the credentials for the server.',
    ],
    fail: ['# About\n\nOne person runs this server.'],
    near: [
      'Nobody else has emergency access to the server.', 'One person\'s story is another person\'s life.', '<!-- A second admin has emergency access. -->',
      'The owner can log into the server from anywhere, even in an emergency.', 'We are looking for a co-admin with access to the server.',
      'Two moderators handle reports; only the owner has access to the server.',
    ],
  },
  check: (doc) =>
    requirementCheck(evidenceWhere(doc, statesEmergencyAccess)),
});
