// The report card's grade: pure arithmetic over the engine's verdicts, in the
// spirit of ToS;DR's points (each point weighs by how much it matters to
// users; a few "blockers" cap the grade whatever the rest says).
import type { RequirementStatus, Severity, SeveritySetting } from '../engine';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** Points lost for each requirement the policy set does not meet, by the rule's severity. */
export const MISSING_POINTS: Record<Severity, number> = { error: 12, warning: 6, info: 2 };
/** Points lost for each other finding (a vague period, a placeholder, a period over the limit...). */
export const FINDING_POINTS: Record<Severity, number> = { error: 4, warning: 2, info: 1 };
/** Findings of one rule beyond this many cost nothing more (fifty placeholders are one problem). */
export const MAX_FINDINGS_PER_RULE = 3;
/** All findings together cost at most this much: what is missing weighs more than how it is worded. */
export const MAX_FINDING_POINTS = 20;
export const DEFAULT_POLICY_POINTS = 10;
/** The best grade a set can get while its privacy policy is Mastodon's default. */
export const DEFAULT_POLICY_BEST_GRADE: Grade = 'C';
/** Lowest score for each grade; below the last one, E. */
export const GRADE_THRESHOLDS: readonly [Grade, number][] = [
  ['A', 90],
  ['B', 75],
  ['C', 55],
  ['D', 35],
];

export interface GradeInput {
  /** Every requirement of the set, with the severity its rule has in the configuration used. */
  requirements: { ruleId: string; status: RequirementStatus; severity: SeveritySetting }[];
  /** Findings other than those that report a missing requirement. */
  findings: { ruleId: string; severity: Severity }[];
  privacyPolicyPublished: boolean;
  defaultPrivacyPolicy: boolean;
}

export interface Deduction {
  points: number;
  reason: string;
  ruleId?: string;
}

export interface GradeResult {
  grade: Grade;
  /** 0 to 100. */
  score: number;
  deductions: Deduction[];
  /** A blocker and the best grade it allows (the grade may be lower anyway). */
  cap?: { grade: Grade; reason: string };
}

export function computeGrade(input: GradeInput): GradeResult {
  const deductions: Deduction[] = [];
  for (const requirement of input.requirements) {
    if (requirement.status !== 'missing' || requirement.severity === 'off') continue;
    deductions.push({
      points: MISSING_POINTS[requirement.severity],
      reason: `${requirement.ruleId} missing (${requirement.severity})`,
      ruleId: requirement.ruleId,
    });
  }

  const perRule = new Map<string, number>();
  let findingPoints = 0;
  for (const finding of input.findings) {
    const seen = perRule.get(finding.ruleId) ?? 0;
    perRule.set(finding.ruleId, seen + 1);
    if (seen >= MAX_FINDINGS_PER_RULE) continue;
    const points = Math.min(FINDING_POINTS[finding.severity], MAX_FINDING_POINTS - findingPoints);
    if (points <= 0) continue;
    findingPoints += points;
    deductions.push({ points, reason: `${finding.ruleId} finding (${finding.severity})`, ruleId: finding.ruleId });
  }

  let cap: GradeResult['cap'];
  if (!input.privacyPolicyPublished) {
    cap = { grade: 'E', reason: 'the instance publishes no privacy policy' };
  } else if (input.defaultPrivacyPolicy) {
    deductions.push({ points: DEFAULT_POLICY_POINTS, reason: "the privacy policy is Mastodon's default" });
    cap = { grade: DEFAULT_POLICY_BEST_GRADE, reason: "the privacy policy is Mastodon's default" };
  }

  const score = Math.max(0, 100 - deductions.reduce((sum, d) => sum + d.points, 0));
  let grade = gradeForScore(score);
  if (cap && GRADES.indexOf(grade) < GRADES.indexOf(cap.grade)) grade = cap.grade;
  return { grade, score, deductions, cap };
}

export function gradeForScore(score: number): Grade {
  for (const [grade, minimum] of GRADE_THRESHOLDS) if (score >= minimum) return grade;
  return 'E';
}

/** Whether `grade` is at least as good as `minimum` (A is the best). */
export function meetsGrade(grade: Grade, minimum: Grade): boolean {
  return GRADES.indexOf(grade) <= GRADES.indexOf(minimum);
}

/** The formula in words, for `fedipolicy audit --help` and docs/audit.md (a test keeps them equal). */
export function gradeFormulaLines(): string[] {
  const [a, b, c, d] = GRADE_THRESHOLDS;
  return [
    'Start at 100 points and subtract:',
    `- ${MISSING_POINTS.error} for each missing requirement of severity error, ${MISSING_POINTS.warning} for warning, ${MISSING_POINTS.info} for info;`,
    `- ${FINDING_POINTS.error} for each other finding of severity error, ${FINDING_POINTS.warning} for warning, ${FINDING_POINTS.info} for info (at most ${MAX_FINDINGS_PER_RULE} findings per rule and ${MAX_FINDING_POINTS} points in all);`,
    `- ${DEFAULT_POLICY_POINTS} when the privacy policy is Mastodon's default, which also limits the grade to ${DEFAULT_POLICY_BEST_GRADE} at best.`,
    `Grade: ${a[0]} from ${a[1]}, ${b[0]} from ${b[1]}, ${c[0]} from ${c[1]}, ${d[0]} from ${d[1]}, E below; E whatever the score when no privacy policy is published.`,
  ];
}
