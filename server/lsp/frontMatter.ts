// YAML front matter, only as far as the server needs it: where it ends (file
// level directives go after it) and whether it names fedipolicy (which makes
// any Markdown file a policy document).
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  /** The YAML between the fences. */
  yaml: string;
  /** Offset just after the closing fence line (where the body starts). */
  end: number;
  /** Whether the closing fence ends the text without a line break after it. */
  endsAtEof: boolean;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(\r?\n|$)/gm;

export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  CLOSE.lastIndex = open[0].length;
  const close = CLOSE.exec(text);
  if (!close) return undefined;
  return {
    yaml: text.slice(open[0].length, close.index),
    end: close.index + close[0].length,
    endsAtEof: close[1] === '',
  };
}

/** True when the front matter is a YAML mapping with a top-level `fedipolicy` key. */
export function declaresFedipolicy(text: string): boolean {
  const front = readFrontMatter(text);
  // Cheap test first: most Markdown files have no front matter or no such key.
  if (!front || !front.yaml.includes('fedipolicy')) return false;
  try {
    const data: unknown = parseYaml(front.yaml, { maxAliasCount: 10 });
    return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'fedipolicy');
  } catch {
    return false; // broken YAML is the engine's to report, not a reason to lint
  }
}
