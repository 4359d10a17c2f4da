// Fixes are data: where a missing clause goes (the section on its topic, else
// a new section at the end) and the edit that puts it there.
import type { Edit, Fix } from './types';
import type { DocumentModel, Section } from './model';
import type { RuleDefinition } from './rule';
import { has } from './vocabulary';
import { vocabularyFor } from './vocabulary';
import { allRules } from './registry';

/** The first section whose heading is on one of the rule's topics (in the rule's order of preference). */
export function topicSection(doc: DocumentModel, rule: RuleDefinition): Section | undefined {
  const index = topicIndex(doc, rule.topics);
  for (const topic of rule.topics) {
    const section = index.get(topic);
    if (section) return section;
  }
  return undefined;
}

/**
 * The first section on each topic, found in one pass over the headings for
 * every rule's topics: each missing rule looks its topics up, and a document
 * may have thousands of sections.
 */
const topicIndexes = new WeakMap<DocumentModel, { topics: Set<string>; first: Map<string, Section> }>();
function topicIndex(doc: DocumentModel, wanted: string[]): Map<string, Section> {
  let index = topicIndexes.get(doc);
  if (index && wanted.every((t) => index!.topics.has(t))) return index.first;
  const topics = new Set([...allRules().flatMap((r) => r.topics), ...wanted, ...(index?.topics ?? [])]);
  const first = new Map<string, Section>();
  for (const section of doc.sections) {
    if (!section.heading) continue;
    for (const topic of topics) if (!first.has(topic) && has(section.heading.text, topic)) first.set(topic, section);
    if (first.size === topics.size) break;
  }
  index = { topics, first };
  topicIndexes.set(doc, index);
  return first;
}

/** Where a missing requirement is reported: the preferred document, at the heading of its topic section, else its first heading or line. */
export function placeMissing(models: DocumentModel[], rule: RuleDefinition): { doc: DocumentModel; start: number; end: number } {
  const rank = (m: DocumentModel) => {
    const i = rule.where.indexOf(m.kind === 'combined' ? (rule.where.includes('privacy') ? 'privacy' : 'terms') : m.kind);
    return i < 0 ? rule.where.length : i;
  };
  const doc = [...models].sort((a, b) => rank(a) - rank(b))[0];
  const heading = topicSection(doc, rule)?.heading ?? doc.units.find((u) => u.kind === 'heading');
  if (heading) return { doc, start: heading.start, end: heading.end };
  const first = doc.units[0];
  if (first) {
    const lineEnd = doc.text.indexOf('\n', first.start);
    return { doc, start: first.start, end: Math.min(first.end, lineEnd < 0 ? doc.text.length : lineEnd) };
  }
  return { doc, start: doc.bodyStart, end: doc.bodyStart };
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const normalisedTexts = new WeakMap<DocumentModel, string>();
function normalisedText(doc: DocumentModel): string {
  let text = normalisedTexts.get(doc);
  if (text === undefined) normalisedTexts.set(doc, (text = normalise(doc.text)));
  return text;
}

/** The quick fix for a missing requirement: insert the filled clause where it belongs. */
export function missingFix(doc: DocumentModel, rule: RuleDefinition, clause: string, language = doc.language): Fix | undefined {
  // Once the clause is in the document (even with [INSERT ...] markers still unfilled), never insert it again.
  const probe = normalise(clause).slice(0, 80);
  if (normalisedText(doc).includes(probe)) return undefined;

  const section = topicSection(doc, rule);
  if (doc.htmlEnd !== undefined || section?.htmlContentEnd !== undefined) {
    const html = htmlFix(doc, rule, clause, language, section);
    if (html || doc.htmlEnd !== undefined) return html;
  }
  if (section?.heading) {
    // After the section's own text, before its first subsection.
    const child = doc.sections.find((s) => s.parent === section);
    const limit = child ? child.start : section.end;
    let at = limit;
    while (at > section.heading.end && /\s/.test(doc.text[at - 1])) at--;
    const lineEnd = doc.text.indexOf('\n', section.heading.end);
    if (at <= section.heading.end) at = lineEnd < 0 ? doc.text.length : lineEnd;
    // Only blank space lies between `at` and `limit`; it is rewritten so one blank line surrounds the clause.
    const gapEnd = /^\s*$/.test(doc.text.slice(at, limit)) ? limit : at;
    const text = `\n\n${clause}${gapEnd === doc.text.length ? '\n' : gapEnd === at ? '' : '\n\n'}`;
    return { title: `Insert the ${rule.id} clause under "${section.heading.text}"`, edit: { start: at, end: gapEnd, text } };
  }

  const title = vocabularyFor(language).topicTitles[rule.topics[0]] ?? vocabularyFor('en').topicTitles[rule.topics[0]] ?? 'Other';
  // The shallowest level below the title (reduce: a spread of thousands of sections overflows the stack).
  const depth = doc.sections.reduce((min, s) => (s.depth >= 2 && s.depth < min ? s.depth : min), Infinity);
  let at = doc.text.length;
  while (at > doc.bodyStart && /\s/.test(doc.text[at - 1])) at--;
  const lead = at === 0 ? '' : '\n\n';
  const text = `${lead}${'#'.repeat(depth === Infinity ? 2 : depth)} ${title}\n\n${clause}\n`;
  return { title: `Insert the ${rule.id} clause in a new section "${title}" at the end`, edit: { start: at, end: doc.text.length, text: text + '' } };
}

/**
 * The fix in HTML: a clause under an HTML heading goes after the HTML beside
 * it, as a paragraph; a document that is all HTML gets a new section after
 * its last one (or before `</body>`). Undefined when the clause cannot be
 * written as HTML: Markdown never goes into HTML.
 */
function htmlFix(doc: DocumentModel, rule: RuleDefinition, clause: string, language: string, section: Section | undefined): Fix | undefined {
  const paragraphs = clauseAsHtml(clause);
  if (!paragraphs || normalisedText(doc).includes(normalise(paragraphs[0]).slice(0, 80))) return undefined;
  if (section?.heading && section.htmlContentEnd !== undefined) {
    const at = section.htmlContentEnd;
    const indent = indentAt(doc.text, section.heading.start);
    return { title: `Insert the ${rule.id} clause under "${section.heading.text}"`, edit: { start: at, end: at, text: paragraphs.map((p) => `
${indent}${p}`).join('') } };
  }
  if (doc.htmlEnd === undefined) return undefined;
  const title = vocabularyFor(language).topicTitles[rule.topics[0]] ?? vocabularyFor('en').topicTitles[rule.topics[0]] ?? 'Other';
  const depth = doc.sections.reduce((min, s) => (s.depth >= 2 && s.depth < min ? s.depth : min), Infinity);
  const level = depth === Infinity ? 2 : depth;
  const last = doc.sections[doc.sections.length - 1];
  const at = last.heading && last.htmlContentEnd !== undefined ? last.htmlContentEnd : doc.htmlEnd;
  const indent = last.heading ? indentAt(doc.text, last.heading.start) : '';
  const lines = [`<h${level}>${escapeHtml(title)}</h${level}>`, ...paragraphs];
  return { title: `Insert the ${rule.id} clause in a new section "${title}" at the end`, edit: { start: at, end: at, text: `${lines.map((l) => `
${indent}${l}`).join('')}
` } };
}

/** The whitespace that starts the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A template clause (Markdown) as HTML paragraphs: text escaped, bold, code
 * and links rendered. Undefined when it holds Markdown that this does not
 * render (lists, headings, quotes, tables, other emphasis).
 */
export function clauseAsHtml(clause: string): string[] | undefined {
  const paragraphs = clause.trim().split(/\n[ \t]*\n/);
  if (paragraphs.some((p) => /^[ \t]*(?:[-*+][ \t]|#{1,6}[ \t]|>|\||\d+[.)][ \t]|`{3}|~{3})/m.test(p))) return undefined;
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const html = escapeHtml(paragraph.replace(/\s*\n\s*/g, ' ').trim())
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => `<a href="${url.replace(/"/g, '&quot;')}">${label}</a>`)
      .replace(/\\([!-/:-@[-`{-~])/g, '$1');
    if (/[*`]|\]\(/.test(html.replace(/<[^>]*>/g, ''))) return undefined;
    out.push(`<p>${html}</p>`);
  }
  return out;
}

/**
 * Applies edits that do not overlap (two insertions at one place count as
 * overlapping: only the first is applied). Returns the new text and the edits applied.
 */
export function applyFixes(text: string, edits: Edit[]): string {
  return applyEdits(text, edits).text;
}

export function applyEdits(text: string, edits: Edit[]): { text: string; applied: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Edit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.end < e.start) continue;
    if (e.start < lastEnd || e.start === lastStart) continue;
    applied.push(e);
    lastEnd = e.end;
    lastStart = e.start;
  }
  let out = text;
  for (const e of [...applied].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}
