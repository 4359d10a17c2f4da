// The three retention rules share one shape: a subject, a stated period, a bound.
import { preferredEvidence } from '../../server/engine/evidence';
import { defineRule, type Clauses, type RuleExamples } from '../../server/engine/rule';
import { durationFinding, evidenceWhere, find, has, longest, pointsBack, questionAnswered, requirementCheck, retentionContext, retentionDenied, retentionPeriods, sameTextAndFrame, type Duration } from '../../server/engine/match';
import type { Unit } from '../../server/engine/model';
import { perUnit } from '../../server/engine/unit-memory';
import type { SpanFinding } from '../../server/engine/rule';
import type { Severity } from '../../server/engine/types';

const TOPICS = ['topicRetention', 'topicCollect'];

export function retentionRule(spec: {
  id: string;
  severity: Severity;
  maxDays: number;
  subject: (unit: Unit) => boolean;
  /** The data kept, for a missing finding to name a sentence that mentions keeping it without a period (RuleDefinition.subject). */
  data: { concepts: string[]; name: string };
  what: string;
  summary: string;
  message: string;
  docs: string;
  clauses: Clauses;
  examples: RuleExamples;
  /** Whether "not kept at all" satisfies the rule. */
  noneCounts?: boolean;
}) {
  // What a unit says of keeping the subject: the periods it states, or that the subject is not kept at all. It reads the
  // unit, its headings, lead-in, and the units before it in its section (those the subject functions read too).
  // Within it, the subject and the periods stated read the unit alone (its text, kind, lead-in and headings): a pasted table repeats its rows.
  const subject = sameTextAndFrame(spec.subject);
  const statedPeriods = sameTextAndFrame(periodsOf);
  const keeping = perUnit((unit): { periods: Duration[]; denied: boolean } | undefined => {
    if (!subject(unit) && !refersBackTo(unit, subject)) return undefined;
    // Answering the question before it, the unit reads that question too.
    const periods = questionAnswered(unit) ? periodsOf(unit) : statedPeriods(unit);
    return { periods, denied: periods.length === 0 && retentionDenied(unit) };
  });
  return defineRule({
    id: spec.id,
    group: 'retention',
    severity: spec.severity,
    summary: spec.summary,
    message: spec.message,
    requirement: true,
    where: ['privacy', 'terms'],
    topics: TOPICS,
    subject: { concepts: spec.data.concepts, alongside: ['retain'], name: `keeping ${spec.data.name}` },
    params: { maxDays: spec.maxDays },
    docs: spec.docs,
    clauses: spec.clauses,
    examples: spec.examples,
    check: (doc, ctx) => {
      const maxDays = Number(ctx.params.maxDays);
      const findings: SpanFinding[] = [];
      const evidence = evidenceWhere(doc, (unit) => {
        const kept = keeping(unit);
        if (!kept) return undefined;
        const periods = kept.periods;
        const period = longest(periods);
        if (!period) return kept.denied && (spec.noneCounts ?? true) ? { days: 0 } : undefined;
        for (const p of periods) {
          if (p.days > maxDays) {
            findings.push(durationFinding(unit, p, maxDays, `${spec.what} are kept for ${p.text}, longer than the configured maximum of ${maxDays} days; users are better served by a shorter period.`, 'Shorten the period', 'warning', doc.language));
          }
        }
        return { days: period.days };
      });
      return requirementCheck(evidence, findings);
    },
    decide: (found) => {
      if (found.length === 0) return { satisfied: false };
      // The longest period; among statements of it, the one a reader would quote (evidence.ts).
      const days = found.reduce((most, f) => Math.max(most, f.evidence.value?.days ?? 0), 0);
      const best = preferredEvidence(found.filter((f) => (f.evidence.value?.days ?? 0) === days), TOPICS)!;
      return { satisfied: true, evidence: best, value: { days: best.evidence.value?.days ?? 0 } };
    },
  });
}

/** The periods a unit states for keeping something (see retentionPeriods). */
function periodsOf(unit: Unit): Duration[] {
  return retentionPeriods(unit, retentionContext(unit));
}

/**
 * The unit gives a period for data named just before it, in the same section:
 * "This data is deleted after 7 days" or "We delete it after 120 days" after
 * the sentence that names it; "At most one year." answering "How long do you
 * keep my IP address?"; "Retention period: 1 year" among the fields of a
 * record whose other fields name the data ("Data: IP addresses").
 */
function refersBackTo(unit: Unit, subject: (unit: Unit) => boolean): boolean {
  const previous = unit.previous;
  if (!previous || previous.section !== unit.section) return false;
  if (questionAnswered(unit)) return subject(previous);
  // "We keep your login history for 180 days, then delete it": a pronoun after data the unit names itself is that data.
  if (previous.kind !== 'heading' && pointsBack(unit.text) && !namesData(unit.text) && subject(previous)) return true;
  return startsWithRetentionLabel(unit) && fieldsBefore(unit).some(subject);
}

const DATA = ['email', 'username', 'password', 'ip', 'userAgent', 'loginHistory', 'serverLogs', 'dateOfBirth', 'userContent', 'posts', 'media'];
function namesData(text: string): boolean {
  return DATA.some((concept) => has(text, concept));
}

function startsWithRetentionLabel(unit: Unit): boolean {
  return find(unit.text, 'retentionLabel').some((m) => m.start <= 2);
}

/** Fields of a record: the list items or label lines just before the unit, in its section. */
const MAX_FIELDS = 8;
function fieldsBefore(unit: Unit): Unit[] {
  const out: Unit[] = [];
  for (let u = unit.previous; u && u.section === unit.section && u.kind !== 'heading' && u.inList === unit.inList && out.length < MAX_FIELDS; u = u.previous) out.push(u);
  return out;
}
