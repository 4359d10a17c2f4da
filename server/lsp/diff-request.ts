// The request behind the client's "fedipolicy: Compare policy with..." command:
//   fedipolicy/diff {uri, ref?} -> {markdown, ref} | {error} | null
// The open document's policy set (unsaved buffers as they are) against the
// same set at a git revision (default HEAD), as the Markdown report that
// `fedipolicy diff --base REF --format md` prints. null: not a policy document.
import { dirname } from 'node:path';
import { diffMarkdown } from '../engine/index';
import { comparePair, GitRevision, InputError, pairSets } from '../project/index';
import type { PolicyProject } from './sets';

export const DIFF_REQUEST = 'fedipolicy/diff';
export const DEFAULT_REF = 'HEAD';

export type DiffResponse = { markdown: string; ref: string } | { error: string };

/** The comparison of `path`'s set with `ref`; a git problem (no repository, no such ref) is an answer, not a failure. */
export function diffAgainst(project: PolicyProject, path: string, ref: string, perFile: boolean, buffers: Map<string, string>, label: (file: string) => string): DiffResponse {
  try {
    const { sets } = project.setOf(path, perFile, buffers);
    const revision = GitRevision.open(dirname(path), ref);
    const before = project.setsAtRevision(sets, revision, perFile);
    const comparisons = pairSets(before, sets).map((pair) => comparePair(pair, label));
    return { markdown: diffMarkdown(comparisons, `Policy changes since ${ref}`), ref };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}
