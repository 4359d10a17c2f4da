import type { Position } from './types';

/** Start offsets of every line; built once per text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line/column of an offset. */
export function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Offset of a 1-based line/column, clamped to the text. */
export function offsetAt(starts: number[], pos: Position, textLength: number): number {
  const line = Math.min(Math.max(pos.line, 1), starts.length);
  return Math.min(starts[line - 1] + Math.max(pos.column - 1, 0), textLength);
}
