// Which documents are policies and which set each belongs to, for the editor:
// the project's set planning (shared with the CLI), fed with the open
// buffers, and a config error that does not stop linting (the editor lints
// with the defaults and shows the error on the config file).
import { dirname, isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { ConfigError, ConfigResolver, defaultLoadedConfig, documentMappingFor, type LoadedConfig } from '../config/index';
import { buildSets, displayPath, InputError, readText, setsAtRevision, type BuildSetsOptions, type GitRevision, type PolicySet } from '../project/index';
import { declaresFedipolicy } from './frontMatter';

/** Folders never searched for policies (dependencies, VCS data). */
const IGNORED = ['**/node_modules/**', '**/.git/**'];
/** A workspace with more Markdown than this is not scanned for front matter (globs still apply). */
const MAX_FRONT_MATTER_SCAN = 5000;

/** Whether a path names a document fedipolicy reads (Markdown or HTML). */
export function isDocumentPath(path: string): boolean {
  return /\.(md|markdown|html?)$/i.test(path);
}

/** A resolver that answers a config error with the defaults and remembers the error. */
class LenientResolver extends ConfigResolver {
  readonly errors = new Map<string, ConfigError>();

  override forDirectory(dir: string): LoadedConfig {
    try {
      return super.forDirectory(dir);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.errors.set(error.file, error);
      return defaultLoadedConfig();
    }
  }
}

export interface PlannedConfig {
  config: LoadedConfig;
  /** Config files that could not be used (their documents are linted with the defaults). */
  configErrors: ConfigError[];
}

export interface PlannedSets {
  sets: PolicySet[];
  configErrors: ConfigError[];
}

function matchesGlobs(globs: string[], path: string, folder: string | undefined): boolean {
  const rel = folder ? relative(folder, path) : undefined;
  const subject = rel !== undefined && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path.split(sep).join('/');
  return picomatch(globs, { dot: true, nocase: true })(subject);
}

/** Config files are read once per generation; `PolicyProject` is replaced when one changes. */
export class PolicyProject {
  private readonly resolver = new LenientResolver();

  /** The config for documents in `dir` (the defaults when it is broken: see `configErrors`). */
  configFor(dir: string): PlannedConfig {
    return { config: this.resolver.forDirectory(dir), configErrors: this.errorsNow() };
  }

  private errorsNow(): ConfigError[] {
    return [...this.resolver.errors.values()];
  }

  /**
   * Whether a document is a policy: the `fedipolicy.files` globs (relative to
   * its workspace folder), its config's document map, or front matter with a
   * `fedipolicy` key.
   */
  isPolicy(path: string | undefined, text: string, globs: string[], folder: string | undefined): boolean {
    if (declaresFedipolicy(text)) return true;
    if (!path) return false;
    if (matchesGlobs(globs, path, folder)) return true;
    return documentMappingFor(this.resolver.forDirectory(dirname(path)), path) !== undefined;
  }

  /** The set of one file, with the given buffers instead of the files on disk. */
  setOf(path: string, perFile: boolean, buffers: Map<string, string>): PlannedSets {
    return { sets: this.build([path], perFile, buffers), configErrors: this.errorsNow() };
  }

  /** The sets as a git revision had them (for `fedipolicy/diff`), grouped with this project's configs. */
  setsAtRevision(sets: PolicySet[], revision: GitRevision, perFile: boolean): PolicySet[] {
    return setsAtRevision(sets, revision, { resolver: this.resolver, perFile });
  }

  /** Sets of the files; if another file of a set cannot be read, the files are linted without the rest of their sets. */
  private build(files: string[], perFile: boolean, buffers: Map<string, string>): PolicySet[] {
    const options: BuildSetsOptions = { resolver: this.resolver, perFile, overrides: buffers };
    try {
      return buildSets(files, options);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return buildSets(files, { ...options, complete: false });
    }
  }

  /** Every policy file under `root`, grouped into sets. */
  workspaceSets(root: string, globs: string[], perFile: boolean, buffers: Map<string, string>): PlannedSets {
    const byGlob = globSync(globs, { cwd: root, absolute: true, onlyFiles: true, ignore: IGNORED, caseSensitiveMatch: false });
    const found = new Set(byGlob.map((f) => f.split('/').join(sep)));
    const markdown = globSync(['**/*.md', '**/*.markdown'], { cwd: root, absolute: true, onlyFiles: true, ignore: IGNORED });
    for (const file of markdown.slice(0, MAX_FRONT_MATTER_SCAN)) {
      const path = file.split('/').join(sep);
      if (found.has(path)) continue;
      if (documentMappingFor(this.resolver.forDirectory(dirname(path)), path)) found.add(path);
      else if (declaresFedipolicy(buffers.get(path) ?? readDeclaringText(path))) found.add(path);
    }
    const readable = [...found].sort().filter((path) => buffers.has(path) || readText(path).ok);
    return { sets: readable.length ? this.build(readable, perFile, buffers) : [], configErrors: this.errorsNow() };
  }

  label(file: string, folder: string | undefined): string {
    return folder ? displayPath(file, folder) : file;
  }
}

function readDeclaringText(path: string): string {
  const read = readText(path);
  return read.ok ? read.text : '';
}
