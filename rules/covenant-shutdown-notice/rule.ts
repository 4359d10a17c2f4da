import { preferredEvidence } from '../../server/engine/evidence';
import { defineRule } from '../../server/engine/rule';
import { affirmed, durationFinding, durations, evidenceWhere, find, has, isNegated, requirementCheck, withHeading } from '../../server/engine/match';
import type { SpanFinding } from '../../server/engine/rule';
import { perUnit } from '../../server/engine/unit-memory';
import docs from './README.md';
import en from './clause.en.md';
import de from './clause.de.md';
import fr from './clause.fr.md';
import ja from './clause.ja.md';
import es from './clause.es.md';

/**
 * The text promises notice: a word of notice not negated ("we will give notice"), or a shutdown
 * negated when it comes without notice ("we will never shut down without warning"); a wish
 * withdrawn ("we would like to warn you, but make no promises") promises nothing.
 */
function promisesNotice(text: string): boolean {
  if (has(text, 'noPromise')) return false;
  if (affirmed(text, 'notice').length > 0) return true;
  return [...find(text, 'withoutNoticeCue'), ...find(text, 'withoutPeriodNotice')].some((without) => {
    // The "without" must not count as the negation of the shutdown itself.
    const masked = text.slice(0, without.start) + ' '.repeat(without.end - without.start) + text.slice(without.end);
    return find(masked, 'shutdown').some((m) => isNegated(masked, m.end));
  });
}

const TOPICS = ['topicOperations', 'topicChanges'];

/** The periods of a notice of shutting down the unit promises, or undefined when it promises none (it reads the unit and its heading). */
const noticePeriods = perUnit((unit) => (has(withHeading(unit), 'shutdown') && promisesNotice(unit.text) ? durations(unit.text) : undefined));

export default defineRule({
  id: 'covenant-shutdown-notice',
  group: 'covenant',
  severity: 'warning',
  summary: 'The server commits to giving notice (at least 3 months) before it shuts down (Mastodon Server Covenant).',
  message: 'The policy does not promise notice before the server shuts down, as the Mastodon Server Covenant asks (3 months); users need time to move their accounts.',
  requirement: true,
  where: ['about', 'terms', 'rules', 'privacy'],
  topics: TOPICS,
  subject: { concepts: ['shutdown'], unless: ['accountDeletion'], name: 'shutting the server down' },
  params: { minDays: 90 },
  docs,
  clauses: { en, de, fr, ja, es },
  examples: {
    pass: [
      'If we ever shut down the server, we will give you at least three months\' notice.', 'Should the instance close, users get 6 months advance notice.',
      'This server will never be closed without warning its members.', 'We will not shut the instance down without a full six months of notice.', 'We will do our best to warn everyone well ahead of closing the instance.',
    ],
    fail: ['# About\n\nWe hope to run this server for a long time.', 'If the server shuts down, we will give two weeks\' notice.'],
    near: [
      'We cannot promise any notice before the server shuts down.', 'Will we warn you before shutting down?',
      'We may close the instance at any time without notice.', 'We would like to announce a shutdown early, but we give no guarantees.',
    ],
  },
  check: (doc, ctx) => {
    const minDays = Number(ctx.params.minDays);
    const findings: SpanFinding[] = [];
    const evidence = evidenceWhere(doc, (unit) => {
      const periods = noticePeriods(unit);
      if (!periods) return undefined;
      if (periods.length === 0) return true;
      const shortest = periods.reduce((a, b) => (b.days < a.days ? b : a));
      if (shortest.days < minDays) {
        findings.push(durationFinding(unit, shortest, minDays, `A notice of ${shortest.text} is shorter than ${minDays} days; users need time to move their accounts.`, 'Lengthen the notice', undefined, doc.language));
      }
      return { days: shortest.days };
    });
    return requirementCheck(evidence, findings);
  },
  decide: (found) => {
    if (found.length === 0) return { satisfied: false };
    const withDays = found.filter((f) => f.evidence.value?.days !== undefined);
    if (withDays.length === 0) return { satisfied: true, evidence: found[0] };
    // The shortest notice; among statements of it, the one a reader would quote (evidence.ts).
    const days = withDays.reduce((least, f) => Math.min(least, f.evidence.value!.days ?? 0), Infinity);
    const shortest = preferredEvidence(withDays.filter((f) => (f.evidence.value!.days ?? 0) === days), TOPICS)!;
    return { satisfied: true, evidence: shortest, value: { days: shortest.evidence.value!.days } };
  },
});
