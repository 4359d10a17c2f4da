// Lints a policy set: every document of one instance, together.
import type { DocumentKind, EngineConfig, Finding, RelatedPlace, Requirement, SetReport, SourceDocument, Severity } from './types';
import type { DocumentModel, Section, Unit } from './model';
import type { Evidence, RuleContext, RuleDefinition, SetVerdict, SpanFinding } from './rule';
import { buildModel, shapeProblem } from './model';
import { htmlShapeProblem, isHtmlDocument } from './html';
import { kindFromFrontMatter, kindFromHeading, kindFromName } from './kind';
import { allRules } from './registry';
import { positionAt } from './positions';
import { isSuppressed } from './directives';
import { missingFix, placeMissing } from './fixes';
import { clauseFields, fillClause } from './clause';
import { describeSource, readInstanceValues, resolveInstance, type InstanceValues, type ValueConflict } from './instance-values';
import { preferredEvidence } from './evidence';
import { detectLanguage, find, vocabularyFor } from './vocabulary';

/** Documents over this size (UTF-16 code units) are not parsed. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;

const SET_WIDE_GROUPS = new Set(['covenant', 'ai', 'hygiene']);

export function lintDocument(doc: SourceDocument, config: EngineConfig): SetReport {
  return lintSet([doc], config);
}

export function lintSet(sources: SourceDocument[], config: EngineConfig): SetReport {
  const findings: Finding[] = [];
  const models: DocumentModel[] = [];
  const maxSize = config.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;

  for (const source of sources) {
    if (source.text.length > maxSize) {
      findings.push({
        file: source.file, ruleId: 'input-too-large', severity: 'error',
        message: `The document is ${source.text.length} characters long, over the limit of ${maxSize} (setting maxDocumentSize); it was not checked.`,
        start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1,
      });
      continue;
    }
    // The Markdown parser's limits (lines, headings, nesting) do not bind HTML, which is parsed in time linear in its length, except for how deep it nests.
    const shape = (isHtmlDocument(source.file, source.text) ? undefined : shapeProblem(source.text)) ?? htmlShapeProblem(source.text);
    if (shape) {
      findings.push(notChecked(source, 'input-too-large', shape));
      continue;
    }
    try {
      models.push(modelOf(source));
    } catch (err) {
      // The parser or the model gave up (e.g. inline markup nested thousands deep): say so instead of crashing.
      const finding = notChecked(source, 'internal-error', `The document could not be read (${err instanceof Error ? err.message : String(err)}); it was not checked. Please report this.`);
      if (err instanceof Error && err.stack) finding.stack = err.stack;
      findings.push(finding);
    }
  }

  const requirements: Requirement[] = [];
  const missing: { rule: RuleDefinition; severity: Severity; message: string; place: ReturnType<typeof placeMissing>; at: ReturnType<typeof rangeOf>; near?: NearMention }[] = [];
  const hasPrivacy = models.some((m) => m.kind === 'privacy' || m.kind === 'combined');

  for (const rule of allRules()) {
    const setting = config.rules[rule.id] ?? { severity: rule.severity, params: rule.params ?? {} };
    const ctx: RuleContext = { params: { ...(rule.params ?? {}), ...(setting.params as RuleContext["params"]) }, instance: config.instance };
    const severity = setting.severity;
    if (models.length === 0) continue;
    const applies = rule.applies ? safe(() => rule.applies!(models, ctx), false) : SET_WIDE_GROUPS.has(rule.group) || hasPrivacy;
    if (severity === 'off' || !applies) {
      if (rule.requirement) requirements.push({ ruleId: rule.id, status: 'not-applicable', message: severity === 'off' ? 'Turned off in the configuration.' : undefined });
      continue;
    }

    const found: { doc: DocumentModel; evidence: Evidence }[] = [];
    let crashed = false;
    for (const doc of models) {
      try {
        const result = rule.check(doc, ctx);
        for (const evidence of result.evidence) found.push({ doc, evidence });
        for (const f of result.findings) findings.push(toFinding(doc, rule, f, severity));
      } catch (err) {
        crashed = true;
        findings.push(internalError(doc, rule, err));
      }
    }
    if (!rule.requirement) continue;
    if (crashed) {
      requirements.push({ ruleId: rule.id, status: 'not-applicable', message: 'The rule failed; see the internal-error finding.' });
      continue;
    }

    // The evidence a reader would quote, unless the rule's own verdict picks it (ranking every row of a table takes long).
    const best = () => preferredEvidence(found, rule.topics, rule.subject?.concepts);
    let verdict: SetVerdict;
    if (rule.decide) verdict = rule.decide(found, ctx);
    else {
      const evidence = best();
      verdict = { satisfied: found.length > 0, evidence, value: evidence?.evidence.value };
    }
    for (const extra of verdict.extra ?? []) findings.push(toFinding(extra.doc, rule, extra.finding, severity));
    // A verdict that gives a value but no evidence quotes the default evidence.
    const quoted = verdict.evidence ?? (verdict.satisfied ? best() : undefined);
    if (verdict.satisfied && quoted) {
      const { doc, evidence } = quoted;
      const at = rangeOf(doc, evidence.unit.start, evidence.unit.end);
      requirements.push({ ruleId: rule.id, status: 'satisfied', file: doc.file, ...at.positions, value: verdict.value, evidence: evidence.unit.raw });
      continue;
    }
    const message = verdict.message ?? rule.message;
    const place = placeMissing(models, rule);
    const at = rangeOf(place.doc, place.start, place.end);
    // A partial value (the moderation categories covered) says what is still there.
    requirements.push({ ruleId: rule.id, status: 'missing', file: place.doc.file, ...at.positions, ...(verdict.value ? { value: verdict.value } : {}), message });
    // Evidence the set verdict rejected (categories not all covered) is already what the message explains.
    const near = found.length === 0 ? nearMention(models, rule) : undefined;
    missing.push({ rule, severity, message, place, at, near });
  }

  // Clauses are filled once every requirement is read: the set's own statements (domain, contact, periods) fill what the config leaves out.
  const { instance, conflicts } = missing.length
    ? resolveInstance(config.instance, readInstanceValues(models, requirements))
    : { instance: config.instance, conflicts: [] };
  for (const { rule, severity, message, place, at, near } of missing) {
    const clauseLanguage = sectionLanguage(place.doc, place.start);
    const clause = rule.clauses ? fillClause(rule.id, instance, clauseLanguage) : undefined;
    const fix = clause ? withLineEndings(place.doc.text, missingFix(place.doc, rule, clause, clauseLanguage)) : undefined;
    const fields = fix ? clauseFields(rule.id) : new Set();
    const note = conflicts.filter((c) => fields.has(c.key)).map(conflictNote).join('');
    const nearNote = near ? ` ${nearSentence(near, place.doc, rule.subject!.name)}` : '';
    findings.push({
      file: place.doc.file, ruleId: rule.id, severity, message: message + nearNote + note, start: at.start, end: at.end, ...at.positions, fix,
      ...(near ? { related: [near.related] } : {}),
    });
  }

  const byFile = new Map(models.map((m) => [m.file, m]));
  const kept = findings.filter((f) => {
    const doc = byFile.get(f.file);
    return !doc || !isSuppressed(doc.directives, f.ruleId, f.line);
  });
  // Messages stay English; say which language a non-English document was read as.
  for (const f of kept) {
    const doc = byFile.get(f.file);
    if (doc && doc.language !== 'en' && !f.message.includes('(read as ')) f.message += ` (read as ${vocabularyFor(doc.language).name})`;
  }
  kept.sort((a, b) => (a.file === b.file ? a.start - b.start || a.ruleId.localeCompare(b.ruleId) : a.file < b.file ? -1 : 1));

  return {
    documents: [
      ...models.map((m) => ({ file: m.file, kind: m.kind, language: m.language })),
      ...sources.filter((s) => !byFile.has(s.file)).map((s) => ({ file: s.file, kind: s.kind ?? ('privacy' as DocumentKind), language: s.language ?? 'en' })),
    ],
    requirements,
    findings: kept,
  };
}

/** What a set's documents state about the instance (domain, name, contact, periods), each value with the line it was read from. */
export function statedInstanceValues(sources: SourceDocument[], config: EngineConfig): InstanceValues {
  const report = lintSet(sources, config);
  const unread = new Set(report.findings.filter((f) => f.ruleId === 'input-too-large' || f.ruleId === 'internal-error').map((f) => f.file));
  return readInstanceValues(sources.filter((s) => !unread.has(s.file)).map(modelOf), report.requirements);
}

const modelCache = new WeakMap<SourceDocument, DocumentModel>();

function modelOf(source: SourceDocument): DocumentModel {
  const cached = modelCache.get(source);
  if (cached) return cached;
  const base = buildModel(source.file, source.text);
  const firstHeading = base.units.find((u) => u.kind === 'heading');
  const kind = source.kind ?? kindFromFrontMatter(base.frontMatter) ?? source.kindHint ?? kindFromName(source.file) ?? kindFromHeading(firstHeading?.text) ?? 'privacy';
  const declared = typeof base.frontMatter?.lang === 'string' ? base.frontMatter.lang : typeof base.frontMatter?.language === 'string' ? base.frontMatter.language : undefined;
  const language = source.language ?? declared ?? detectLanguage(openingText(base.units, LANGUAGE_SAMPLE));
  const model: DocumentModel = { ...base, kind, language };
  modelCache.set(source, model);
  return model;
}

/** How much of a document's text its language is read from. */
const LANGUAGE_SAMPLE = 20000;

/** The units' texts joined by spaces, up to `length` characters (not the whole of a megabyte-long document). */
function openingText(units: Unit[], length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; i < units.length && size < length; i++) {
    parts.push(units[i].text);
    size += units[i].text.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

/** Each section's language, worked out once per lint (every missing rule asks; a section can be a megabyte). */
const sectionLanguages = new WeakMap<Section, string>();

/** The language of the section at `offset` (a bilingual policy is read per section). */
function sectionLanguage(doc: DocumentModel, offset: number): string {
  const section = [...doc.sections].reverse().find((s) => s.start <= offset && offset < Math.max(s.end, s.start + 1));
  if (!section || section.depth === 0) return doc.language;
  const known = sectionLanguages.get(section);
  if (known !== undefined) return known;
  const text = doc.units.filter((u) => u.start >= section.start && u.start < section.end).map((u) => u.text).join(' ');
  const language = text.length > 80 ? detectLanguage(text) : doc.language;
  sectionLanguages.set(section, language);
  return language;
}

/** A unit that mentions a missing requirement's subject without being read as stating it. */
interface NearMention {
  doc: DocumentModel;
  related: RelatedPlace;
}

/**
 * The first sentence, list item or table row of the set that mentions the rule's subject, negated or
 * not ("We do not make backups" is exactly what the admin should see): the finding names it so the
 * admin can judge instead of reading that nothing is there. Headings only name a topic, and code
 * blocks and comments are not units, so neither counts.
 */
function nearMention(models: DocumentModel[], rule: RuleDefinition): NearMention | undefined {
  if (!rule.subject?.concepts.length) return undefined;
  const subject = rule.subject;
  for (const doc of models) {
    const unit = firstOfEachText(doc).find((u) => mentionsRemembered(u.text, subject));
    if (!unit) continue;
    const at = rangeOf(doc, unit.start, unit.end).positions;
    return { doc, related: { file: doc.file, ...at, message: `Mentions ${rule.subject!.name} but was not read as stating what ${rule.id} asks.` } };
  }
  return undefined;
}

/** `mentions`, remembered per subject and text: every lint asks again of each unit before the first that mentions a missing subject. */
function mentionsRemembered(text: string, subject: NonNullable<RuleDefinition['subject']>): boolean {
  let known = mentioned.get(subject);
  if (!known) mentioned.set(subject, (known = new Map()));
  let answer = known.get(text);
  if (answer === undefined) {
    if (known.size >= MAX_TEXTS_MENTIONED) known.clear();
    known.set(text, (answer = mentions(text, subject)));
  }
  return answer;
}

let mentioned = new WeakMap<NonNullable<RuleDefinition['subject']>, Map<string, boolean>>();
const MAX_TEXTS_MENTIONED = 20_000;

/** Forgets which texts mention which subjects (for benchmarks that time text never seen). */
export function forgetMentions(): void {
  mentioned = new WeakMap();
}

const firstsOfEachText = new WeakMap<DocumentModel, Unit[]>();

/** A document's units but its headings, only the first of each text (what a unit mentions depends on its text alone, and a pasted table repeats its rows). */
function firstOfEachText(doc: DocumentModel): Unit[] {
  let units = firstsOfEachText.get(doc);
  if (!units) {
    const seen = new Set<string>();
    units = doc.units.filter((u) => {
      if (u.kind === 'heading' || seen.has(u.text)) return false;
      seen.add(u.text);
      return true;
    });
    firstsOfEachText.set(doc, units);
  }
  return units;
}

/** The text names the subject (not as part of an `unless` concept), and something `alongside` it where the subject asks for that (each at its own place: "logs" is not both the logs and their keeping). */
function mentions(text: string, subject: NonNullable<RuleDefinition['subject']>): boolean {
  const other = (subject.unless ?? []).flatMap((c) => find(text, c));
  const named = subject.concepts.flatMap((c) => find(text, c)).filter((n) => !other.some((o) => o.start <= n.start && n.end <= o.end));
  if (named.length === 0) return false;
  if (!subject.alongside) return true;
  return subject.alongside.some((c) => find(text, c).some((m) => !named.some((n) => n.start < m.end && m.start < n.end)));
}

/** "Line 40 mentions backups but was not read as stating this." (naming the file when it is another document of the set). */
function nearSentence(near: NearMention, findingDoc: DocumentModel, subject: string): string {
  const where = near.doc === findingDoc ? `Line ${near.related.line}` : `Line ${near.related.line} of ${baseName(near.doc.file)}`;
  return `${where} mentions ${subject} but was not read as stating this.`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).pop() ?? file;
}

/** Says that the fix uses the config's value where the policy states another one. */
function conflictNote(conflict: ValueConflict): string {
  return ` The fix uses the config's ${conflict.key} (${conflict.config}); the policy states ${conflict.stated.value} (${describeSource(conflict.stated.source)}).`;
}

/** A finding at the start of a document that was not checked. */
function notChecked(source: SourceDocument, ruleId: string, message: string): Finding & { stack?: string } {
  return { file: source.file, ruleId, severity: 'error', message, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function rangeOf(doc: DocumentModel, start: number, end: number) {
  const s = positionAt(doc.lineStarts, start);
  const e = positionAt(doc.lineStarts, Math.max(start, end));
  return { start, end, positions: { line: s.line, column: s.column, endLine: e.line, endColumn: e.column } };
}

function toFinding(doc: DocumentModel, rule: RuleDefinition, f: SpanFinding, severity: Severity): Finding {
  const at = rangeOf(doc, f.start, f.end);
  const finding: Finding = { file: doc.file, ruleId: rule.id, severity: f.severity ?? severity, message: f.message, start: at.start, end: at.end, ...at.positions };
  // A replacement that would delete markup (a tag in Markdown or HTML) is not offered.
  if (f.replacement && !/<[a-zA-Z/!]/.test(doc.text.slice(f.start, f.end))) finding.fix = { title: f.replacement.title, edit: { start: f.start, end: f.end, text: f.replacement.text } };
  return finding;
}

function internalError(doc: DocumentModel, rule: RuleDefinition, err: unknown): Finding {
  const reason = err instanceof Error ? err.message : String(err);
  const finding: Finding & { stack?: string } = {
    file: doc.file, ruleId: 'internal-error', severity: 'error',
    message: `Rule ${rule.id} failed on this document (${reason}); the other rules still ran. Please report this.`,
    start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1,
  };
  if (err instanceof Error && err.stack) finding.stack = err.stack;
  return finding;
}

/** Inserted text uses the document's own line endings (CRLF files stay CRLF). */
function withLineEndings(text: string, fix: Finding['fix']): Finding['fix'] {
  if (!fix || !text.includes('\r\n')) return fix;
  return { ...fix, edit: { ...fix.edit, text: fix.edit.text.replace(/\r?\n/g, '\r\n') } };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export type { Unit };
