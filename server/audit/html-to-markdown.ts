// Mastodon serves its privacy policy and terms as HTML; the engine and the
// admin (with --save) want Markdown. Generated documents (rules, instance
// details, the Markdown report) are built as mdast and printed by the same
// stringifier, so everything taken from the server is escaped the same way.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';

const STRINGIFY_OPTIONS = { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' } as const;

interface UnsafePattern {
  character: string;
  before?: string;
}
interface ToMarkdownExtension {
  unsafe?: UnsafePattern[];
  extensions?: ToMarkdownExtension[];
}

/** The patterns GFM adds so that a bare e-mail address or URL in text does not become a link. */
function isAutolinkLiteralGuard(pattern: UnsafePattern): boolean {
  return pattern.character === '@' || (pattern.character === '.' && pattern.before === '[Ww]') || (pattern.character === ':' && pattern.before === '[ps]');
}

function withoutAutolinkGuards(extension: ToMarkdownExtension): ToMarkdownExtension {
  return {
    ...extension,
    unsafe: extension.unsafe?.filter((pattern) => !isAutolinkLiteralGuard(pattern)),
    extensions: extension.extensions?.map(withoutAutolinkGuards),
  };
}

/**
 * Lets bare e-mail addresses and URLs stay as they are (`privacy@example`, not
 * `privacy\@example`): Mastodon renders policies with autolinks, so their
 * becoming links is what the admin wants, and the escapes would be noise to
 * edit. Must come after remark-gfm.
 */
function remarkAllowAutolinkLiterals(this: Processor): void {
  const data = this.data() as { toMarkdownExtensions?: ToMarkdownExtension[] };
  data.toMarkdownExtensions = (data.toMarkdownExtensions ?? []).map(withoutAutolinkGuards);
}

export interface ConvertedHtml {
  markdown: string;
  /** The text of every heading, in document order (used to recognise Mastodon's default policy). */
  headings: string[];
}

/** Converts an HTML fragment to Markdown. Scripts, styles and other non-content elements are dropped. */
export function htmlToMarkdown(html: string): ConvertedHtml {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark).use(remarkGfm).use(remarkAllowAutolinkLiterals).use(remarkStringify, STRINGIFY_OPTIONS);
  const tree = processor.runSync(processor.parse(html)) as Root;
  const headings: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') headings.push(plainText(node).trim());
    else if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return { markdown: processor.stringify(tree), headings };
}

/** Prints an mdast tree as Markdown (with GFM), escaping text where Markdown needs it. */
export function markdownFromTree(tree: Root): string {
  return unified().use(remarkGfm).use(remarkAllowAutolinkLiterals).use(remarkStringify, STRINGIFY_OPTIONS).stringify(tree);
}

/** The concatenated text of a node (what a reader sees, without markup). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
