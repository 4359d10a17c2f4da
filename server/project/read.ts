// Reading policy and configuration files as text, with one clear problem
// statement for everything that is not a readable UTF-8 text file.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

export type TextRead = { ok: true; text: string; bom: boolean } | { ok: false; problem: string };

const BOM = '\uFEFF';

/** Decodes bytes as strict UTF-8; a leading byte-order mark is removed and reported. */
export function decodeText(bytes: Uint8Array): TextRead {
  if (bytes.includes(0)) return { ok: false, problem: 'is a binary file (contains NUL bytes), not a text document' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'is not valid UTF-8 text (save it as UTF-8)' };
  }
  const bom = text.startsWith(BOM);
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ENOTDIR':
      return 'no such file (a parent is not a directory)';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function tooLarge(size: string, maxChars: number): string {
  return `is too large (${size}, over the limit of ${maxChars} characters set by maxDocumentSize); it was not read`;
}

/**
 * Reads a text file of at most `maxChars` UTF-16 code units. A file that must
 * be over the limit (more than three bytes per character) is refused from its
 * size alone, before anything is read into memory.
 */
export function readText(file: string, maxChars = Number.POSITIVE_INFINITY): TextRead {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const { size } = fstatSync(fd);
    if (size > 3 * maxChars + 3) return { ok: false, problem: tooLarge(`${(size / (1024 * 1024)).toFixed(1)} MB`, maxChars) };
    bytes = readFileSync(fd);
  } catch (error) {
    return { ok: false, problem: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const read = decodeText(bytes);
  if (read.ok && read.text.length > maxChars) return { ok: false, problem: tooLarge(`${read.text.length} characters`, maxChars) };
  return read;
}

/** Restores what `decodeText` removed, so a rewritten file keeps its byte-order mark. */
export function encodeText(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
