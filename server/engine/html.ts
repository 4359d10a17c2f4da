// HTML policies (Mastodon stored them as HTML before 4.0, and many instances
// still keep them so: .html files, or HTML blocks in Markdown) read into the
// nodes the Markdown model reads: headings, paragraphs, lists, table rows.
// Every character of their text keeps its offset in the file, so findings
// and evidence point where the words are. Comments stay (they hold
// directives); scripts, styles and other non-text elements are left out.
import type { DefaultTreeAdapterMap } from 'parse5';
import type * as HtmlParser from './html-parser';
import type { MdNode } from './model';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'] | DefaultTreeAdapterMap['documentFragment'];
type Element = DefaultTreeAdapterMap['element'];
type Location = { startOffset: number; endOffset: number; endTag?: { startOffset: number } };

/** Elements nested deeper than this are read as plain text (their structure would take a stack frame each). */
const MAX_DEPTH = 400;

/** Elements whose content is not text a reader sees, or is struck through (withdrawn, as ~~text~~ in Markdown). */
const SKIPPED = new Set(['del', 's', 'strike', 'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base', 'svg', 'math', 'iframe', 'object', 'embed', 'textarea', 'select', 'button', 'input', 'img', 'audio', 'video', 'canvas']);
/** Elements that start and end a block of text (the rest are inline: their text runs on). */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'main', 'nav', 'p', 'pre', 'section', 'summary', 'search', 'caption']);
const LISTS = new Set(['ul', 'ol', 'menu']);
const HEADING = /^h([1-6])$/;

export interface HtmlRead {
  nodes: MdNode[];
  /** Where content added at the end of the document goes: before `</body>` (or `</html>`), else after the last character. */
  end: number;
}

let htmlParser: typeof HtmlParser | undefined;

/** parse5 and its entity tables, loaded when the first HTML is read: most policies are Markdown without HTML, and a CLI run starts cold. */
function parser(): typeof HtmlParser {
  return (htmlParser ??= require('./html-parser') as typeof HtmlParser);
}

/**
 * An HTML block that is one comment and nothing else, as Markdown policies
 * hold them (directives, authors' notes). parse5 reads it as one comment
 * node spanning the block, so it is read here without loading parse5. A '<',
 * '>', two dashes in a row, NUL or CR inside (what the HTML tokenizer treats
 * specially in a comment) sends the block to parse5.
 */
export const LONE_COMMENT = /^<!--(?:(?!--)[^<>\0\r])*-->$/;

/**
 * Reads HTML into model nodes. `toSource` maps an offset in `html` to one in
 * the file (an HTML block of a Markdown list or quote lost its indentation).
 */
export function readHtml(html: string, options: { document: boolean; toSource?: (offset: number) => number }): HtmlRead {
  const toSource = options.toSource ?? ((offset: number) => offset);
  if (!options.document && LONE_COMMENT.test(html)) return { nodes: [new Reader(html, toSource).comment(0, html.length)], end: toSource(html.length) };
  const root = options.document ? parser().parse(html, { sourceCodeLocationInfo: true }) : parser().parseFragment(html, { sourceCodeLocationInfo: true });
  const reader = new Reader(html, toSource);
  const nodes: MdNode[] = [];
  reader.blocks(childrenOf(root), nodes);
  return { nodes, end: toSource(documentEnd(root, html)) };
}

/** Whether a file is HTML: by its name, or (whatever its name) by a doctype or `<html>` at its start. */
export function isHtmlDocument(file: string, text: string): boolean {
  if (/\.x?html?$/i.test(file)) return true;
  let head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  while (head.startsWith('<!--')) {
    const end = head.indexOf('-->');
    if (end < 0) return false;
    head = head.slice(end + 3).trimStart();
  }
  return /^<(?:!doctype\s+html|html[\s>])/i.test(head);
}

/** Whether the text of a Markdown code block is HTML markup indented for readability (policies hold no code samples). */
export function looksLikeHtml(value: string): boolean {
  return /^\s*<(?:[a-zA-Z][a-zA-Z0-9-]*(?=[\s/>])|\/[a-zA-Z]|!--)/.test(value);
}

function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

function location(node: Node): Location | undefined {
  return ('sourceCodeLocation' in node ? node.sourceCodeLocation : undefined) ?? undefined;
}

function documentEnd(root: Node, html: string): number {
  const find = (node: Node, name: string): Element | undefined => {
    for (const child of childrenOf(node)) {
      if ('tagName' in child && child.tagName === name) return child;
      const inner = 'tagName' in child && child.tagName === 'html' ? find(child, name) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const body = find(root, 'body');
  const bodyEnd = body && location(body)?.endTag?.startOffset;
  if (bodyEnd !== undefined) return bodyEnd;
  const htmlElement = find(root, 'html');
  const htmlEnd = htmlElement && location(htmlElement)?.endTag?.startOffset;
  if (htmlEnd !== undefined) return htmlEnd;
  let end = html.length;
  while (end > 0 && /\s/.test(html[end - 1])) end--;
  return end;
}

/** The paragraph being filled with inline text, and the blocks it goes to when it ends. */
interface Flow {
  out: MdNode[];
  run?: MdNode;
  /** `<br>`s in a row at the end of the run (two end a paragraph). */
  breaks: number;
  /** How many elements deep the reader is. */
  depth: number;
}

class Reader {
  constructor(private readonly html: string, private readonly toSource: (offset: number) => number) {}

  /** Reads nodes in block context into `out`. */
  blocks(nodes: Node[], out: MdNode[]): void {
    this.blocksAt(nodes, out, 0);
  }

  private blocksAt(nodes: Node[], out: MdNode[], depth: number): void {
    const flow: Flow = { out, breaks: 0, depth };
    for (const node of nodes) this.node(node, flow);
    this.flush(flow);
  }

  /** The text under a node, in one run: for elements nested too deep to follow their structure. */
  private deepText(node: Node, flow: Flow): void {
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next.nodeName === '#text') {
        const text = this.text(next as DefaultTreeAdapterMap['textNode']);
        if (text) this.runOf(flow).children!.push(text);
      } else if (!('tagName' in next) || !SKIPPED.has(next.tagName)) {
        const children = childrenOf(next);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
    }
  }

  private node(node: Node, flow: Flow): void {
    if (node.nodeName === '#text') {
      const text = this.text(node as DefaultTreeAdapterMap['textNode']);
      if (!text) return;
      if (text.value!.trim()) flow.breaks = 0;
      this.runOf(flow).children!.push(text);
      return;
    }
    if (node.nodeName === '#comment') {
      const at = location(node);
      if (!at) return;
      // Kept: the model reads directives from comments.
      (flow.run ? flow.run.children! : flow.out).push(this.comment(at.startOffset, at.endOffset));
      return;
    }
    if (!('tagName' in node)) {
      for (const child of childrenOf(node)) this.node(child, flow);
      return;
    }
    const tag = node.tagName;
    if (SKIPPED.has(tag)) return;
    if (flow.depth >= MAX_DEPTH) {
      this.deepText(node, flow);
      return;
    }
    flow.depth++;
    try {
      this.element(node, tag, flow);
    } finally {
      flow.depth--;
    }
  }

  private element(node: Element, tag: string, flow: Flow): void {
    if (tag === 'br') {
      if (++flow.breaks >= 2) this.flush(flow);
      else if (flow.run) flow.run.children!.push({ type: 'break', position: this.elementSpan(node) });
      return;
    }
    const heading = HEADING.exec(tag);
    if (heading) {
      this.flush(flow);
      const span = this.elementSpan(node);
      const after = this.contentEnd(node);
      flow.out.push({ type: 'heading', depth: Number(heading[1]), children: this.inline(node, flow.depth), position: span, htmlContentEnd: after });
      return;
    }
    if (LISTS.has(tag) || tag === 'li') {
      this.flush(flow);
      const items = tag === 'li' ? [node] : childrenOf(node);
      flow.out.push({ type: 'list', children: this.items(items, flow.depth), position: this.elementSpan(node) });
      return;
    }
    if (tag === 'table') {
      this.flush(flow);
      this.table(node, flow.out, flow.depth);
      return;
    }
    if (tag === 'a') {
      const href = node.attrs.find((a) => a.name === 'href')?.value;
      // An empty link marks where its text starts (the model records link targets by position).
      if (href) this.runOf(flow).children!.push({ type: 'link', url: href, children: [] });
      for (const child of childrenOf(node)) this.node(child, flow);
      return;
    }
    if (BLOCKS.has(tag)) {
      this.flush(flow);
      for (const child of childrenOf(node)) this.node(child, flow);
      this.flush(flow);
      return;
    }
    for (const child of childrenOf(node)) this.node(child, flow);
  }

  /** The comment html[start, end), its markers included. */
  comment(start: number, end: number): MdNode {
    return { type: 'comment', value: this.html.slice(start, end), position: this.span(start, end) };
  }

  private runOf(flow: Flow): MdNode {
    flow.run ??= { type: 'paragraph', children: [] };
    return flow.run;
  }

  private flush(flow: Flow): void {
    flow.breaks = 0;
    const run = flow.run;
    flow.run = undefined;
    if (!run) return;
    const placed = run.children!.filter((c) => c.position);
    if (placed.length === 0) return;
    run.position = { start: placed[0].position!.start, end: placed[placed.length - 1].position!.end };
    flow.out.push(run);
  }

  /** List items: each `<li>` read as blocks of its own (a nested list stays a list); other content as it comes. */
  private items(nodes: Node[], depth: number): MdNode[] {
    const out: MdNode[] = [];
    for (const node of nodes) {
      if ('tagName' in node && node.tagName === 'li') {
        const children: MdNode[] = [];
        this.blocksAt(childrenOf(node), children, depth + 1);
        out.push({ type: 'listItem', children, position: this.elementSpan(node) });
      } else {
        this.blocksAt([node], out, depth + 1);
      }
    }
    return out;
  }

  private table(table: Element, out: MdNode[], depth: number): void {
    const rows: MdNode[] = [];
    const visit = (node: Node): void => {
      if (!('tagName' in node)) return;
      if (node.tagName === 'caption') this.blocksAt(childrenOf(node), out, depth + 1);
      else if (node.tagName === 'tr') {
        const cells = childrenOf(node)
          .filter((c): c is Element => 'tagName' in c && (c.tagName === 'td' || c.tagName === 'th'))
          .map((cell) => ({ type: 'tableCell', children: this.inline(cell, depth + 1), position: this.elementSpan(cell) }));
        rows.push({ type: 'tableRow', children: cells, position: this.elementSpan(node) });
      } else if (!SKIPPED.has(node.tagName)) childrenOf(node).forEach(visit);
    };
    childrenOf(table).forEach(visit);
    if (rows.length > 0) out.push({ type: 'table', children: rows, position: this.elementSpan(table) });
  }

  /** The text of an element as inline nodes (a heading or a table cell is one line of text, whatever blocks it holds). */
  private inline(element: Element, depth: number): MdNode[] {
    const blocks: MdNode[] = [];
    this.blocksAt(childrenOf(element), blocks, depth);
    const out: MdNode[] = [];
    const collect = (node: MdNode): void => {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        if (out.length > 0 && node.position) out.push({ type: 'break', position: { start: node.position.start, end: node.position.start } });
        out.push(...(node.children ?? []));
      } else node.children?.forEach(collect);
    };
    blocks.forEach(collect);
    return out;
  }

  /**
   * Where HTML written under a heading ends: after the last element beside
   * it before the next heading, or after the heading itself. Undefined when
   * the heading has no end tag (text put after it would belong to it).
   */
  private contentEnd(heading: Element): number | undefined {
    const parent = heading.parentNode;
    const at = location(heading);
    if (!parent || !at?.endTag) return undefined;
    const siblings = childrenOf(parent);
    let end = at.endOffset;
    for (let i = siblings.indexOf(heading) + 1; i < siblings.length; i++) {
      const sibling = siblings[i];
      if (containsHeading(sibling)) break;
      const where = location(sibling);
      if (!where) continue;
      if (sibling.nodeName === '#text' && !(sibling as DefaultTreeAdapterMap['textNode']).value.trim()) continue;
      end = where.endOffset;
    }
    return this.toSource(end);
  }

  private elementSpan(element: Node): MdNode['position'] {
    const at = location(element);
    if (at) return this.span(at.startOffset, at.endOffset);
    return undefined;
  }

  private span(start: number, end: number): MdNode['position'] {
    return { start: { offset: this.toSource(start) }, end: { offset: this.toSource(end) } };
  }

  /** A text node with the file offset of each of its characters. */
  private text(node: DefaultTreeAdapterMap['textNode']): MdNode | undefined {
    const at = location(node);
    if (!at || !node.value) return undefined;
    const offsets = alignText(node.value, this.html, at.startOffset, at.endOffset).map(this.toSource);
    return { type: 'text', value: node.value, offsets, position: this.span(at.startOffset, at.endOffset) };
  }
}

function containsHeading(node: Node): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if ('tagName' in next && HEADING.test(next.tagName)) return true;
    stack.push(...childrenOf(next));
  }
  return false;
}

const ENTITY = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,40};?)/;
const decodedEntities = new Map<string, string>();

/** What the parser makes of one character reference ("&amp;" -> "&"). */
function decodeEntity(reference: string): string {
  let decoded = decodedEntities.get(reference);
  if (decoded === undefined) {
    const first = parser().parseFragment(reference).childNodes[0];
    decoded = first && first.nodeName === '#text' ? (first as DefaultTreeAdapterMap['textNode']).value : reference;
    if (decodedEntities.size < 10_000) decodedEntities.set(reference, decoded);
  }
  return decoded;
}

/**
 * The offset in `source[from, to)` of each character of `value`, the parsed
 * text of that span: character references ("&amp;", "&nbsp;") decode to
 * fewer characters, CRLF to LF, and a stray tag the parser dropped
 * ("a</span>b") leaves a gap. Offsets never go backwards.
 */
export function alignText(value: string, source: string, from: number, to: number): number[] {
  const offsets: number[] = [];
  let i = from;
  for (let j = 0; j < value.length; ) {
    const ch = value[j];
    if (i >= to) {
      offsets.push(Math.max(from, to - 1));
      j++;
      continue;
    }
    const at = source[i];
    if (at === ch) {
      offsets.push(i++);
      j++;
      continue;
    }
    if (at === '\r' && ch === '\n') {
      if (source[i + 1] === '\n') i++;
      offsets.push(i++);
      j++;
      continue;
    }
    if (at === '&') {
      const reference = ENTITY.exec(source.slice(i, Math.min(to, i + 50)))?.[0];
      const decoded = reference ? decodeEntity(reference) : undefined;
      if (reference && decoded && decoded !== reference && value.startsWith(decoded, j)) {
        for (let k = 0; k < decoded.length; k++) offsets.push(i);
        j += decoded.length;
        i += reference.length;
        continue;
      }
    }
    if (at === '<') {
      const close = source.indexOf('>', i);
      if (close >= 0 && close < to) {
        i = close + 1;
        continue;
      }
    }
    // Anything else the parser changed (a NUL, a reference decoded differently): resume where the character is found next.
    const next = source.indexOf(ch, i);
    if (next >= 0 && next < Math.min(to, i + 16)) i = next;
    offsets.push(i);
    if (source[i] === ch) i++;
    j++;
  }
  return offsets;
}

/**
 * Maps offsets in the value of a Markdown block (its lines without the
 * indentation or `>` markers of the containers around it) to offsets in the
 * file, whose lines `source[start, end)` end with the value's lines.
 */
export function blockToSource(value: string, source: string, start: number, end: number): (offset: number) => number {
  if (source.startsWith(value, start)) return (offset) => start + offset;
  const shifts: { from: number; shift: number }[] = [];
  let sourceLine = start;
  let valueLine = 0;
  while (valueLine <= value.length) {
    const valueEnd = lineEnd(value, valueLine);
    const sourceEnd = Math.min(lineEnd(source, sourceLine), end);
    // The value's line is the tail of the file's line (a tab widened to spaces may make it longer: then it starts where the line does).
    const at = Math.max(sourceLine, sourceEnd - (valueEnd - valueLine));
    shifts.push({ from: valueLine, shift: at - valueLine });
    const nextValue = value.indexOf('\n', valueLine);
    const nextSource = source.indexOf('\n', sourceLine);
    if (nextValue < 0 || nextSource < 0 || nextSource >= end) break;
    valueLine = nextValue + 1;
    sourceLine = nextSource + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = shifts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shifts[mid].from <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.min(end, offset + shifts[lo].shift);
  };
}

/** Where the line that starts at `from` ends, before its `\r\n` or `\n`. */
function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

/** Elements nested deeper than this are not parsed: parse5 takes time quadratic in the depth (20,000 levels take seconds). */
export const MAX_HTML_NESTING = 1000;
/** Elements that need no end tag, or whose next sibling ends them: they do not nest. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rt', 'rp']);

/**
 * Why the HTML in a text nests too deep to be parsed, read from its tags
 * alone (start tags less end tags); undefined when it is fine.
 */
export function htmlShapeProblem(text: string): string | undefined {
  if (!text.includes('<')) return undefined;
  // Only a tag's name is read (the parser nests `<div/>` too).
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])/g;
  let depth = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (NOT_NESTING.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > MAX_HTML_NESTING) {
      const line = text.slice(0, m.index).split('\n').length;
      return `The document nests HTML elements more than ${MAX_HTML_NESTING} levels deep (line ${line}); it was not checked.`;
    }
  }
  return undefined;
}
