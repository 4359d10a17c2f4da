// `lint --fix`: apply every fix of a set, then write the changed files the
// user named, each atomically (a temporary file in the same folder, renamed
// over the original), and only after checking that all of them can be written.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixSet } from '../engine';
import { displayPath, encodeText, InputError, type PolicySet } from '../project';

export interface PlannedWrite {
  file: string;
  text: string;
  bom: boolean;
  /** The text before the fixes. */
  before: string;
}

/** `--fix-dry-run`: the change a planned write makes, as a unified diff (a/ and b/ paths, as git prints them). */
export function unifiedDiff(write: PlannedWrite, cwd: string): string {
  const name = displayPath(write.file, cwd).replace(/\\/g, '/');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, write.before, write.text, '', '', { context: 3 });
  // Drop the "====" line diff adds above the file names, and the empty header tabs.
  return patch.split('\n').filter((line) => !/^={10,}$/.test(line)).map((line) => (line.startsWith('--- ') || line.startsWith('+++ ') ? line.replace(/\t$/, '') : line)).join('\n');
}

/** The fixed text of every target document that changes. Updates the set's documents in place, unless `keep`. */
export function planFixes(set: PolicySet, options: { keep?: boolean } = {}): PlannedWrite[] {
  const fixed = fixSet(
    set.documents.map(({ file, text, kind }) => ({ file, text, ...(kind ? { kind } : {}) })),
    set.config.engine,
  );
  const writes: PlannedWrite[] = [];
  for (const doc of set.documents) {
    const text = fixed.get(doc.file);
    if (!doc.target || text === undefined || text === doc.text) continue;
    writes.push({ file: doc.file, text, bom: doc.bom, before: doc.text });
    if (!options.keep) doc.text = text;
  }
  return writes;
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

function checkWritable(file: string, name: string): void {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch (error) {
    throw new InputError(`${name}: cannot write fixes (${errnoCode(error)})`);
  }
  // Checked by mode too: as root, access() says every file is writable.
  let writable = (mode & 0o222) !== 0;
  if (writable) {
    try {
      accessSync(file, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) throw new InputError(`${name}: the file is read-only; no fixes were written`);
}

function writeAtomically(file: string, text: string, name: string): void {
  const mode = statSync(file).mode & 0o7777;
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.fedipolicy-tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode, flag: 'wx' });
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was created.
    }
    throw new InputError(`${name}: cannot write fixes (${errnoCode(error)})`);
  }
}

/** Writes every planned file, or none when one of them cannot be written. */
export function writeFixes(writes: PlannedWrite[]): void {
  // Through symlinks to the real file, so that the link stays a link.
  const real = writes.map((w) => ({ ...w, path: realpathSync(w.file) }));
  real.forEach((w) => checkWritable(w.path, displayPath(w.file)));
  for (const w of real) writeAtomically(w.path, encodeText(w.text, w.bom), displayPath(w.file));
}
