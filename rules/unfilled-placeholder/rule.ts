import { defineRule } from '../../server/engine/rule';
import { requirementCheck, spanFinding } from '../../server/engine/match';
import { PLACEHOLDER } from '../../server/engine/vocabulary/placeholders';
import docs from './README.md';

export default defineRule({
  id: 'unfilled-placeholder',
  group: 'hygiene',
  severity: 'error',
  summary: 'A template placeholder (%{domain}, {{...}}, [INSERT ...], example.com, TODO...) is left in the text.',
  message: 'A template placeholder is left in the text; users see it as written.',
  requirement: false,
  where: ['privacy', 'terms', 'combined', 'rules', 'about'],
  topics: [],
  docs,
  examples: {
    pass: ['Contact the admins at admin@harbour.social.'],
    fail: ['This policy applies to %{domain}.', 'Contact us at [INSERT e-mail address].', 'Write to admin@example.com.', 'TODO: add retention periods.'],
    near: ['```\nserver_name: %{domain}\n```', '<!-- TODO: review -->', 'We keep a to-do list.'],
  },
  check: (doc) => {
    const findings = [];
    for (const unit of doc.units) {
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(unit.raw); m; m = PLACEHOLDER.exec(unit.raw)) {
        findings.push(spanFinding(unit, m.index, m.index + m[0].length, `The placeholder "${m[0]}" is still in the text; replace it with the real value.`));
      }
    }
    return requirementCheck([], findings);
  },
});
