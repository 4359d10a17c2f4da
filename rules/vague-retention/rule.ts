import { defineRule } from '../../server/engine/rule';
import { find, has, requirementCheck, retentionPeriods, spanFinding, statements } from '../../server/engine/match';
import docs from './README.md';

export default defineRule({
  id: 'vague-retention',
  group: 'retention',
  severity: 'warning',
  summary: 'A sentence about keeping data uses a vague period ("as long as necessary", "indefinitely") without a concrete one.',
  message: 'This period is vague; users cannot tell when their data is deleted. State a concrete maximum (e.g. "90 days").',
  requirement: false,
  where: ['privacy', 'terms', 'combined', 'rules', 'about'],
  topics: [],
  docs,
  examples: {
    pass: ['We keep server logs for 90 days.', 'We keep your data as long as necessary, and at most 12 months.'],
    fail: ['We keep your data as long as necessary.', 'Logs are stored indefinitely.'],
    near: ['```\nWe keep your data as long as necessary.\n```', '<!-- We keep data indefinitely. -->'],
  },
  check: (doc) => {
    const findings = [];
    for (const unit of statements(doc)) {
      if (!has(unit.text, 'retain') || retentionPeriods(unit).length > 0) continue;
      for (const m of find(unit.text, 'vaguePeriod')) {
        findings.push(spanFinding(unit, m.start, m.end, `"${m.text}" is vague: users cannot tell when their data is deleted. State a concrete maximum period (e.g. "90 days").`));
      }
    }
    return requirementCheck([], findings);
  },
});
