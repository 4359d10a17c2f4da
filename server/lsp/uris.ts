// file: URIs to paths and back. Other schemes (untitled:, vscode-notebook-cell:)
// have no path: such documents are linted on their own.
import { fileURLToPath, pathToFileURL } from 'node:url';

export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined; // a file: URI with a host or bad escapes
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(path).href;
}
