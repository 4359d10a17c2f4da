// Inline comments that turn rules off: <!-- fedipolicy-disable RULE -- reason -->,
// fedipolicy-enable, fedipolicy-disable-next-line, fedipolicy-disable-line, fedipolicy-disable-file.
import type { Directive } from './model';

const names = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/** Whether a finding of `ruleId` on `line` (1-based) is turned off by the document's comments. */
export function isSuppressed(directives: Directive[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    if (!names(d, ruleId)) continue;
    switch (d.kind) {
      case 'disable-file':
        return true;
      case 'disable-next-line':
        if (line === d.line + 1) return true;
        break;
      case 'disable-line':
        if (line >= d.startLine && line <= d.line) return true;
        break;
      case 'disable':
        if (d.startLine <= line) disabled = true;
        break;
      case 'enable':
        if (d.startLine <= line) disabled = false;
        break;
    }
  }
  return disabled;
}
