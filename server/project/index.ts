// Turns paths and globs into policy sets: which files are policies, which
// configuration applies to each, which kind each is, and which files form one
// instance's set. Shared by the CLI and the language server, so it takes paths
// and options, never process.argv.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { ConfigResolver, documentMappingFor, type DocumentMapping, type LoadedConfig } from '../config';
import type { DocumentKind, SourceDocument } from '../engine/types';
import { displayPath } from './paths';
import { readText } from './read';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../engine/lint';

export { displayPath } from './paths';
export { decodeText, encodeText, readText } from './read';

import { InputError } from './errors';

export { InputError } from './errors';
export { GitRevision } from './git';
export { comparePair, pairSets, setsAtRevision, type SetPair } from './compare';

const POLICY_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Whether a file name looks like a policy: privacy, terms, tos, rules, code of conduct or about, in Markdown or HTML. */
export function looksLikePolicyFile(file: string): boolean {
  const ext = extname(file).toLowerCase();
  if (!POLICY_EXTENSIONS.has(ext)) return false;
  const stem = basename(file, extname(file)).toLowerCase();
  // `tos` only as a word of its own ("photos" is not a policy).
  return /privacy|terms|rules|code[-_ ]?of[-_ ]?conduct|about/.test(stem) || /(^|[-_. ])tos([-_. ]|$)/.test(stem);
}

/** Whether a file is a policy document for the configuration that applies to it. */
function isPolicyFile(file: string, config: LoadedConfig): boolean {
  return documentMappingFor(config, file) !== undefined || looksLikePolicyFile(file);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The policy files directly inside `dir` (sorted): those the config maps, and those named like policies. */
export function folderPolicyFiles(dir: string, resolver: ConfigResolver): string[] {
  const config = resolver.forDirectory(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => isFile(path) && isPolicyFile(path, config));
}

/** The policy files in `dir` and its subfolders (skipping hidden folders and node_modules). */
function policyFilesUnder(dir: string, resolver: ConfigResolver): string[] {
  const out = folderPolicyFiles(dir, resolver);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
    const path = join(dir, name);
    let directory = false;
    try {
      directory = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (directory) out.push(...policyFilesUnder(path, resolver));
  }
  return out;
}

/**
 * The files that paths, folders and globs name, as absolute paths in the
 * order given (each once). No input means the policy files of `cwd`.
 */
export function expandInputs(inputs: string[], cwd: string, resolver: ConfigResolver): string[] {
  const files: string[] = [];
  const add = (file: string): void => {
    if (!files.includes(file)) files.push(file);
  };
  if (inputs.length === 0) {
    const found = folderPolicyFiles(cwd, resolver);
    if (found.length === 0) {
      throw new InputError('no policy files found in the current folder (name them privacy*.md, terms*.md, rules*.md, about*.md (or .html), or pass paths)');
    }
    found.forEach(add);
    return files;
  }
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(path);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const found = policyFilesUnder(path, resolver);
      if (found.length === 0) throw new InputError(`${input}: no policy files found in this folder`);
      found.forEach(add);
    } else if (stats) {
      add(path);
    } else if (picomatch.scan(input).isGlob) {
      const found = globSync(input.replace(/\\/g, '/'), { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
      if (found.length === 0) throw new InputError(`${input}: no files match this pattern`);
      found.map((f) => resolve(f)).forEach(add);
    } else {
      throw new InputError(`${input}: no such file or folder`);
    }
  }
  return files;
}

/** A document of a policy set, ready for the engine, plus what writing it back needs. */
export interface ProjectDocument extends SourceDocument {
  /** Whether the file started with a byte-order mark (removed from `text`, restored on write). */
  bom: boolean;
  /** Whether the user asked for this file (findings are shown and fixes written only for these). */
  target: boolean;
  mapping?: DocumentMapping;
}

export interface PolicySet {
  /** Stable identity of the set: `dir:<folder>`, `set:<config>#<name>` or `file:<path>`. */
  id: string;
  config: LoadedConfig;
  documents: ProjectDocument[];
}

export interface BuildSetsOptions {
  resolver: ConfigResolver;
  /** Each file is its own set (`--per-file`). */
  perFile?: boolean;
  /** Kind for every target file (`--kind`). */
  kind?: DocumentKind;
  /** Add the other policy files of each set (from disk), as the language server does. Default true. */
  complete?: boolean;
  /** Texts to use instead of the files on disk (stdin, unsaved editor buffers). */
  overrides?: Map<string, string>;
}

/** Reads one document; throws InputError naming the file when it is not readable UTF-8 text or over `maxChars`. */
export function readDocument(file: string, overrides?: Map<string, string>, maxChars = DEFAULT_MAX_DOCUMENT_SIZE): { text: string; bom: boolean } {
  const override = overrides?.get(file);
  if (override !== undefined) return { text: override, bom: false };
  const read = readText(file, maxChars);
  if (!read.ok) throw new InputError(`${displayPath(file)}: ${read.problem}`);
  return { text: read.text, bom: read.bom };
}

function setIdFor(file: string, mapping: DocumentMapping | undefined, perFile: boolean): string {
  if (perFile) return `file:${file}`;
  if (mapping?.set) return `set:${mapping.source}#${mapping.set}`;
  return `dir:${dirname(file)}`;
}

/** The other files of a set: the folder's policy files, or every file the config maps to the same set name. */
function setMembers(file: string, config: LoadedConfig, mapping: DocumentMapping | undefined, resolver: ConfigResolver): string[] {
  if (mapping?.set) {
    const entries = config.documents.filter((m) => m.set === mapping.set && m.source === mapping.source);
    const found = entries.flatMap((m) =>
      globSync(m.patterns, { cwd: m.baseDir, absolute: true, onlyFiles: true, dot: true, ignore: ['**/node_modules/**'] }).map((f) => resolve(f)),
    );
    return [...new Set(found)].sort().filter((f) => documentMappingFor(config, f)?.set === mapping.set);
  }
  return folderPolicyFiles(dirname(file), resolver).filter((f) => !documentMappingFor(config, f)?.set);
}

/** A set's documents as the engine takes them (the CLI and the language server must pass the same). */
export function engineDocuments(set: PolicySet): SourceDocument[] {
  return set.documents.map(({ file, text, kind, kindHint, language }) => ({
    file, text, ...(kind ? { kind } : {}), ...(kindHint ? { kindHint } : {}), ...(language ? { language } : {}),
  }));
}

/** Groups target files into policy sets (see rules.md, "Documents and policy sets"). */
export function buildSets(targets: string[], options: BuildSetsOptions): PolicySet[] {
  const { resolver, perFile = false, complete = true } = options;
  const sets = new Map<string, PolicySet>();
  const targetSet = new Set(targets);
  const addDocument = (set: PolicySet, file: string, target: boolean): void => {
    if (set.documents.some((d) => d.file === file)) return;
    const mapping = documentMappingFor(set.config, file);
    const { text, bom } = readDocument(file, options.overrides, set.config.engine.maxDocumentSize);
    // --kind overrides everything; the config map only hints (front matter wins over it).
    const kind = target ? options.kind : undefined;
    set.documents.push({
      file, text, bom, target,
      ...(kind ? { kind } : {}),
      ...(mapping?.kind ? { kindHint: mapping.kind } : {}),
      ...(mapping?.language ? { language: mapping.language } : {}),
      ...(mapping ? { mapping } : {}),
    });
  };
  for (const file of targets) {
    const config = resolver.forFile(file);
    const mapping = documentMappingFor(config, file);
    const id = setIdFor(file, mapping, perFile);
    let set = sets.get(id);
    if (!set) {
      set = { id, config, documents: [] };
      sets.set(id, set);
    }
    addDocument(set, file, true);
  }
  if (complete && !perFile) {
    for (const set of sets.values()) {
      const first = set.documents[0];
      for (const member of setMembers(first.file, set.config, first.mapping, resolver)) {
        if (!targetSet.has(member)) addDocument(set, member, false);
      }
    }
  }
  return [...sets.values()];
}
