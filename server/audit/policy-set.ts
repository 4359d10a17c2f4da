// Turns what the instance API returned into one policy set for the engine:
// the privacy policy and terms (HTML converted to Markdown), the server rules
// as a list, and a small generated "about" document holding the facts the
// instance API states outside those documents (contact, minimum age, date).
import type { Paragraph, Root, RootContent } from 'mdast';
import type { DocumentKind, SourceDocument } from '../engine';
import { htmlToMarkdown, markdownFromTree } from './html-to-markdown';
import type { InstanceRule, InstanceSnapshot } from './mastodon';

/** The file names documents get in the set, in findings and with --save. */
export const SET_FILES = { privacy: 'privacy.md', terms: 'terms.md', rules: 'rules.md', about: 'about.md' } as const;

export interface SetDocument extends SourceDocument {
  kind: DocumentKind;
  /** The endpoint it came from ("generated" documents list the fields used). */
  source: string;
  /** true for the about document the audit writes itself. */
  generated: boolean;
}

export interface PolicySet {
  documents: SetDocument[];
  /** The privacy policy's headings (for the Mastodon default check). */
  privacyHeadings: string[];
  /** The instance fields that went into the generated about document. */
  aboutFacts: string[];
}

export function buildPolicySet(instance: InstanceSnapshot): PolicySet {
  const documents: SetDocument[] = [];
  let privacyHeadings: string[] = [];
  if (instance.privacy) {
    const converted = htmlToMarkdown(instance.privacy.html);
    privacyHeadings = converted.headings;
    documents.push({ file: SET_FILES.privacy, kind: 'privacy', text: converted.markdown, source: instance.privacy.url, generated: false });
  }
  if (instance.terms) {
    documents.push({ file: SET_FILES.terms, kind: 'terms', text: htmlToMarkdown(instance.terms.html).markdown, source: instance.terms.url, generated: false });
  }
  if (instance.rules.items.length > 0) {
    documents.push({ file: SET_FILES.rules, kind: 'rules', text: rulesMarkdown(instance.title, instance.rules.items), source: instance.rules.url, generated: false });
  }
  const about = aboutDocument(instance);
  if (about.facts.length > 0) {
    documents.push({ file: SET_FILES.about, kind: 'about', text: about.markdown, source: instance.endpoints.instance, generated: true });
  }
  return { documents, privacyHeadings, aboutFacts: about.facts };
}

const text = (value: string) => ({ type: 'text' as const, value });
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });
const heading = (value: string): RootContent => ({ type: 'heading', depth: 1, children: [text(value)] });

/** The server rules as a numbered list, each rule's hint as a second paragraph. */
export function rulesMarkdown(title: string, rules: InstanceRule[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      heading(`Server rules of ${title}`),
      {
        type: 'list',
        ordered: true,
        start: 1,
        // A rule with a hint has two paragraphs, which needs a loose list to stay readable.
        spread: rules.some((rule) => rule.hint !== undefined),
        children: rules.map((rule) => ({
          type: 'listItem',
          spread: false,
          children: rule.hint ? [paragraph(rule.text), paragraph(rule.hint)] : [paragraph(rule.text)],
        })),
      },
    ],
  };
  return markdownFromTree(tree);
}

/** One plain sentence per fact the instance API states; nothing is inferred. */
function aboutDocument(instance: InstanceSnapshot): { markdown: string; facts: string[] } {
  const facts: string[] = [];
  const sentences: string[] = [];
  const { contactEmail, contactAccount, minAge } = instance;
  if (contactEmail !== undefined && contactAccount !== undefined) {
    sentences.push(`Contact the operators of ${instance.domain} by e-mail at ${contactEmail} or through the account ${contactAccount}.`);
  } else if (contactEmail !== undefined) {
    sentences.push(`Contact the operators of ${instance.domain} by e-mail at ${contactEmail}.`);
  } else if (contactAccount !== undefined) {
    sentences.push(`Contact the operators of ${instance.domain} through the account ${contactAccount}.`);
  }
  if (contactEmail !== undefined) facts.push('contact e-mail');
  if (contactAccount !== undefined) facts.push('contact account');
  if (minAge !== undefined) {
    sentences.push(`You must be at least ${minAge} years old to sign up.`);
    facts.push('minimum age');
  }
  if (instance.privacy?.date !== undefined) {
    sentences.push(`The privacy policy was last updated on ${instance.privacy.date.slice(0, 10)}.`);
    facts.push('privacy policy date');
  }
  const tree: Root = { type: 'root', children: [heading(`About ${instance.domain}`), ...sentences.map(paragraph)] };
  return { markdown: markdownFromTree(tree), facts };
}
