// Building blocks for rules: "does this unit state X affirmatively", read
// through the shared vocabulary. Rules combine these; none scans text itself.
import type { DocumentModel, Section, Unit } from './model';
import { headingsOf, spanOf } from './model';
import type { DocumentCheck, Evidence, SpanFinding } from './rule';
import type { RequirementValue } from './types';
import { affirmed, clauseEnd, clauseStart, durations, find, has, isNegated, negated, sayPeriod, type Duration, type Match } from './vocabulary';

export { affirmed, durations, find, has, isNegated, negated, ages, clauseStart, clauseEnd, type Duration, type Match } from './vocabulary';

/** A question left without an answer in the same unit does not state anything. */
export function isQuestion(unit: Unit): boolean {
  return questionOf(unit, unit.text);
}

const QUESTION_END = /[?？]\s*["')\]」』）]*$/;

/**
 * Values read from a unit, remembered per section and key: every rule asks for
 * them, for every row of a table, and the rows of one table share their
 * section and lead-in and often their text. The same string comes back each
 * time, so that `find` knows it again without comparing characters.
 */
function perSection<T>(read: (unit: Unit) => T): (unit: Unit, key: string) => T {
  const memory = new WeakMap<Section, Map<string, T>>();
  return (unit, key) => {
    let known = memory.get(unit.section);
    if (!known) memory.set(unit.section, (known = new Map()));
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = read(unit)));
    return value;
  };
}

/**
 * `read` remembered for table rows alike in all but their place: the same
 * text under the same lead-in (header) and headings. For a reading that
 * depends on nothing else of the unit (not on the units before it): a pasted
 * table repeats its rows thousands of times. Prose, whose sentences seldom
 * repeat, is read each time.
 */
export function sameTextAndFrame<T>(read: (unit: Unit) => T): (unit: Unit) => T {
  const memory = new WeakMap<Section, Map<string, Map<string, T>>>();
  return (unit) => {
    if (unit.kind !== 'row' || !unit.inList) return read(unit);
    let byLead = memory.get(unit.section);
    if (!byLead) memory.set(unit.section, (byLead = new Map()));
    const lead = unit.leadIn ?? '';
    let byText = byLead.get(lead);
    if (!byText) byLead.set(lead, (byText = new Map()));
    let value = byText.get(unit.text);
    if (value === undefined && !byText.has(unit.text)) byText.set(unit.text, (value = read(unit)));
    return value as T;
  };
}

const questionOf = perSection((unit) => QUESTION_END.test(unit.text));

const frameOf = perSection((unit) => [unit.leadIn ?? '', ...headingsOf(unit)].join(' \n '));

/** Text around a unit that frames it: the sentence introducing its list, and its headings. */
export function frame(unit: Unit): string {
  return frameOf(unit, unit.leadIn ?? '');
}

const withHeadingOf = perSection((unit) => `${unit.section.heading?.text ?? ''} \n ${unit.text}`);

/** The unit's own text plus its heading, for "a heading with the paragraph under it". */
export function withHeading(unit: Unit): string {
  return withHeadingOf(unit, unit.text);
}

const headingsTextOf = perSection((unit) => headingsOf(unit).join(' \n '));

/** The headings above a unit, innermost first, one a line. */
export function headingsText(unit: Unit): string {
  return headingsTextOf(unit, '');
}

/** Units that state something: prose, not questions, headings only when asked. */
export function statements(doc: DocumentModel, opts: { headings?: boolean } = {}): readonly Unit[] {
  // Every rule asks, once per document per lint: worked out once (a pasted table has 100,000 rows).
  let known = statementsOf.get(doc);
  if (!known) {
    const withHeadings = doc.units.filter((u) => !isQuestion(u));
    known = { withHeadings, withoutHeadings: withHeadings.filter((u) => u.kind !== 'heading') };
    statementsOf.set(doc, known);
  }
  return opts.headings ? known.withHeadings : known.withoutHeadings;
}

const statementsOf = new WeakMap<DocumentModel, { withHeadings: Unit[]; withoutHeadings: Unit[] }>();

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

/** Where a text names some data: a concept ("email") or a reader of composite names (see `loginHistoryNamed`). */
export type DataName = string | ((text: string) => readonly Match[]);

/** The data named affirmatively in a text. */
export function dataNamed(text: string, data: DataName): readonly Match[] {
  return typeof data === 'string' ? affirmed(text, data) : data(text);
}

/**
 * Login history named: in so many words ("login history"), or a sign-in
 * event with when it happened in the same clause ("the date and time of each
 * login", "every sign-in is logged with a timestamp").
 */
export function loginHistoryNamed(text: string): readonly Match[] {
  const named = affirmed(text, 'loginHistory');
  const events = find(text, 'loginEvent');
  if (named.length === 0 && events.length === 0) return named;
  const out = named.filter((m) => !countedFrom(text, m));
  for (const event of events) {
    const from = clauseStart(text, event.start);
    const to = clauseEnd(text, event.end);
    const time = find(text, 'eventTime').find((t) => t.start >= from && t.end <= to && t.end !== event.end && wordsBetween(text, event, t) <= NEAR_WORDS);
    if (!time) continue;
    const [start, end] = [Math.min(event.start, time.start), Math.max(event.end, time.end)];
    if (!isNegated(text, start, end) && !countedFrom(text, { start, end })) out.push({ concept: 'loginHistory', start, end, text: text.slice(start, end) });
  }
  return out;
}

/** "6 months after your last login": the sign-in is where a period starts, not a record kept. */
function countedFrom(text: string, m: { start: number; end: number }): boolean {
  return find(text, 'countedFrom').some((c) => c.start <= m.end + 3 && c.end >= m.start - 3 && c.start >= m.start - COUNTED_FROM_REACH);
}

const COUNTED_FROM_REACH = 40;

/** Words that may stand between the parts of one name ("the date, time and duration of each connection"). */
const NEAR_WORDS = 8;

function wordsBetween(text: string, a: Match, b: Match): number {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  const between = text.slice(from, Math.max(from, to)).trim();
  return between ? between.split(/\s+/).length : 0;
}

/**
 * Collecting verbs the text states as this server's practice: affirmed, not
 * only imagined ("if we ever start a newsletter, we would ask for..."), and
 * not another party's ("other servers may ask for...", "that is up to them").
 */
export function collectingVerbs(text: string): Match[] {
  if (has(text, 'notOurPractice')) return [];
  return [...affirmed(text, 'collect'), ...affirmed(text, 'holdsData')].filter((verb) => {
    const from = clauseStart(text, verb.start);
    return !has(text.slice(from, clauseEnd(text, verb.end)), 'hypothetical') && !has(text.slice(from, verb.start), 'otherActor');
  });
}

const keepsDataOf = perSection((unit) => collectingVerbs(unit.text).length > 0);

/** The unit states a collecting verb as this server's practice (see collectingVerbs). */
function keepsData(unit: Unit): boolean {
  return keepsDataOf(unit, unit.text);
}

/** The question a unit answers: the unit just before it, when that is a question in the same section or its heading ("Do you store my password?" / "Only a hash of it."). */
export function questionAnswered(unit: Unit): string {
  const before = unit.previous;
  if (!before || !isQuestion(before)) return '';
  return before.section === unit.section || before === unit.section.heading ? before.text : '';
}

/** The unit answers "yes" to the question before it: it neither opens with "no" nor denies the keeping it was asked about. */
function answersYes(unit: Unit): string {
  const question = questionAnswered(unit);
  if (!question || deniedQuestion(unit)) return '';
  return negated(unit.text, 'collect').length > 0 && !keepsData(unit) ? '' : question;
}

/** A table row whose cells answer "no" ("IP address | No"): the data is named, and said not to be kept. */
function rowSaysNo(unit: Unit): boolean {
  return unit.kind === 'row' && rowSaysNoOf(unit, unit.text);
}

const rowSaysNoOf = perSection((unit) => unit.text.split(';').some((cell) => {
  const trimmed = cell.trim();
  return find(trimmed, 'noAnswer').some((m) => m.start === 0 && m.end === trimmed.length);
}));

/** The label of a "Label: value" line ("Concerned data: e-mail address"), or ''. */
/** The label a line opens with ("Server logs: retained 90 days", "**Email** – ..."), or ''. */
export function labelOf(unit: Unit): string {
  return labelLineOf(unit, unit.raw);
}

const labelLineOf = perSection((unit) => LABEL_LINE.exec(unit.raw)?.[0] ?? '');

const LABEL_LINE = /^\W*[\p{L} /-]{2,40}(?:[:–—-]\s|：)/u;

/** Whether a unit says the data is collected: the data named affirmatively, and a collecting verb in it or in what frames it. */
export function statesCollected(unit: Unit, data: DataName): boolean {
  if (dataNamed(unit.text, data).length > 0) {
    if (rowSaysNo(unit) || (has(unit.text, 'removedFrom') && durations(unit.text).length === 0)) return false;
    if (keepsData(unit)) return true;
    const question = answersYes(unit);
    if (question && collectingVerbs(question).length > 0) return true;
    // Framed: a list item, a table row, or a "Label: values" line under a heading, lead-in or label about collecting.
    const label = labelOf(unit);
    if (!unit.inList && unit.kind !== 'row' && !label) return false;
    // The unit's own label says it is collected, not that it is not ("Your username is not collected: ...").
    if (label && negated(label, 'collect').length > 0) return false;
    const around = `${frame(unit)} \n ${label}`;
    return has(around, 'collect') || has(around, 'topicCollect') || has(around, 'personalData') || (unit.kind === 'row' && has(unit.leadIn ?? '', 'dataColumn'));
  }
  // Named just before, kept here: "### Password" / "We store it hashed"; "To join you need an e-mail address. We hold on to it..."; "Do you keep my username?" / "Yes, it is stored...".
  const question = answersYes(unit);
  const keeps = keepsData(unit);
  if (!keeps && !question) return false;
  if (!question && !pointsBack(unit.text)) return false;
  const before = [question, unit.section.heading?.text ?? '', sameSectionPrevious(unit)].join(' \n ');
  return dataNamed(before, data).length > 0 && (keeps || collectingVerbs(question).length > 0);
}

/** The sentence before a unit in its section ('' after a heading). */
function sameSectionPrevious(unit: Unit): string {
  const before = unit.previous;
  return before && before.section === unit.section && before.kind !== 'heading' ? before.text : '';
}

const OPENING_CHARS = 30;

/** The text points back to data named before it: a pronoun or "this data" opening it or just after its verb ("It is deleted...", "We keep them for..."). */
export function pointsBack(text: string): boolean {
  if (has(text, 'backReference')) return true;
  const pointers = find(text, 'pointsBack');
  // The verbs are looked up even without a pointing word: the rules' pages list the concepts a rule reads.
  const collect = find(text, 'collect');
  const retain = find(text, 'retain');
  const holds = find(text, 'holdsData');
  if (pointers.length === 0) return false;
  // The first four words, or some characters in a script without spaces.
  const opening = Math.min(text.split(/\s+/).slice(0, 4).join(' ').length, OPENING_CHARS);
  const verbs = [...collect, ...retain, ...holds];
  return pointers.some((m) => m.start <= opening || verbs.some((v) => v.end <= m.start && wordsBetween(text, v, m) <= 2));
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

/**
 * Periods the unit states for keeping something: durations in a sentence
 * about keeping or deleting data, or under a label or column that says how
 * long ("Retention period: 90 days", "| IP addresses | 6 months |" under
 * "Kept for"). `context` is that label or column header, or the question
 * the unit answers. "Every 6 hours" is a frequency and "at least 30 days" a
 * minimum, not a period.
 */
export function retentionPeriods(unit: Unit, context = ''): Duration[] {
  // "never stored for more than 30 days" states a period too: any word of keeping will do.
  const about = (text: string) => has(text, 'retain') || has(text, 'retentionLabel') || has(text, 'cleanedUp');
  if (!about(unit.text) && !has(context, 'retain') && !has(context, 'retentionLabel')) return [];
  // "Deleted every 21 days" bounds how long anything stays: a frequency of deleting is a period.
  const every = find(unit.text, 'everyPeriod').filter((e) => !has(unit.text.slice(clauseStart(unit.text, e.start), e.start), 'deletePhrase'));
  const minimum = find(unit.text, 'minimumBound');
  const just = (marks: readonly Match[], d: Duration) => marks.some((e) => e.end <= d.start && d.start - e.end <= 2);
  return durations(unit.text).filter((d) => !just(every, d) && !just(minimum, d) && d.days >= 1 / 24);
}

/** What tells how long the data in a unit is kept, when the unit itself does not: its table's header, the heading over its list, the question it answers. */
export function retentionContext(unit: Unit): string {
  const parts = [questionAnswered(unit)];
  if (unit.kind === 'row') parts.push(unit.leadIn ?? '');
  if (unit.inList || unit.kind === 'row') parts.push(unit.section.heading?.text ?? '');
  return parts.join(' \n ');
}

/** The unit says the thing is not kept at all ("we do not keep server logs"). */
export function retentionDenied(unit: Unit): boolean {
  // "We have no fixed retention period" denies a period, not the keeping; "we cannot promise that logs are deleted"
  // denies a promise, and data "not deleted" is kept.
  if (has(unit.text, 'noPromise')) return false;
  const labels = find(unit.text, 'retentionLabel');
  const deletions = find(unit.text, 'deleteVerb');
  return find(unit.text, 'retain').some(
    (m) =>
      isNegated(unit.text, m.start, m.end) && !has(unit.text.slice(m.end), 'beyondPeriod') && !labels.some((l) => l.start <= m.start && l.end > m.end) &&
      !deletions.some((d) => d.start < m.end && m.start < d.end),
  );
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
