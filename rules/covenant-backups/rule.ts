import { defineRule } from '../../server/engine/rule';
import { affirmed, evidenceWhere, find, has, requirementCheck, spanFinding, type Match } from '../../server/engine/match';
import type { SpanFinding } from '../../server/engine/rule';
import type { RequirementValue } from '../../server/engine/types';
import type { Unit } from '../../server/engine/model';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';


function backupStatement(unit: Unit): Match[] {
  // "backup codes" are a two-factor login aid; "you should back up" is advice to users.
  if (has(unit.text, 'notServerBackups')) return [];
  return affirmed(unit.text, 'backup');
}

/** Days between backups, for each way of saying how often (more often than daily counts as half a day). */
const INTERVALS: [concept: string, days: number][] = [['freqYearly', 365], ['freqMonthly', 30], ['freqWeekly', 7], ['freqDaily', 1], ['freqSubDaily', 0.5]];

/** How often the unit says backups are made: the least frequent it names (the one users can count on). */
function backupInterval(unit: Unit): RequirementValue | true {
  const stated = INTERVALS.find(([concept]) => has(unit.text, concept));
  return stated ? { everyDays: stated[1] } : true;
}

export default defineRule({
  id: 'covenant-backups',
  group: 'covenant',
  severity: 'warning',
  summary: 'The server commits to regular (daily) backups (Mastodon Server Covenant).',
  message: 'The policy does not commit to regular backups, as the Mastodon Server Covenant asks (daily); users should know their data survives a failure.',
  requirement: true,
  where: ['about', 'terms', 'privacy', 'rules'],
  topics: ['topicOperations', 'topicSecurity'],
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: ['We back up the server daily and keep the backups encrypted.', 'Backups of the database are made every night.'],
    fail: ['# About\n\nWe run the server with care.', 'We make backups weekly.'],
    near: ['We do not make backups.', 'Keep your two-factor backup codes safe.', '```\nbackups: daily\n```'],
  },
  check: (doc) => {
    const findings: SpanFinding[] = [];
    const evidence = evidenceWhere(doc, (unit) => {
      if (backupStatement(unit).length === 0) return false;
      for (const f of find(unit.text, 'infrequent')) {
        findings.push(spanFinding(unit, f.start, f.end, `Backups "${f.text}" are less frequent than the daily backups the Mastodon Server Covenant asks for.`));
      }
      return backupInterval(unit);
    });
    return requirementCheck(evidence, findings);
  },
  // The evidence quoted stays the default; the value is the least frequent backup the set states.
  decide: (found) => {
    const intervals = found.flatMap((f) => (f.evidence.value?.everyDays === undefined ? [] : [f.evidence.value.everyDays]));
    return { satisfied: found.length > 0, value: intervals.length ? { everyDays: Math.max(...intervals) } : undefined };
  },
});
