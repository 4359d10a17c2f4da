import { find } from '../server/engine/match';
import { knowRule } from './_know';
import docs from './policy-changes.md';
import clause from './policy-changes.clause.md';

export default knowRule({
  id: 'policy-changes',
  severity: 'info',
  summary: 'The policy says how changes to it are announced, or gives a last-updated date.',
  message: 'The policy does not say how changes are announced or when it was last updated; users should know which version they agreed to.',
  topics: ['topicChanges'],
  docs,
  clause,
  examples: {
    pass: ['We announce changes to this policy on the server\'s front page a month in advance.', 'Last updated: 3 March 2026.'],
    fail: ['# Privacy\n\nWe store your posts.'],
    near: ['```\nLast updated: 2026-03-03\n```'],
  },
  states: (unit) => find(unit.text, 'policyChange', unit).length > 0,
});
