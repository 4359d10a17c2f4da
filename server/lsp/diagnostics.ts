// Findings to LSP diagnostics. Ranges come from the findings' offsets through
// the document the engine read, so the editor and the CLI point at the same text.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, ruleById, type Finding, type Severity } from '../engine/index';

export const SOURCE = 'fedipolicy';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function findingRange(finding: Finding, doc: TextDocument): Range {
  return { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) };
}

/**
 * @param uriOf maps the `file` names the engine saw (findings, related places) back to URIs.
 * @param relatedInformation whether the client shows related places (its publishDiagnostics capability);
 *   without it the message alone names them ("Line 40 mentions backups...").
 */
export function toDiagnostic(finding: Finding, doc: TextDocument, uriOf: (file: string) => string, relatedInformation: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(finding, doc),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.ruleId,
    message: finding.message,
  };
  // Engine-made findings (input-too-large, internal-error) have no rule and no docs page.
  if (ruleById(finding.ruleId)) diagnostic.codeDescription = { href: docsUrl(finding.ruleId) };
  if (relatedInformation && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r): DiagnosticRelatedInformation => {
        const start = { line: Math.max(r.line - 1, 0), character: Math.max(r.column - 1, 0) };
        const end = r.endLine === undefined ? start : { line: Math.max(r.endLine - 1, 0), character: Math.max((r.endColumn ?? r.column) - 1, 0) };
        return { location: { uri: uriOf(r.file), range: { start, end } }, message: r.message };
      },
    );
  }
  return diagnostic;
}

/** A problem outside any rule (a broken config file) as a diagnostic. */
export function problemDiagnostic(range: Range, message: string, code: string): Diagnostic {
  return { range, severity: DiagnosticSeverity.Error, source: SOURCE, code, message };
}

/** One log entry per internal-error finding, with the stack the engine attached (for the output channel). */
export function internalErrorLogs(findings: Finding[]): string[] {
  return findings
    .filter((f) => f.ruleId === 'internal-error')
    .map((f) => {
      const stack = (f as Finding & { stack?: string }).stack;
      return `${f.file}: ${f.message}${stack ? `\n${stack}` : ''}`;
    });
}
