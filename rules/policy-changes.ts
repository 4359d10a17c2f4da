import { find } from '../server/engine/match';
import { knowRule } from './_know';
import docs from './policy-changes.md';
import clause from './policy-changes.clause.md';

const WITHOUT_NOTICE = /\bwithout (?:any |prior |further )?(?:notice|notification|warning)\b/i;
const DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}\b|\b(?:19|20)\d{2}\b/i;
const ANNOUNCED = /\b(?:announc\w*|notif\w*|inform\w*|post(?:ed|ing)? (?:on|to|at)|publish\w*|e-?mail|let you know|tell you|in advance|notice|revision history|changelog)\b/i;

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
    near: ['```\nLast updated: 2026-03-03\n```', 'We may change this policy without notice.', 'Last updated: [INSERT date]'],
  },
  states: (unit) => {
    if (find(unit.text, 'policyChange', unit).length === 0 || WITHOUT_NOTICE.test(unit.text)) return false;
    // "Last updated:" needs its date; a change sentence needs to say how it is announced.
    return DATE.test(unit.text) || ANNOUNCED.test(unit.text);
  },
});
