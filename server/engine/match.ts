// Building blocks for rules: "does this unit state X affirmatively", read
// through the shared vocabulary. Rules combine these; none scans text itself.
import type { DocumentModel, Unit } from './model';
import { headingsOf, spanOf } from './model';
import type { DocumentCheck, Evidence, SpanFinding } from './rule';
import type { RequirementValue } from './types';
import { affirmed, durations, find, has, isNegated, sayPeriod, type Duration } from './vocabulary';

export { affirmed, durations, find, has, isNegated, negated, ages, clauseStart, clauseEnd, type Duration, type Match } from './vocabulary';

/** A question left without an answer in the same unit does not state anything. */
export function isQuestion(unit: Unit): boolean {
  return QUESTION_END.test(unit.text);
}

const QUESTION_END = /[?？]\s*["')\]」』）]*$/;

/** Text around a unit that frames it: the sentence introducing its list, and its headings. */
export function frame(unit: Unit): string {
  return [unit.leadIn ?? '', ...headingsOf(unit)].join(' \n ');
}

/** The unit's own text plus its heading, for "a heading with the paragraph under it". */
export function withHeading(unit: Unit): string {
  const heading = unit.section.heading?.text ?? '';
  return `${heading} \n ${unit.text}`;
}

/** Units that state something: prose, not questions, headings only when asked. */
export function statements(doc: DocumentModel, opts: { headings?: boolean } = {}): Unit[] {
  return doc.units.filter((u) => (opts.headings || u.kind !== 'heading') && !isQuestion(u));
}

/** Evidence for every unit the test accepts; the test may return a value. */
export function evidenceWhere(doc: DocumentModel, test: (unit: Unit) => boolean | RequirementValue | undefined, opts: { headings?: boolean } = {}): Evidence[] {
  const out: Evidence[] = [];
  for (const unit of statements(doc, opts)) {
    const result = test(unit);
    if (result === true) out.push({ unit });
    else if (result && typeof result === 'object') out.push({ unit, value: result });
  }
  return out;
}

export const requirementCheck = (evidence: Evidence[], findings: SpanFinding[] = []): DocumentCheck => ({ evidence, findings });

/** Whether a unit says the data is collected: the data named affirmatively, and a collecting verb in it or in what frames it. */
export function statesCollected(unit: Unit, concept: string): boolean {
  const data = affirmed(unit.text, concept);
  if (data.length === 0) return false;
  if (affirmed(unit.text, 'collect').length > 0) return true;
  const around = frame(unit);
  // Framed: a list item, a table row, or a "Label: values" line under a heading or lead-in about collecting.
  if (!unit.inList && unit.kind !== 'row' && !/^\W*[\p{L} /-]{2,40}(?:[:–—-]\s|：)/u.test(unit.raw)) return false;
  return has(around, 'collect') || has(around, 'topicCollect') || has(around, 'personalData');
}

/** The longest of some durations. */
export function longest(ds: Duration[]): Duration | undefined {
  return ds.reduce<Duration | undefined>((a, b) => (!a || b.days > a.days ? b : a), undefined);
}

/** A finding on part of a unit's text. */
export function spanFinding(unit: Unit, from: number, to: number, message: string, extra: Partial<SpanFinding> = {}): SpanFinding {
  const span = spanOf(unit, from, to);
  return { start: span.start, end: span.end, message, ...extra };
}

/** Writes a number of days back in the unit the text used ("6 months" -> "3 months"). */
export function rewriteDuration(original: string, days: number): string {
  const unitWord = /([a-z]+)\s*$/i.exec(original)?.[1]?.toLowerCase() ?? 'days';
  if (/^(?:months?|mos?)$/.test(unitWord) && days % 30 === 0) return `${days / 30} ${days === 30 ? 'month' : 'months'}`;
  if (/^(?:years?|yrs?)$/.test(unitWord) && days % 365 === 0) return `${days / 365} ${days === 365 ? 'year' : 'years'}`;
  if (/^(?:weeks?)$/.test(unitWord) && days % 7 === 0) return `${days / 7} ${days === 7 ? 'week' : 'weeks'}`;
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** Periods the unit states for keeping something: durations in a sentence about keeping or deleting data ("every 6 hours" is a frequency, not a period). */
export function retentionPeriods(unit: Unit): Duration[] {
  // "never stored for more than 30 days" states a period too: any word of keeping will do.
  if (!has(unit.text, 'retain')) return [];
  const every = find(unit.text, 'everyPeriod');
  return durations(unit.text).filter((d) => !every.some((e) => e.end <= d.start && d.start - e.end <= 2) && d.days >= 1 / 24);
}

/** The unit says the thing is not kept at all ("we do not keep server logs"). */
export function retentionDenied(unit: Unit): boolean {
  return find(unit.text, 'retain').some((m) => isNegated(unit.text, m.start, m.end) && !has(unit.text.slice(m.end), 'beyondPeriod'));
}

/**
 * The unit answers "no" to the question just above it ("Do we sell your data?" / "No."):
 * returns that question, or '' when the unit is no such answer.
 */
export function deniedQuestion(unit: Unit): string {
  if (!/^(?:no|never|nope|not at all|absolutely not|nein|non|いいえ)(?![\p{L}])/iu.test(unit.text)) return '';
  const before = unit.previous?.text ?? '';
  return QUESTION_END.test(before) ? before : '';
}

/** The sentences before this one in its paragraph or list item, or the one just before it ("such messages" points back to them). */
export function previousSentence(unit: Unit): string {
  const parts: string[] = [];
  if (unit.previous && unit.previous.section === unit.section) parts.push(unit.previous.text);
  if (unit.blockStart && unit.blockStart !== unit) {
    for (let u = unit.previous; u && u.index >= unit.blockStart.index; u = u.previous) parts.push(u.text);
  }
  return parts.join(' \n ');
}

/** A finding on a duration whose fix writes another number of days in its place, keeping a possessive right ("one month's" -> "3 months'"). */
export function durationFinding(unit: Unit, d: Duration, days: number, message: string, verb: string, severity?: SpanFinding['severity'], language = 'en'): SpanFinding {
  // English keeps the unit the text used; other languages get their own words for the period.
  let text = language === 'en' ? rewriteDuration(d.text, days) : sayPeriod(days, language);
  let end = d.end;
  const after = unit.text.slice(d.end, d.end + 2);
  if (/^['’]s/.test(after)) {
    end += 2;
    text += text.endsWith('s') ? after[0] : `${after[0]}s`;
  } else if (/^['’](?![\p{L}])/u.test(after)) {
    end += 1;
    text += text.endsWith('s') ? after[0] : `${after[0]}s`;
  }
  return spanFinding(unit, d.start, end, message, { severity, replacement: { text, title: `${verb} to ${text}` } });
}
