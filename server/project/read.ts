// Reading policy and configuration files as text, with one clear problem
// statement for everything that is not a readable UTF-8 text file.
import { readFileSync } from 'node:fs';

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

export function readText(file: string): TextRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, problem: describeFsError(error) };
  }
  return decodeText(bytes);
}

/** Restores what `decodeText` removed, so a rewritten file keeps its byte-order mark. */
export function encodeText(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
