// Applies every fix of a set, re-linting between passes (as ESLint does):
// a clause inserted in one pass may create the section the next one uses.
import type { Edit, EngineConfig, SourceDocument } from './types';
import { lintSet } from './lint';
import { applyEdits } from './fixes';

const MAX_PASSES = 10;

/** An insertion that opens a new section: its heading, in Markdown or in HTML. */
const NEW_SECTION = /^\n*(#{1,6} [^\n]*|[ \t]*<h[1-6]>[^\n]*<\/h[1-6]>)\n+/;

/**
 * Several clauses inserted at one place become one insertion; when two of
 * them open the same new section, its heading is written once.
 */
export function mergeInsertions(edits: Edit[]): Edit[] {
  const merged = new Map<number, Edit>();
  const rest: Edit[] = [];
  // At one place, clauses for the section there come before new sections (which would take them in).
  const opensSection = (edit: Edit) => (NEW_SECTION.test(edit.text) ? 1 : 0);
  for (const edit of [...edits].sort((a, b) => opensSection(a) - opensSection(b))) {
    const key = edit.start;
    const existing = merged.get(key);
    if (!existing || existing.end !== edit.end) {
      if (existing) rest.push(edit);
      else merged.set(key, { ...edit });
      continue;
    }
    let text = edit.text;
    const heading = NEW_SECTION.exec(text);
    if (heading && existing.text.split('\n').includes(heading[1])) {
      const html = heading[1].trimStart().startsWith('<');
      text = `${html ? '\n' : '\n\n'}${text.slice(heading[0].length)}`;
      // place it right after the section that heading opened
      const at = existing.text.indexOf(heading[1]);
      const after = existing.text.slice(at + heading[1].length).search(html ? /\n[ \t]*<h[1-6]>/ : /\n#/);
      const next = after < 0 ? -1 : at + heading[1].length + after;
      const cut = next < 0 ? existing.text.length : next;
      const before = existing.text.slice(0, cut).replace(/\n+$/, '');
      existing.text = `${before}${text.replace(/\n+$/, '')}\n${existing.text.slice(cut)}`;
    } else {
      existing.text = `${existing.text.replace(/\n+$/, '')}${text.startsWith('\n') ? text : `\n\n${text}`}`;
    }
  }
  return [...merged.values(), ...rest];
}

/** The fixed text of each document that changed. */
export function fixSet(sources: SourceDocument[], config: EngineConfig): Map<string, string> {
  let docs = sources.map((s) => ({ ...s }));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const report = lintSet(docs, config);
    let changed = false;
    docs = docs.map((doc) => {
      const edits = report.findings.filter((f) => f.file === doc.file && f.fix).map((f) => f.fix!.edit);
      if (edits.length === 0) return doc;
      const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
      const merged = mergeInsertions(edits.map((e) => ({ ...e, text: e.text.replace(/\r\n/g, '\n') }))).map((e) => ({ ...e, text: e.text.replace(/\n/g, eol) }));
      const { text } = applyEdits(doc.text, merged);
      if (text === doc.text) return doc;
      changed = true;
      return { ...doc, text };
    });
    if (!changed) break;
  }
  const out = new Map<string, string>();
  docs.forEach((doc, i) => {
    if (doc.text !== sources[i].text) out.set(doc.file, doc.text);
  });
  return out;
}
