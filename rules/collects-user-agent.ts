import { defineRule } from '../server/engine/rule';
import { evidenceWhere, requirementCheck, statesCollected } from '../server/engine/match';
import docs from './collects-user-agent.md';
import clause from './collects-user-agent.clause.md';

export default defineRule({
  id: 'collects-user-agent',
  group: 'data',
  severity: 'warning',
  summary: 'The policy says that the browser / application (user agent) used is recorded.',
  message: 'The policy does not say that the browser or app a user signs in with is recorded; users should know what their sessions reveal about their devices.',
  requirement: true,
  where: ['privacy', 'terms'],
  topics: ['topicCollect', 'topicUse'],
  docs,
  clause,
  examples: {
    pass: ['With each sign-in we record the name of your browser or app.', 'We store the user agent of the browser you use.'],
    fail: ['# Privacy\n\nWe care about your privacy.'],
    near: ['We do not record which browser you use.', '<!-- We store your user agent. -->'],
  },
  check: (doc) => requirementCheck(evidenceWhere(doc, (unit) => statesCollected(unit, 'userAgent'))),
});
