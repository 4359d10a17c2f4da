// How files are named to people: relative to the working folder when inside
// it (with forward slashes, as every output format and CI annotation expects).
import { isAbsolute, relative, sep } from 'node:path';

export function displayPath(file: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(file)) return file.split(sep).join('/');
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}
