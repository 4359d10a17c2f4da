// Two versions of the same policy sets, for `fedipolicy diff` and the
// editor's "Compare policy with...": the sets as a git commit had them,
// which old set goes with which new one, and both linted with the same
// configuration and compared.
import { relative, sep } from 'node:path';
import { ConfigResolver } from '../config';
import { diffReports, lintSet, type DocumentKind, type SetComparison, type SetReport } from '../engine';
import type { GitRevision } from './git';
import { buildSets, engineDocuments, looksLikePolicyFile, type PolicySet } from './index';

export interface SetPair {
  /** The set in the old version; absent when the set is new. */
  before?: PolicySet;
  /** The set in the new version; absent when it was removed. */
  after?: PolicySet;
}

export interface RevisionOptions {
  resolver: ConfigResolver;
  perFile?: boolean;
  kind?: DocumentKind;
}

/**
 * The sets of `after` as `revision` had them: each document's text at that
 * commit, plus policy files of the set's folder that the working tree no
 * longer has. A document the commit lacks is new, and left out.
 */
export function setsAtRevision(after: PolicySet[], revision: GitRevision, options: RevisionOptions): PolicySet[] {
  const texts = new Map<string, string>();
  const targets: string[] = [];
  const add = (file: string): void => {
    if (texts.has(file)) return;
    const text = revision.read(file);
    if (text === undefined) return;
    texts.set(file, text);
    targets.push(file);
  };
  for (const set of after) {
    for (const doc of set.documents) add(doc.file);
    // Files removed since the commit still belong to the old set of their folder.
    if (set.id.startsWith('dir:') && !options.perFile) {
      const folder = set.id.slice('dir:'.length);
      for (const file of revision.filesIn(folder)) if (looksLikePolicyFile(file)) add(file);
    }
  }
  // The same ids as the working tree's sets: every text comes from the commit, none from disk.
  return buildSets(targets, { resolver: options.resolver, perFile: options.perFile, kind: options.kind, complete: false, overrides: texts });
}

/** Which old set goes with which new one: by folder (relative to each side's root), by `set` name in the config, or by file with --per-file. */
export function pairSets(before: PolicySet[], after: PolicySet[], roots?: { before: string; after: string }): SetPair[] {
  const key = (set: PolicySet, root: string | undefined): string => {
    if (set.id.startsWith('set:')) return `set:${set.id.slice(set.id.indexOf('#') + 1)}`;
    if (!root) return set.id;
    const [kind, path] = [set.id.slice(0, set.id.indexOf(':')), set.id.slice(set.id.indexOf(':') + 1)];
    return `${kind}:${relative(root, path).split(sep).join('/')}`;
  };
  const pairs = new Map<string, SetPair>();
  for (const set of after) pairs.set(key(set, roots?.after), { after: set });
  for (const set of before) {
    const k = key(set, roots?.before);
    const pair = pairs.get(k);
    if (pair) pair.before = set;
    else pairs.set(k, { before: set });
  }
  return [...pairs.values()];
}

const EMPTY: SetReport = { documents: [], requirements: [], findings: [] };

/** Lints both versions with the new version's configuration (so a config change is not a policy change) and compares them. */
export function comparePair(pair: SetPair, label: (file: string) => string): SetComparison {
  const config = (pair.after ?? pair.before)!.config.engine;
  const lint = (set: PolicySet | undefined): SetReport => (set ? lintSet(engineDocuments(set), config) : EMPTY);
  const shown = (report: SetReport): SetReport => ({
    ...report,
    requirements: report.requirements.map((r) => (r.file ? { ...r, file: label(r.file) } : r)),
    findings: report.findings.map((f) => ({ ...f, file: label(f.file) })),
  });
  const before = shown(lint(pair.before));
  const after = shown(lint(pair.after));
  const documents = (pair.after ?? pair.before)!.documents.map((d) => label(d.file));
  return { documents, diff: diffReports(before, after) };
}
