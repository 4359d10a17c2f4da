// Which kind of document a file is: front matter, then the file name, then the first heading.
import type { DocumentKind } from './types';
import { DOCUMENT_KINDS } from './types';
import { has } from './vocabulary';

const isKind = (v: unknown): v is DocumentKind => typeof v === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(v);

/** The kind named in front matter: `fedipolicy: { kind }`, or `kind:`. */
export function kindFromFrontMatter(front: Record<string, unknown> | undefined): DocumentKind | undefined {
  if (!front) return undefined;
  const nested = front.fedipolicy;
  if (nested && typeof nested === 'object' && isKind((nested as Record<string, unknown>).kind)) return (nested as Record<string, unknown>).kind as DocumentKind;
  return isKind(front.kind) ? front.kind : undefined;
}

/** The kind a name or heading speaks of ("Privacy policy", "terms-of-service.md", "Datenschutzerklärung"). */
function kindFromWords(words: string): DocumentKind | undefined {
  const privacy = has(words, 'kindPrivacy');
  const terms = has(words, 'kindTerms');
  if (privacy && terms) return 'combined';
  if (privacy) return 'privacy';
  if (terms) return 'terms';
  if (has(words, 'kindRules')) return 'rules';
  if (has(words, 'kindAbout')) return 'about';
  return undefined;
}

export function kindFromName(file: string): DocumentKind | undefined {
  const name = (file.split(/[\\/]/).pop() ?? '').replace(/\.[a-z]+$/i, '');
  return kindFromWords(name.replace(/[-_.]+/g, ' '));
}

export function kindFromHeading(heading: string | undefined): DocumentKind | undefined {
  return heading ? kindFromWords(heading) : undefined;
}

/** The kind of a document from what the text itself says (front matter, then name, then first heading). */
export function detectKind(file: string, text: string): DocumentKind {
  const front = /^---\r?\n([^]*?)\r?\n---/.exec(text);
  if (front) {
    const kind = /^[ \t]*(?:kind|fedipolicy:[ \t]*\{[ \t]*kind)[ \t]*:\s*["']?([a-z]+)/m.exec(front[1]);
    if (kind && isKind(kind[1])) return kind[1];
  }
  const heading = /^#{1,6}\s+(.+)$/m.exec(text);
  return kindFromName(file) ?? kindFromHeading(heading?.[1]) ?? 'privacy';
}
