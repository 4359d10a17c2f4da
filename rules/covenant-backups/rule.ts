import { defineRule } from '../../server/engine/rule';
import { affirmed, evidenceWhere, find, frame, has, requirementCheck, spanFinding } from '../../server/engine/match';
import type { SpanFinding } from '../../server/engine/rule';
import type { RequirementValue } from '../../server/engine/types';
import type { Unit } from '../../server/engine/model';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';


/**
 * The unit commits to backups of the server: backups named and made or kept, or made at some
 * frequency ("encrypted backups are kept for 30 days", "the server is backed up daily"), or the
 * server's data copied at some frequency without the word ("the database is dumped every night").
 * A mention is no commitment ("the admins handle backups/updates", "our backup host"), nor are
 * planned or one-off backups, two-factor backup codes, advice to users or a user's own export.
 */
function commitsToBackups(unit: Unit): boolean {
  const text = unit.text;
  if (has(text, 'notServerBackups') || has(text, 'notInPlace') || has(text, 'usersOwnBackup') || has(text, 'backupsNotMade')) return false;
  if (affirmed(text, 'backup').length > 0) return has(text, 'frequency') || has(text, 'backupMade');
  // A schedule: list items or table rows with a frequency under a lead-in or heading about backups.
  if ((unit.inList || unit.kind === 'row') && has(text, 'frequency') && affirmed(frame(unit), 'backup').length > 0) return true;
  return affirmed(text, 'serverCopied').length > 0 && has(text, 'frequency');
}

// It reads the unit, its lead-in and headings.
const commitsToBackupsRemembered = perUnit(commitsToBackups);

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
  subject: { concepts: ['backup'], name: 'backups' },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'We back up the server daily and keep the backups encrypted.', 'Backups of the database are made every night.',
      'Every night the whole database is copied to a second data centre.', 'Encrypted backups are kept for 30 days.',
    ],
    fail: ['# About\n\nWe run the server with care.', 'We make backups weekly.'],
    near: [
      'We do not make backups.', 'Keep your two-factor backup codes safe.', '```\nbackups: daily\n```',
      'Our hosting company is also our backup provider.', 'The admin team looks after moderation, updates and backups.',
      'We intend to start making backups next year.', 'You can download a backup of your posts under Settings > Import and export.',
      'We copied the database once before moving to the new server.', 'Please back up your recovery codes every month.',
      'Our host sells daily backups as an option, which we have not switched on.',
    ],
  },
  check: (doc) => {
    const findings: SpanFinding[] = [];
    const evidence = evidenceWhere(doc, (unit) => {
      if (!commitsToBackupsRemembered(unit)) return false;
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
