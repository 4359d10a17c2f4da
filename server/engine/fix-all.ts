// Applies every fix of a set, re-linting between passes (as ESLint does):
// a clause inserted in one pass may create the section the next one uses.
import type { EngineConfig, SourceDocument } from './types';
import { lintSet } from './lint';
import { applyEdits } from './fixes';

const MAX_PASSES = 10;

/** The fixed text of each document that changed. */
export function fixSet(sources: SourceDocument[], config: EngineConfig): Map<string, string> {
  let docs = sources.map((s) => ({ ...s }));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const report = lintSet(docs, config);
    let changed = false;
    docs = docs.map((doc) => {
      const edits = report.findings.filter((f) => f.file === doc.file && f.fix).map((f) => f.fix!.edit);
      if (edits.length === 0) return doc;
      const { text } = applyEdits(doc.text, edits);
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
