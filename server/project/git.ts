// Reading files as a git commit has them (`git show REF:path`), for
// `fedipolicy diff --base REF`. git is run directly (no shell), with a time
// limit; every failure is one InputError line the user can act on.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { decodeText } from './read';
import { displayPath } from './paths';
import { InputError } from './errors';

/** Long enough for a large repository on a slow disk, short enough that a hung git does not hang the editor. */
const GIT_TIMEOUT_MS = 15_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

function git(args: string[], cwd: string): { ok: boolean; stdout: Buffer; stderr: string } {
  // Required here, not imported: every lint loads this module (through ../project), few run git, and loading node:child_process costs a cold start about 3 ms.
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const result = spawnSync('git', args, { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_OUTPUT, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
  const error = result.error as NodeJS.ErrnoException | undefined;
  if (error?.code === 'ENOENT') throw new InputError('git is not installed (or not on PATH); --base needs it');
  if (error?.code === 'ETIMEDOUT') throw new InputError(`git ${args[0]} took longer than ${GIT_TIMEOUT_MS / 1000} s and was stopped`);
  if (error) throw new InputError(`git ${args[0]} failed (${error.message})`);
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

function realDir(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A git commit to read files from, in the repository that holds `dir`. */
export class GitRevision {
  private readonly files = new Map<string, Set<string>>();

  private constructor(readonly root: string, readonly ref: string, private readonly commit: string) {}

  /** Opens `ref` in the repository around `dir`; InputError when `dir` is in none or `ref` names no commit. */
  static open(dir: string, ref: string): GitRevision {
    if (ref === '' || ref.startsWith('-')) throw new InputError(`--base "${ref}": not a git revision`);
    const top = git(['rev-parse', '--show-toplevel'], dir);
    if (!top.ok) throw new InputError(`${displayPath(dir)}: not a git repository (--base needs one)`);
    const root = realDir(top.stdout.toString('utf8').trim());
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
    if (!commit.ok) throw new InputError(`--base ${ref}: no such commit, branch or tag in ${displayPath(root)}`);
    return new GitRevision(root, ref, commit.stdout.toString('utf8').trim());
  }

  /** The path of `file` or folder inside the repository ('' for its root), with forward slashes; undefined when it lies outside. */
  private inRepo(path: string, folder = false): string | undefined {
    const real = folder ? realDir(path) : join(realDir(dirname(path)), basename(path));
    const rel = relative(this.root, real);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  }

  /** The files directly inside `dir` at this commit (absolute paths, as in the working tree). */
  filesIn(dir: string): string[] {
    const rel = this.inRepo(dir, true);
    if (rel === undefined) return [];
    let names = this.files.get(rel);
    if (!names) {
      const listed = git(['ls-tree', '-z', this.commit, '--', rel === '' ? '.' : `${rel}/`], this.root);
      const entries = listed.ok ? listed.stdout.toString('utf8').split('\0').filter(Boolean) : [];
      // "<mode> blob <hash>\t<path>": files only, not folders.
      names = new Set(entries.filter((e) => /^\S+ blob /.test(e)).map((e) => e.slice(e.indexOf('\t') + 1).split('/').pop()!));
      this.files.set(rel, names);
    }
    return [...names].map((name) => join(dir, name));
  }

  /** The text of `file` at this commit, or undefined when the commit has no such file. */
  read(file: string): string | undefined {
    const rel = this.inRepo(file);
    if (rel === undefined) throw new InputError(`${displayPath(file)}: outside the git repository ${displayPath(this.root)}`);
    if (!this.filesIn(dirname(file)).includes(file)) return undefined;
    const shown = git(['show', `${this.commit}:${rel}`], this.root);
    if (!shown.ok) return undefined;
    const decoded = decodeText(shown.stdout);
    if (!decoded.ok) throw new InputError(`${displayPath(file)} at ${this.ref}: ${decoded.problem}`);
    return decoded.text;
  }
}
