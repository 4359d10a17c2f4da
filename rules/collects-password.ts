import { defineRule } from '../server/engine/rule';
import { evidenceWhere, requirementCheck, statesCollected } from '../server/engine/match';
import docs from './collects-password.md';
import clause from './collects-password.clause.md';

export default defineRule({
  id: 'collects-password',
  group: 'data',
  severity: 'warning',
  summary: 'The policy says that a password is collected or stored (hashed counts).',
  message: 'The policy does not say that a password is collected and how it is kept; users should know it is stored only as a hash.',
  requirement: true,
  where: ['privacy', 'terms'],
  topics: ['topicCollect', 'topicUse'],
  docs,
  clause,
  examples: {
    pass: ['Your password is stored as a salted hash.', 'At registration you are asked to enter a username, an email address and a password.'],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['Use a strong password.', 'We do not store your password.', '<!-- Your password is stored as a hash. -->', 'Do we keep your password?'],
  },
  check: (doc) => requirementCheck(evidenceWhere(doc, (unit) => statesCollected(unit, 'password'))),
});
