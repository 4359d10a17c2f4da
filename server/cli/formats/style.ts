// ANSI styling, applied only when the output is a terminal without NO_COLOR.
import type { Severity } from '../../engine/types';

export interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
  underline: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  blue: (s: string) => string;
  green: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function makeStyle(color: boolean): Style {
  if (!color) {
    const plain = (s: string) => s;
    return { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, blue: plain, green: plain };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), underline: wrap(4, 24), red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39) };
}

export function severityStyle(style: Style, severity: Severity): (s: string) => string {
  return severity === 'error' ? style.red : severity === 'warning' ? style.yellow : style.blue;
}
