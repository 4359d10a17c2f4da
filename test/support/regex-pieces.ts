// Splits a large pattern into smaller ones that a backtracking checker can
// analyse in time, without hiding any backtracking: a top-level alternation
// `A|B|C` (and the group in `(?<!x)(?:A|B|C)(?!y)`) is tried one alternative
// after the other, so its cost is the sum of the alternatives' costs and each
// group of alternatives can be checked on its own, with the same lookarounds.

/** Splits `source` at `|` outside groups and character classes. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  eachSyntaxIndex(source, (i) => {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  });
  out.push(source.slice(start));
  return out;
}

/** Calls `visit` with each index of `source` that is outside escapes and character classes. */
function eachSyntaxIndex(source: string, visit: (i: number) => number | void): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    const next = visit(i);
    if (typeof next === 'number') i = next;
  }
}

/** The index of the `)` that closes the group opening at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  let found = -1;
  eachSyntaxIndex(source, (i) => {
    if (found >= 0 || i < open) return;
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) found = i;
  });
  return found;
}

/** Pieces of at most `size` alternatives each whose union is `source` (or `source` itself when it has no such shape). */
export function pieces(source: string, size = 12): string[] {
  const out: string[] = [];
  for (const part of topLevelAlternatives(source)) {
    // An optional lookbehind, then one non-capturing group, then an optional lookahead, and nothing else.
    const behind = /^\(\?<!/.test(part) ? closing(part, 0) + 1 : 0;
    const groupEnd = part.startsWith('(?:', behind) ? closing(part, behind) : -1;
    const rest = groupEnd < 0 ? '' : part.slice(groupEnd + 1);
    const ahead = rest === '' || (rest.startsWith('(?!') && closing(rest, 0) === rest.length - 1);
    if (groupEnd < 0 || !ahead) {
      out.push(part);
      continue;
    }
    const alternatives = topLevelAlternatives(part.slice(behind + 3, groupEnd));
    for (let i = 0; i < alternatives.length; i += size) out.push(`${part.slice(0, behind)}(?:${alternatives.slice(i, i + size).join('|')})${rest}`);
  }
  return out;
}

/**
 * Whether the pattern repeats without bound (`*`, `+`, `{n,}`) a group that
 * itself repeats or branches: the shape every exponential backtracking needs.
 */
export function repeatsBranchingGroup(source: string): boolean {
  let found = false;
  eachSyntaxIndex(source, (i) => {
    if (found || source[i] !== '(') return;
    const end = closing(source, i);
    const after = source.slice(end + 1, end + 12);
    if (/^(?:[*+]|\{\d+,\})/.test(after) && /[*+|{]/.test(source.slice(i + 1, end).replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''))) found = true;
  });
  return found;
}
