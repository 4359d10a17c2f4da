import { defineRule } from '../../server/engine/rule';
import { find, has, requirementCheck, retentionPeriods, spanFinding, statements } from '../../server/engine/match';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';

/** The vague periods of a sentence about keeping data that states no concrete one (it reads the unit's text only). */
const vaguePeriods = perUnit((unit) => (!has(unit.text, 'retain') || retentionPeriods(unit).length > 0 ? [] : find(unit.text, 'vaguePeriod')));

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
      for (const m of vaguePeriods(unit)) {
        findings.push(spanFinding(unit, m.start, m.end, `"${m.text}" is vague: users cannot tell when their data is deleted. State a concrete maximum period (e.g. "90 days").`));
      }
    }
    return requirementCheck([], findings);
  },
});
