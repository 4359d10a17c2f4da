// The document model: Markdown parsed (unified + remark) into sections and
// units (sentences, list items, table rows, headings), each unit's plain text
// mapped back to exact source offsets so every finding has a precise range.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { DocumentKind } from './types';
import { lineStarts } from './positions';
import { splitSentences } from './sentences';
import { blankPlaceholders } from './vocabulary/placeholders';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export interface Section {
  /** The heading that opens the section (none for the text before the first heading). */
  heading?: Unit;
  depth: number;
  parent?: Section;
  /** Source offsets: from the heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
}

export type UnitKind = 'sentence' | 'heading' | 'row';

/** The smallest piece of prose a clause can live in. */
export interface Unit {
  kind: UnitKind;
  /** Plain text, whitespace collapsed; placeholders blanked out. */
  text: string;
  /** The same text with its placeholders still in. */
  raw: string;
  /** Source offset of each character of `text` (and one past the end). */
  offsets: number[];
  start: number;
  end: number;
  section: Section;
  /** The sentence that introduces the list or table this unit belongs to ("We collect:"). */
  leadIn?: string;
  /** True when the unit is a list item (or a sentence of one). */
  inList: boolean;
  index: number;
  /** The unit before this one in the document. */
  previous?: Unit;
  /** Targets of the links in the unit (mailto:, contact pages...). */
  links: string[];
  /** The first sentence of the paragraph or list item this unit is in (often a bold label: "**Direct messages**: ..."). */
  blockStart?: Unit;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  rules: string[]; // empty = every rule
  line: number; // 1-based line of the comment's end
  startLine: number;
}

export interface DocumentModel {
  file: string;
  text: string;
  kind: DocumentKind;
  language: string;
  units: Unit[];
  sections: Section[];
  lineStarts: number[];
  frontMatter?: Record<string, unknown>;
  directives: Directive[];
  /** Offset where inserted text may begin (after front matter). */
  bodyStart: number;
}

/** A run of plain text built from inline nodes, with a source offset per character. */
class TextBuilder {
  text = '';
  offsets: number[] = [];
  /** Link targets and where their text starts in `text`. */
  links: { at: number; url: string }[] = [];

  /** Appends `value`, aligning its characters with `source[from, to)` (escapes and entities make them differ). */
  add(value: string, source: string, from: number, to: number): void {
    let i = from;
    for (let j = 0; j < value.length; j++) {
      const ch = value[j];
      let k = i;
      while (k < to && source[k] !== ch && !(isSpace(ch) && isSpace(source[k]))) k++;
      const at = k < to ? k : Math.min(i, to);
      this.push(ch, at);
      if (k < to) i = k + 1;
    }
  }

  push(ch: string, offset: number): void {
    if (isSpace(ch)) {
      if (this.text.length === 0 || this.text.endsWith(' ')) return;
      this.text += ' ';
    } else {
      this.text += ch;
    }
    this.offsets.push(offset);
  }

  space(offset: number): void {
    this.push(' ', offset);
  }
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

export function buildModel(file: string, text: string): Omit<DocumentModel, 'kind' | 'language'> {
  const tree = processor.parse(text) as MdNode;
  const starts = lineStarts(text);
  const units: Unit[] = [];
  const directives: Directive[] = [];
  const root: Section = { depth: 0, start: 0, end: text.length };
  const sections: Section[] = [root];
  let current = root;
  let frontMatter: Record<string, unknown> | undefined;
  let bodyStart = 0;

  const off = (node: MdNode, which: 'start' | 'end') => node.position?.[which].offset ?? 0;
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  /** `within`: the source span of the nearest ancestor with a position (GFM's autolinks come without one). */
  function inline(node: MdNode, out: TextBuilder, within: [number, number] = [0, text.length]): void {
    if (node.position) within = [off(node, 'start'), off(node, 'end')];
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const from = node.position ? within[0] : Math.max(within[0], (out.offsets[out.offsets.length - 1] ?? -1) + 1);
        const to = within[1];
        out.add(node.value ?? '', text, from, to);
        return;
      }
      case 'break':
        out.space(off(node, 'start'));
        return;
      case 'html':
        collectDirectives(node);
        out.space(off(node, 'start'));
        return;
      case 'link':
        if (node.url) out.links.push({ at: out.text.length, url: node.url });
        for (const child of node.children ?? []) inline(child, out, within);
        return;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        for (const child of node.children ?? []) inline(child, out, within);
    }
  }

  function pushUnit(kind: UnitKind, built: TextBuilder, extra: { leadIn?: string; inList: boolean }, links = built.links): Unit | undefined {
    const trimmed = trimBuilt(built);
    if (!trimmed.text) return undefined;
    const clean = blankPlaceholders(trimmed.text);
    const unit: Unit = {
      kind,
      text: clean,
      raw: trimmed.text,
      offsets: trimmed.offsets,
      start: trimmed.offsets[0],
      end: trimmed.offsets[trimmed.offsets.length - 1],
      section: current,
      leadIn: extra.leadIn,
      inList: extra.inList,
      links: links.map((l) => l.url),
      index: units.length,
      previous: units[units.length - 1],
    };
    units.push(unit);
    return unit;
  }

  /** Splits a block's text into sentence units; returns them. */
  function pushSentences(built: TextBuilder, extra: { leadIn?: string; inList: boolean }): Unit[] {
    const out: Unit[] = [];
    let first: Unit | undefined;
    for (const [s, e] of splitSentences(built.text)) {
      const part = new TextBuilder();
      part.text = built.text.slice(s, e);
      part.offsets = built.offsets.slice(s, e);
      const links = built.links.filter((l) => l.at >= s && l.at < e);
      const unit = pushUnit('sentence', part, extra, links);
      if (unit) {
        first ??= unit;
        unit.blockStart = first;
        out.push(unit);
      }
    }
    return out;
  }

  function collectDirectives(node: MdNode): void {
    const value = node.value ?? '';
    const re = /<!--\s*fedipolicy-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*?)-->/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      const body = m[2].split(/\s--\s|\s--$/)[0];
      const rules = body.split(/[\s,]+/).filter((r) => /^[a-z][a-z-]*$/.test(r));
      const startOffset = off(node, 'start') + m.index;
      const endOffset = startOffset + m[0].length;
      directives.push({ kind: m[1] as Directive['kind'], rules, line: lineOf(endOffset), startLine: lineOf(startOffset) });
    }
  }

  function block(node: MdNode, ctx: { leadIn?: string; inList: boolean }): void {
    switch (node.type) {
      case 'yaml': {
        bodyStart = off(node, 'end');
        try {
          const data = parseYaml(node.value ?? '');
          if (data && typeof data === 'object' && !Array.isArray(data)) frontMatter = data as Record<string, unknown>;
        } catch {
          // Broken front matter is not prose and names no kind: ignore it.
        }
        return;
      }
      case 'toml':
        bodyStart = off(node, 'end');
        return;
      case 'code':
        return; // code blocks are not prose
      case 'html':
        collectDirectives(node);
        return;
      case 'heading': {
        const depth = node.depth ?? 1;
        while (current !== root && current.depth >= depth) current = current.parent ?? root;
        const section: Section = { depth, parent: current, start: off(node, 'start'), end: text.length };
        sections.push(section);
        current = section;
        const built = new TextBuilder();
        for (const child of node.children ?? []) inline(child, built, [off(node, 'start'), off(node, 'end')]);
        section.heading = pushUnit('heading', built, { inList: false });
        return;
      }
      case 'paragraph': {
        // A paragraph that is nothing but inline code is code, not prose.
        if ((node.children ?? []).every((c) => c.type === 'inlineCode' || (c.type === 'text' && !(c.value ?? '').trim()))) return;
        const built = new TextBuilder();
        for (const child of node.children ?? []) inline(child, built, [off(node, 'start'), off(node, 'end')]);
        pushSentences(built, ctx);
        return;
      }
      case 'list': {
        // The sentence just before a list introduces its items ("We collect the following:").
        const before = units[units.length - 1];
        const leadIn = before && before.end <= off(node, 'start') && before.kind === 'sentence' ? before.text : ctx.leadIn;
        for (const item of node.children ?? []) block(item, { leadIn, inList: true });
        return;
      }
      case 'listItem': {
        let itemLead = ctx.leadIn;
        for (const child of node.children ?? []) {
          if (child.type === 'list') {
            const first = units.find((u) => u.start >= off(node, 'start'));
            block(child, { leadIn: first?.text ?? itemLead, inList: true });
          } else {
            block(child, { leadIn: itemLead, inList: true });
          }
        }
        itemLead = undefined;
        return;
      }
      case 'table': {
        const rows = node.children ?? [];
        let header: string | undefined;
        rows.forEach((row, i) => {
          const built = new TextBuilder();
          for (const cell of row.children ?? []) {
            for (const child of cell.children ?? []) inline(child, built, [off(cell, 'start'), off(cell, 'end')]);
            built.push(';', off(cell, 'end'));
            built.space(off(cell, 'end'));
          }
          const unit = pushUnit('row', built, { leadIn: header ?? ctx.leadIn, inList: true });
          if (i === 0) header = unit?.text;
        });
        return;
      }
      default:
        for (const child of node.children ?? []) block(child, ctx);
    }
  }

  for (const child of tree.children ?? []) block(child, { inList: false });

  // A section ends where the next heading of the same or a higher level starts.
  for (let i = 1; i < sections.length; i++) {
    const s = sections[i];
    const next = sections.slice(i + 1).find((o) => o.depth <= s.depth);
    s.end = next ? next.start : text.length;
  }

  return { file, text, units, sections, lineStarts: starts, frontMatter, directives, bodyStart };
}

function trimBuilt(b: TextBuilder): TextBuilder {
  let s = 0;
  let e = b.text.length;
  while (s < e && b.text[s] === ' ') s++;
  while (e > s && /[\s;]/.test(b.text[e - 1])) e--;
  const out = new TextBuilder();
  out.links = b.links;
  out.text = b.text.slice(s, e);
  out.offsets = b.offsets.slice(s, e);
  // one past the last character
  out.offsets.push(e > s ? b.offsets[e - 1] + 1 : b.offsets[s] ?? 0);
  return out;
}

/** The headings above a unit, innermost first. */
export function headingsOf(unit: Unit): string[] {
  const out: string[] = [];
  for (let s: Section | undefined = unit.section; s; s = s.parent) if (s.heading) out.push(s.heading.text);
  return out;
}

/** Source span of a slice [from, to) of a unit's text. */
export function spanOf(unit: Unit, from: number, to: number): { start: number; end: number } {
  const start = unit.offsets[Math.min(from, unit.offsets.length - 1)];
  const last = unit.offsets[Math.max(Math.min(to - 1, unit.offsets.length - 1), 0)];
  return { start, end: Math.max(start, last + 1) };
}
