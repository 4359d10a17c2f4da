// The document model: Markdown parsed (unified + remark) into sections and
// units (sentences, list items, table rows, headings), each unit's plain text
// mapped back to exact source offsets so every finding has a precise range.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { DocumentKind } from './types';
import { lineStarts } from './positions';
import { splitSentences } from './sentences';
import { blankPlaceholders } from './vocabulary/placeholders';
import { blockToSource, isHtmlDocument, looksLikeHtml, readHtml } from './html';

/** A node of the parsed document: mdast from Markdown, or the same shapes read from HTML (./html). */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  /** Text read from HTML: the file offset of each character of `value` (character references make them differ). */
  offsets?: number[];
  /** A heading read from HTML: see Section.htmlContentEnd. */
  htmlContentEnd?: number;
}

export interface Section {
  /** The heading that opens the section (none for the text before the first heading). */
  heading?: Unit;
  depth: number;
  parent?: Section;
  /** Source offsets: from the heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
  /** A heading written in HTML: where the HTML beside it ends (a clause added there is HTML too). */
  htmlContentEnd?: number;
}

export type UnitKind = 'sentence' | 'heading' | 'row';

/** The smallest piece of prose a clause can live in. */
export interface Unit {
  kind: UnitKind;
  /** Plain text, whitespace collapsed; placeholders blanked out. */
  text: string;
  /** The same text with its placeholders still in. */
  raw: string;
  /**
   * Source offset of each character of `text` (and one past the end), as runs
   * of consecutive characters at consecutive offsets: [index, offset, index,
   * offset, ...] where each run starts. Read it with `sourceOffset`; a
   * sentence is mostly one run, so this is a few numbers, not one per character.
   */
  sourceRuns: number[];
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
  links: readonly string[];
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
  /** Set when the whole document is HTML: where a section added at its end goes (before `</body>`). */
  htmlEnd?: number;
}

/** The links of every unit without any (most units): one array. */
const NO_LINKS: readonly string[] = [];

/** A run of plain text built from inline nodes, with a source offset per character. */
class TextBuilder {
  text = '';
  offsets: number[] = [];
  /** Link targets and where their text starts in `text`. */
  links: { at: number; url: string }[] = [];
  /** Whether `text` ends with a space (kept so that a long paragraph is not re-read per character: `endsWith` flattens the string). */
  private endsWithSpace = false;

  /** Appends `value`, aligning its characters with `source[from, to)` (escapes and entities make them differ). */
  add(value: string, source: string, from: number, to: number): void {
    if (from + value.length <= to && source.startsWith(value, from)) {
      this.addVerbatim(value, from);
      return;
    }
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

  /**
   * `value` as it stands in the source at `from` (no escapes or entities): what `add` gives, each
   * character at its own offset, with the runs between spaces appended at once (a pasted table's cells).
   */
  private addVerbatim(value: string, from: number): void {
    let run = 0;
    for (let j = 0; j <= value.length; j++) {
      if (j < value.length && !isSpace(value[j])) continue;
      if (j > run) {
        this.text += j - run === value.length ? value : value.slice(run, j);
        for (let q = run; q < j; q++) this.offsets.push(from + q);
        this.endsWithSpace = false;
      }
      if (j < value.length) this.push(value[j], from + j);
      run = j + 1;
    }
  }

  push(ch: string, offset: number): void {
    if (isSpace(ch)) {
      if (this.text.length === 0 || this.endsWithSpace) return;
      this.text += ' ';
      this.endsWithSpace = true;
    } else {
      this.text += ch;
      this.endsWithSpace = false;
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

/**
 * GFM tables (rows are units of their own) and ~~strikethrough~~ (struck text
 * is withdrawn: a policy strikes out what no longer holds, so it is not read).
 * The rest of GFM reads the same words either way (a bare URL, [^1] notes stay
 * plain text) and its literal-autolink scanning cost a fifth of the parse.
 */
function gfmTablesAndStrikethrough(this: Processor): void {
  const data = this.data();
  // Double tildes only: a single one is "about" in many policies ("~30 days").
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(gfmTablesAndStrikethrough);

/** An inline HTML tag that is part of the words around it (not `<br>`, a comment or a block). */
const INLINE_TAG = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?=[\s/>])[^>]*>$/i;

/** Sentences of one paragraph or list item that count as one block (see Unit.blockStart). */
const MAX_BLOCK_SENTENCES = 50;

/**
 * Below this many characters a document is parsed in one piece; pieces are at
 * least this long. An edit parses its piece again: at 2 KB that was a third of
 * a keystroke's lint of a 10 KB policy.
 */
export const PARSE_CHUNK_SIZE = 1024;

/**
 * Parses the Markdown of a document. A long document is parsed in pieces that
 * start at top-level `#` headings and the pieces' nodes are joined: micromark
 * takes time quadratic in the document's length for some common shapes (each
 * paragraph after a list rewrites the whole event list), so a 1 MB policy in
 * one piece takes many times longer than its sections one by one. A heading at
 * the start of a line always starts a new block unless an unclosed fenced code
 * or HTML block swallows it; that is checked on each piece, and the document is
 * parsed whole when it happens, or when it has definitions (`[x]: url`), which
 * apply document-wide.
 *
 * A long table (a pasted spreadsheet) is cut between rows too, since micromark
 * is quadratic in a table's rows: each later piece is parsed after a copy of
 * the table's header and delimiter rows, which puts the parser in the state it
 * had at that row, and its rows join the table of the piece before. When a
 * piece does not read as such a table (it belonged to a list or an HTML block
 * after all), the document is parsed whole.
 */
export function parseMarkdown(text: string, chunkSize = PARSE_CHUNK_SIZE): MdNode {
  const children = parseTopLevel(text, chunkSize).map((p) => (p.offset === 0 && p.lines === 0 ? p.node : shifted(p.node, p.offset, p.lines)));
  return { type: 'root', children, position: { start: { offset: 0 }, end: { offset: text.length } } };
}

/**
 * A top-level node of a document and where it sits: `node` as parsed (offsets
 * from its piece's start; shared with the cache of parsed pieces when
 * `parsed`), moved by `offset` characters and `lines` lines.
 */
interface PlacedNode {
  node: MdNode;
  offset: number;
  lines: number;
  /** The node is a cached parse of its piece's text (a table joined from pieces is not). */
  parsed: boolean;
}

/** The top-level nodes of a document (see parseMarkdown). */
function parseTopLevel(text: string, chunkSize: number, tables = true): PlacedNode[] {
  const whole = (): PlacedNode[] => parsePiece(text).map((node) => ({ node, offset: 0, lines: 0, parsed: true }));
  // A cut between table rows that does not hold (the rows belong to a list item above, say) costs the document its
  // cuts between table rows, not its cuts at headings: a word typed on the blank line before a table must not make
  // every later lint parse the whole document.
  const withoutTableCuts = () => (tables ? parseTopLevel(text, chunkSize, false) : whole());
  const cuts = text.includes(']:') ? [] : chunkStarts(text, chunkSize, tables);
  if (cuts.length === 0) return whole();
  const bounds: Cut[] = [{ at: 0 }, ...cuts, { at: text.length }];
  const children: PlacedNode[] = [];
  /** The table the next piece continues: a copy of the cached node, so that rows can join it. */
  let openTable: MdNode | undefined;
  let linesBefore = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = text.slice(bounds[i].at, bounds[i + 1].at);
    const head = bounds[i].tableHead ?? '';
    const rows = head && openTable ? plainRows(piece, bounds[i].at) : undefined;
    if (rows) {
      for (const row of rows) openTable!.children!.push(row);
      openTable!.position = { start: openTable!.position!.start, end: rows[rows.length - 1].position!.end };
      if (bounds[i + 1].tableHead === undefined) openTable = undefined;
      linesBefore += rows.length;
      continue;
    }
    const nodes = parsePiece(head + piece);
    /** Offset and line of the parsed text's start in the document (the copied header sits before the piece). */
    const offset = bounds[i].at - head.length;
    const lines = linesBefore - countLines(head);
    const next = bounds[i + 1];
    const last = nodes[nodes.length - 1];
    if (next.tableHead !== undefined) {
      // The table must start where its header is (or be the table this piece continues) and run to the piece's end.
      const tableStart = next.tableStart! >= bounds[i].at ? next.tableStart! - offset : 0;
      if (last?.type !== 'table' || last.position?.start.offset !== tableStart || (last.position?.end.offset ?? 0) < (head + piece).trimEnd().length) return withoutTableCuts();
    } else if (i + 2 < bounds.length && !endsClosed(last, head + piece)) return whole();
    let from = 0;
    if (head) {
      // The first node is the table this piece continues: its rows after the copied header join that table.
      const table = nodes[0];
      const header = table?.children?.[0];
      if (!openTable || table?.type !== 'table' || table.position?.start.offset !== 0 || (header?.position?.end.offset ?? Infinity) > head.length) return withoutTableCuts();
      for (const row of table.children!.slice(1)) openTable.children!.push(shifted(row, offset, lines));
      openTable.position = { start: openTable.position!.start, end: movedPoint(table.position.end as Point, offset, lines) } as MdNode['position'];
      from = 1;
    }
    for (let n = from; n < nodes.length; n++) {
      if (next.tableHead !== undefined && n === nodes.length - 1) {
        const table = shifted(nodes[n], offset, lines);
        openTable = { ...table, children: [...(table.children ?? [])] };
        children.push({ node: openTable, offset: 0, lines: 0, parsed: false });
      } else children.push({ node: nodes[n], offset, lines, parsed: true });
    }
    if (next.tableHead === undefined) openTable = undefined;
    linesBefore += countLines(piece);
  }
  return children;
}

/** What may start inline markup in a table cell (code, emphasis, links, HTML, references, escapes), and what micromark rewrites (NUL, CR). */
const INLINE_MARKUP = /[\\`*_[\]<&!\r\0]/;

/**
 * The rows of a piece that is nothing but table rows of plain words (a pasted
 * spreadsheet), read line by line the way micromark reads them, without
 * building its events: a row spans its line; a cell runs from its pipe to the
 * next one (the last to the line's end, taking a closing pipe and whitespace
 * after it); its text is its content without the spaces and tabs around it.
 * Undefined when a line is anything else. Offsets are the document's.
 */
function plainRows(piece: string, offset: number): MdNode[] | undefined {
  if (piece.length === 0 || INLINE_MARKUP.test(piece)) return undefined;
  const rows: MdNode[] = [];
  for (let at = 0; at < piece.length; ) {
    const end = piece.indexOf('\n', at);
    if (end < 0 || piece.charCodeAt(at) !== 124 /* | */) return undefined;
    const pipes = [at];
    for (let p = piece.indexOf('|', at + 1); p >= 0 && p < end; p = piece.indexOf('|', p + 1)) pipes.push(p);
    // Nothing but whitespace after the last pipe: that pipe closes the row instead of opening a cell.
    const closing = pipes.length > 1 && isBlank(piece, pipes[pipes.length - 1] + 1, end) ? pipes.pop()! : end;
    const cells: MdNode[] = pipes.map((p, j) => {
      const next = j + 1 < pipes.length ? pipes[j + 1] : undefined;
      let from = p + 1;
      let to = next ?? closing;
      while (from < to && isSpaceOrTab(piece.charCodeAt(from))) from++;
      while (to > from && isSpaceOrTab(piece.charCodeAt(to - 1))) to--;
      const children: MdNode[] = from < to ? [{ type: 'text', value: piece.slice(from, to), position: span(offset + from, offset + to) }] : [];
      return { type: 'tableCell', children, position: span(offset + p, offset + (next ?? end)) };
    });
    rows.push({ type: 'tableRow', children: cells, position: span(offset + at, offset + end) });
    at = end + 1;
  }
  return rows;
}

function span(start: number, end: number): MdNode['position'] {
  return { start: { offset: start }, end: { offset: end } };
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Parsed pieces by their text. After an edit only the pieces that changed are
 * parsed again (an editor re-lints on every keystroke). Cached nodes are never
 * changed: pieces after the first are copied with their positions moved.
 */
const parsedPieces = new Map<string, MdNode[]>();
let parsedPieceChars = 0;
const MAX_PARSED_PIECE_CHARS = 8 * 1024 * 1024;

function parsePiece(piece: string): MdNode[] {
  let nodes = parsedPieces.get(piece);
  if (!nodes) {
    nodes = (processor.parse(piece) as MdNode).children ?? [];
    if (parsedPieceChars + piece.length > MAX_PARSED_PIECE_CHARS) forgetParsedPieces();
    parsedPieces.set(piece, nodes);
    parsedPieceChars += piece.length;
  }
  return nodes;
}

/** Forgets every parsed piece (for benchmarks that time text never seen). */
export function forgetParsedPieces(): void {
  parsedPieces.clear();
  parsedPieceChars = 0;
}

/** Where a piece starts; for a piece that continues a table, that table's header and delimiter rows and where they start. */
interface Cut {
  at: number;
  tableHead?: string;
  tableStart?: number;
}

/**
 * A GFM delimiter row that starts with a pipe ("|---|:--:|"). The closing pipe
 * takes its own trailing blanks (`(?:\|[ \t]*)?`): two blank runs around an
 * optional pipe would make a failing match quadratic in the blanks.
 */
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*(?:\|[ \t]*)?\r?\n$/;

/**
 * Where pieces start, at least `chunkSize` apart, outside top-level fences:
 * lines that start with an ATX heading, and (unless `tables` is false) rows
 * of a table whose lines all start with a pipe.
 */
export function chunkStarts(text: string, chunkSize: number, tables = true): Cut[] {
  const out: Cut[] = [];
  let fence: string | undefined;
  let last = 0;
  /** The header and delimiter rows of the table the lines belong to. */
  let tableHead: string | undefined;
  let tableStart = 0;
  let previousLine = -1;
  // Front matter (YAML comments start with `#`) is never split.
  const head = text.slice(0, 64 * 1024);
  const frontMatter = /^(---|\+\+\+)[ \t]*\r?\n[^]*?\n\1[ \t]*(?:\r?\n|$)/.exec(head);
  if (!frontMatter && /^(?:---|\+\+\+)[ \t]*\r?\n/.test(head)) return out;
  for (let at = frontMatter ? frontMatter[0].length : 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(at, Math.min(end, at + 200));
    const piped = text.charCodeAt(at) === 124; // |
    if (tableHead !== undefined && !(piped && nl >= 0)) tableHead = undefined;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}[`~]+[ \t]*\r?\n?$/.test(line)) fence = undefined;
    } else if (marker) {
      fence = marker;
    } else if (tableHead !== undefined) {
      if (tables && at - last >= chunkSize) {
        out.push({ at, tableHead, tableStart });
        last = at;
      }
    } else if (piped && previousLine >= 0 && text.charCodeAt(previousLine) === 124 && DELIMITER_ROW.test(line) && cellCount(line) === cellCount(text.slice(previousLine, at))) {
      tableHead = text.slice(previousLine, end);
      tableStart = previousLine;
    } else if (at - last >= chunkSize && /^#{1,6}(?:[ \t\r\n]|$)/.test(line)) {
      out.push({ at });
      last = at;
    }
    previousLine = at;
    at = end;
  }
  return out;
}

/**
 * The cells micromark counts in a table row that starts with a pipe: one for
 * each pipe followed on its line by more than spaces and tabs (an escaped pipe
 * is cell text). A header row and a delimiter row of different counts are no
 * table ("| Data | Kept for | more" over "| --- | --- |"): cutting between its
 * lines would make the piece fail the table check and the document be parsed whole.
 */
function cellCount(row: string): number {
  let cells = 0;
  let afterPipe = false;
  for (let i = 0; i < row.length; i++) {
    const c = row.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 32 || c === 9) continue;
    if (afterPipe) cells++;
    afterPipe = c === 124;
    // A backslash escapes a backslash or a pipe after it.
    if (c === 92 && (row.charCodeAt(i + 1) === 92 || row.charCodeAt(i + 1) === 124)) i++;
  }
  return cells;
}

/** Whether the last top-level node of a piece ends before the piece does (no open fenced code or HTML block that the next heading would belong to). */
function endsClosed(node: MdNode | undefined, piece: string): boolean {
  if (!node || (node.type !== 'code' && node.type !== 'html')) return true;
  const from = node.position?.start.offset ?? 0;
  const to = node.position?.end.offset ?? piece.length;
  const lines = piece.slice(from, to).split(/\r?\n/);
  const first = lines[0];
  const lastLine = lines[lines.length - 1];
  if (node.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(first)?.[1];
    if (!open) return true; // indented code ends at any line that is not indented
    const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lastLine)?.[1];
    return lines.length > 1 && close !== undefined && close[0] === open[0] && close.length >= open.length;
  }
  const html = first.trimStart();
  const within = lines.length > 1 ? lastLine : html.slice(2);
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(html)) return /<\/(?:script|pre|style|textarea)>/i.test(within);
  if (html.startsWith('<!--')) return (lines.length > 1 ? lastLine : html.slice(4)).includes('-->');
  if (html.startsWith('<?')) return within.includes('?>');
  if (html.startsWith('<![CDATA[')) return (lines.length > 1 ? lastLine : html.slice(9)).includes(']]>');
  if (/^<![A-Za-z]/.test(html)) return within.includes('>');
  // Other HTML blocks end at a blank line.
  return /\n[ \t]*\r?\n/.test(piece.slice(to));
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A copy of a piece's node with its positions moved to where the piece sits in the document. */
function shifted(node: MdNode, offset: number, lines: number): MdNode {
  const copy: MdNode = { ...node };
  const pos = node.position as { start: Point; end: Point } | undefined;
  if (pos) copy.position = { start: movedPoint(pos.start, offset, lines), end: movedPoint(pos.end, offset, lines) } as MdNode['position'];
  if (node.children) copy.children = node.children.map((child) => shifted(child, offset, lines));
  return copy;
}

type Point = { offset?: number; line?: number; column?: number };
function movedPoint(point: Point, offset: number, lines: number): Point {
  return { ...point, offset: point.offset === undefined ? undefined : point.offset + offset, line: point.line === undefined ? undefined : point.line + lines };
}

/**
 * The units a top-level block gave, by the parsed node they came from (kept
 * with the cache of parsed pieces): after an edit, the blocks of the pieces
 * that did not change are not read again (their text built, their sentences
 * split), only moved. Offsets are the node's own, before it is moved; a block
 * that opens sections or holds directives is read again each time.
 */
interface BlockDraft {
  /** The lead-in from before the block that its units were read with (a list's introducing sentence). */
  lead: string | undefined;
  units: (Pick<Unit, 'kind' | 'text' | 'raw' | 'sourceRuns' | 'start' | 'end' | 'leadIn' | 'inList' | 'links'> & { blockStart?: number })[];
}
const blockDrafts = new WeakMap<MdNode, BlockDraft>();
const DRAFTED = new Set(['paragraph', 'list', 'table', 'blockquote']);

/** More headings than this are not parsed: no policy has them, and parsing 100,000 takes seconds. */
export const MAX_HEADINGS = 10_000;
/** Lines longer than this (UTF-16 code units) are not parsed: one megabyte-long paragraph takes seconds. */
export const MAX_LINE_LENGTH = 100_000;

/**
 * Why a document is too large in shape to be checked (nested too deep, too
 * many headings, a line too long), read from line starts alone before
 * parsing; undefined when it is fine.
 */
export function shapeProblem(text: string): string | undefined {
  const nesting = nestingDepth(text);
  if (nesting.depth > MAX_NESTING) return `The document nests lists or block quotes about ${nesting.depth} levels deep (line ${nesting.line}), over the limit of ${MAX_NESTING}; it was not checked.`;
  let headings = 0;
  let line = 1;
  for (let at = 0; at < text.length; line++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end - at > MAX_LINE_LENGTH) return `Line ${line} is ${end - at} characters long, over the limit of ${MAX_LINE_LENGTH}; it was not checked.`;
    if (text.charCodeAt(at) === 35 /* # */ && /^#{1,6}(?:[ \t]|$)/.test(text.slice(at, at + 8)) && ++headings > MAX_HEADINGS) {
      return `The document has more than ${MAX_HEADINGS} headings (line ${line}); it was not checked.`;
    }
    at = end + 1;
  }
  return undefined;
}

/** Lists and block quotes nested deeper than this are not parsed (parsing time grows with the square of the depth). */
const MAX_NESTING = 64;

/**
 * An upper bound of how deeply lists and block quotes nest, and the first line
 * where that depth is reached, read from line starts alone (before parsing):
 * each `>` or list marker at the start of a line, and each two columns of
 * indentation, count as one level.
 */
function nestingDepth(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  for (let at = 0; at <= text.length; line++) {
    let depth = 0;
    let columns = 0;
    let i = at;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) columns++;
      else if (c === 9) columns += 4 - (columns % 4);
      else if (c === 62) depth++; // >
      else if ((c === 45 || c === 43 || c === 42) && isMarkerEnd(text.charCodeAt(i + 1))) depth++; // - + *
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < i + 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const after = text.charCodeAt(j);
        if ((after !== 46 && after !== 41) || !isMarkerEnd(text.charCodeAt(j + 1))) break; // . )
        depth++;
        i = j;
      } else break;
      i++;
    }
    depth += columns >> 1;
    if (depth > deepest.depth) deepest = { depth, line };
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    at = nl + 1;
  }
  return deepest;
}

function isMarkerEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

export function buildModel(file: string, text: string, chunkSize = PARSE_CHUNK_SIZE): Omit<DocumentModel, 'kind' | 'language'> {
  const html = isHtmlDocument(file, text) ? readHtml(text, { document: true }) : undefined;
  const placed: PlacedNode[] = html ? html.nodes.map((node) => ({ node, offset: 0, lines: 0, parsed: false })) : parseTopLevel(text, chunkSize);
  const starts = lineStarts(text);
  const units: Unit[] = [];
  const directives: Directive[] = [];
  const root: Section = { depth: 0, start: 0, end: text.length };
  const sections: Section[] = [root];
  let current = root;
  let frontMatter: Record<string, unknown> | undefined;
  let bodyStart = 0;
  // Units with equal text share one string: the rules' memory of what a text says (vocabulary `find`) is keyed by
  // text, and a key that is the same string is found without comparing characters (a pasted table repeats its rows).
  const texts = new Map<string, string>();
  const shared = (s: string): string => {
    const known = texts.get(s);
    if (known !== undefined) return known;
    texts.set(s, s);
    return s;
  };

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
        if (node.offsets) {
          for (let i = 0; i < (node.value ?? '').length; i++) out.push(node.value![i], node.offsets[i]);
          return;
        }
        const from = node.position ? within[0] : Math.max(within[0], (out.offsets[out.offsets.length - 1] ?? -1) + 1);
        const to = within[1];
        out.add(node.value ?? '', text, from, to);
        return;
      }
      case 'break':
        out.space(off(node, 'start'));
        return;
      case 'html':
      case 'comment':
        collectDirectives(node);
        // Inline tags ("e<b>mail</b>") join the text around them; a break, a comment or a block tag separates words.
        if (!INLINE_TAG.test(node.value ?? '')) out.space(off(node, 'start'));
        return;
      case 'link':
        if (node.url) out.links.push({ at: out.text.length, url: node.url });
        for (const child of node.children ?? []) inline(child, out, within);
        return;
      case 'delete':
        // Struck text is withdrawn: the words around it stay apart.
        out.space(off(node, 'start'));
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
    const raw = shared(trimmed.text);
    const clean = shared(blankPlaceholders(raw));
    const unit: Unit = {
      kind,
      text: clean,
      raw,
      sourceRuns: runsOf(trimmed.offsets),
      start: trimmed.offsets[0],
      end: trimmed.offsets[trimmed.offsets.length - 1],
      section: current,
      leadIn: extra.leadIn,
      inList: extra.inList,
      links: links.length === 0 ? NO_LINKS : links.map((l) => l.url),
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
        // A block of hundreds of sentences (a document on one line) is read in stretches, so that looking back to its start stays cheap.
        if (first && unit.index - first.index >= MAX_BLOCK_SENTENCES) first = undefined;
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
        // Code blocks are not prose; HTML indented under an opening tag is markup, not code.
        if (!/^[ \t]*(?:`{3}|~{3})/.test(text.slice(off(node, 'start'), off(node, 'start') + 16)) && looksLikeHtml(node.value ?? '')) htmlBlock(node, ctx);
        return;
      case 'html':
        htmlBlock(node, ctx);
        return;
      case 'comment':
        collectDirectives(node);
        return;
      case 'heading': {
        const depth = node.depth ?? 1;
        while (current !== root && current.depth >= depth) current = current.parent ?? root;
        const section: Section = { depth, parent: current, start: off(node, 'start'), end: text.length, htmlContentEnd: node.htmlContentEnd };
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
        const leadIn = listLeadIn(off(node, 'start')) ?? ctx.leadIn;
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

  /** The sentence just before a list, which introduces its items ("We collect the following:"). */
  function listLeadIn(listStart: number): string | undefined {
    const before = units[units.length - 1];
    return before && before.end <= listStart && before.kind === 'sentence' ? before.text : undefined;
  }

  /** The units of a block read before, moved by `offset`. */
  function replay(draft: BlockDraft, offset: number): void {
    const first = units.length;
    for (const d of draft.units) {
      const unit: Unit = {
        kind: d.kind, text: d.text, raw: d.raw, sourceRuns: movedRuns(d.sourceRuns, offset), start: d.start + offset, end: d.end + offset, section: current,
        leadIn: d.leadIn, inList: d.inList, links: d.links, index: units.length, previous: units[units.length - 1],
      };
      units.push(unit);
      if (d.blockStart !== undefined) unit.blockStart = units[first + d.blockStart];
    }
  }

  /** An HTML block of a Markdown document, read as HTML (its comments give the directives). */
  function htmlBlock(node: MdNode, ctx: { leadIn?: string; inList: boolean }): void {
    const value = node.value ?? '';
    const toSource = blockToSource(value, text, off(node, 'start'), off(node, 'end'));
    for (const child of readHtml(value, { document: false, toSource }).nodes) block(child, ctx);
  }

  for (const { node, offset, lines, parsed } of placed) {
    const moved = () => (offset === 0 && lines === 0 ? node : shifted(node, offset, lines));
    if (!parsed || !DRAFTED.has(node.type)) {
      block(moved(), { inList: false });
      continue;
    }
    // A block's units depend on its own text, and a list's also on the sentence before it.
    const lead = node.type === 'list' ? listLeadIn((node.position?.start.offset ?? 0) + offset) : undefined;
    const draft = blockDrafts.get(node);
    if (draft && draft.lead === lead) {
      replay(draft, offset);
      continue;
    }
    const before = { units: units.length, sections: sections.length, directives: directives.length };
    block(moved(), { inList: false });
    if (sections.length === before.sections && directives.length === before.directives) {
      const made = units.slice(before.units);
      blockDrafts.set(node, {
        lead,
        units: made.map((u) => ({
          kind: u.kind, text: u.text, raw: u.raw, sourceRuns: movedRuns(u.sourceRuns, -offset), start: u.start - offset, end: u.end - offset,
          leadIn: u.leadIn, inList: u.inList, links: u.links, blockStart: u.blockStart ? u.blockStart.index - before.units : undefined,
        })),
      });
    }
  }

  // A section ends where the next heading of the same or a higher level starts
  // (one pass with a stack of open sections: a document may have 100,000 headings).
  const open: Section[] = [];
  for (const s of sections.slice(1)) {
    while (open.length > 0 && open[open.length - 1].depth >= s.depth) open.pop()!.end = s.start;
    open.push(s);
  }
  for (const s of open) s.end = text.length;

  return { file, text, units, sections, lineStarts: starts, frontMatter, directives, bodyStart, htmlEnd: html?.end };
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
  const start = sourceOffset(unit, from);
  const last = sourceOffset(unit, to - 1);
  return { start, end: Math.max(start, last + 1) };
}

/** The source offset of character `index` of a unit's text (clamped to the text and the place one past its end). */
export function sourceOffset(unit: Unit, index: number): number {
  const runs = unit.sourceRuns;
  const i = index > 0 ? Math.min(index, unit.text.length) : 0;
  // The last run that starts at or before i.
  let lo = 0;
  let hi = runs.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[2 * mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return runs[2 * lo + 1] + (i - runs[2 * lo]);
}

/** Per-character offsets as runs (see Unit.sourceRuns). */
function runsOf(offsets: number[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < offsets.length; i++) if (i === 0 || offsets[i] !== offsets[i - 1] + 1) runs.push(i, offsets[i]);
  return runs;
}

/** Runs moved by `offset` characters in the source. */
function movedRuns(runs: number[], offset: number): number[] {
  return offset === 0 ? runs : runs.map((v, k) => (k % 2 === 1 ? v + offset : v));
}
