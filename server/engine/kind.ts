// Which kind of document a file is: front matter, then the file name, then the first heading.
import type { DocumentKind } from './types';
import { DOCUMENT_KINDS } from './types';

const isKind = (v: unknown): v is DocumentKind => typeof v === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(v);

/** The kind named in front matter: `fedipolicy: { kind }`, or `kind:`. */
export function kindFromFrontMatter(front: Record<string, unknown> | undefined): DocumentKind | undefined {
  if (!front) return undefined;
  const nested = front.fedipolicy;
  if (nested && typeof nested === 'object' && isKind((nested as Record<string, unknown>).kind)) return (nested as Record<string, unknown>).kind as DocumentKind;
  return isKind(front.kind) ? front.kind : undefined;
}

export function kindFromName(file: string): DocumentKind | undefined {
  const name = (file.split(/[\\/]/).pop() ?? '').toLowerCase();
  const privacy = /privacy|datenschutz|confidentialit/.test(name);
  const terms = /^(?:terms|tos\b|tos[-_.]|terms[-_.]|.*terms-of-service|.*terms_of_service|nutzungsbedingungen|conditions)/.test(name);
  if (privacy && terms) return 'combined';
  if (privacy) return 'privacy';
  if (terms) return 'terms';
  if (/^(?:rules|code-of-conduct|code_of_conduct|coc\b|server-rules|.*-rules)/.test(name)) return 'rules';
  if (/^(?:about|covenant)/.test(name)) return 'about';
  return undefined;
}

export function kindFromHeading(heading: string | undefined): DocumentKind | undefined {
  if (!heading) return undefined;
  const h = heading.toLowerCase();
  const privacy = /privacy|data protection|datenschutz/.test(h);
  const terms = /terms|conditions|nutzungsbedingungen/.test(h);
  if (privacy && terms) return 'combined';
  if (privacy) return 'privacy';
  if (terms) return 'terms';
  if (/rules|code of conduct|guidelines/.test(h)) return 'rules';
  if (/about|covenant/.test(h)) return 'about';
  return undefined;
}

/** The kind of a document from what the text itself says (front matter, then name, then first heading). */
export function detectKind(file: string, text: string): DocumentKind {
  const front = /^---\r?\n([^]*?)\r?\n---/.exec(text);
  if (front) {
    const kind = /^\s*(?:kind|fedipolicy:\s*\{\s*kind)\s*:\s*["']?([a-z]+)/m.exec(front[1]);
    if (kind && isKind(kind[1])) return kind[1];
  }
  const heading = /^#{1,6}\s+(.+)$/m.exec(text);
  return kindFromName(file) ?? kindFromHeading(heading?.[1]) ?? 'privacy';
}
