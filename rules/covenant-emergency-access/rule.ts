import { defineRule } from '../../server/engine/rule';
import { affirmed, evidenceWhere, has, requirementCheck } from '../../server/engine/match';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

export default defineRule({
  id: 'covenant-emergency-access',
  group: 'covenant',
  severity: 'warning',
  summary: 'At least one other person has emergency access to the server (Mastodon Server Covenant).',
  message: 'The policy does not say that someone else has emergency access to the server, as the Mastodon Server Covenant asks; users should know the server survives its admin being unavailable.',
  requirement: true,
  where: ['about', 'terms', 'privacy', 'rules'],
  topics: ['topicOperations'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['A second administrator has emergency access to the server and its backups.', 'If something happens to our admin, another trusted person can take over the server.'],
    fail: ['# About\n\nOne person runs this server.'],
    near: ['Nobody else has emergency access to the server.', 'One person\'s story is another person\'s life.', '<!-- A second admin has emergency access. -->'],
  },
  check: (doc) =>
    requirementCheck(evidenceWhere(doc, (unit) => affirmed(unit.text, 'emergencyAccess').length > 0 || (affirmed(unit.text, 'otherPerson').length > 0 && has(unit.text, 'access')))),
});
