// Code actions over the findings of one document: the finding's own fix, a
// fix-all that applies every fix the way `applyFixes` does, and inline
// directives that disable a rule for a line or for the file.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, CLAUSE_MARKER, ruleById, type Edit, type Finding } from '../engine/index';
import { SOURCE } from './diagnostics';
import { readFrontMatter } from './frontMatter';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fedipolicy`;

export interface ActionContext {
  doc: TextDocument;
  /** Findings of this document from a lint of exactly `doc.version`. */
  findings: Finding[];
  /** The client's diagnostics for the range (attached to quick fixes so the editor links them). */
  diagnostics: Diagnostic[];
  only?: string[];
  /** Use versioned `documentChanges` (the client drops the edit if the text moved on). */
  versionedEdits: boolean;
  toDiagnostic(finding: Finding): Diagnostic;
  /** The document's text after every fix (as `fedipolicy lint --fix` would write it); asked only when fix-all is wanted. */
  fixedText(): string;
  /** The client resolves code actions (`codeAction/resolve`): fix-all's edit is computed only when chosen. */
  resolveLater: boolean;
  /** How the client takes an edit whose [INSERT ...] markers become tab stops (none: plain text). */
  snippets?: SnippetSupport;
}

/** LSP 3.18 snippet text edits in workspace edits, or a client command that inserts a snippet (VS Code's `editor.insertSnippet`). */
export type SnippetSupport = { kind: 'edit' } | { kind: 'command'; command: string };

export function codeActions(range: Range, ctx: ActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const start = ctx.doc.offsetAt(range.start);
  const end = ctx.doc.offsetAt(range.end);
  const touched = findingsAsked(ctx, ctx.findings.filter((f) => f.start <= end && start <= f.end));

  if (wants(ctx.only, CodeActionKind.QuickFix)) {
    const fileDisables = new Set<string>();
    for (const finding of touched) {
      const diagnostic = matchingDiagnostic(finding, ctx);
      if (finding.fix) {
        actions.push({
          title: finding.fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          diagnostics: [diagnostic],
          ...fixApplication(ctx, finding.fix.edit),
        });
      }
      if (!ruleById(finding.ruleId)) continue; // engine findings (input-too-large...) cannot be disabled
      actions.push({
        title: `Disable ${finding.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(ctx, [toTextEdit(ctx.doc, disableLineEdit(ctx.doc, finding))]),
      });
      if (!fileDisables.has(finding.ruleId)) {
        fileDisables.add(finding.ruleId);
        actions.push({
          title: `Disable ${finding.ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(ctx, [toTextEdit(ctx.doc, disableFileEdit(ctx.doc, finding.ruleId))]),
        });
      }
    }
  }

  // Fix-all re-lints between passes (hundreds of ms): clients that can resolve
  // an action get it without its edit, others only when they ask for it by kind.
  if (wants(ctx.only, FIX_ALL_KIND) && ctx.findings.some((f) => f.fix) && (ctx.resolveLater || ctx.only)) {
    const action: CodeAction = { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND };
    if (ctx.resolveLater) {
      action.data = { uri: ctx.doc.uri, version: ctx.doc.version } satisfies FixAllData;
      actions.push(action);
    } else {
      const resolved = resolveFixAll(action, ctx);
      if (resolved.edit) actions.push(resolved);
    }
  }
  return actions;
}

export const FIX_ALL_TITLE = 'Apply all fedipolicy fixes';

/** What a fix-all action carries until it is resolved. */
export interface FixAllData {
  uri: string;
  version: number;
}

/** Adds the edit to a fix-all action (none when nothing would change). */
export function resolveFixAll(action: CodeAction, ctx: Pick<ActionContext, 'doc' | 'findings' | 'versionedEdits' | 'fixedText'>): CodeAction {
  const edits = fixAllEdits(ctx.doc.getText(), ctx.fixedText(), ctx.findings);
  if (edits.length === 0) return { ...action, data: undefined };
  return { ...action, data: undefined, edit: workspaceEdit(ctx, edits.map((e) => toTextEdit(ctx.doc, e))) };
}

/**
 * Whether a client asking for `only` wants actions of `kind` (LSP kinds are
 * hierarchical: asking for `source` includes `source.fixAll.fedipolicy`).
 * Without `only`, every kind is wanted (so the light bulb offers fix-all too).
 */
function wants(only: string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  const { start: as, end: ae } = a.range;
  const { start: bs, end: be } = b.range;
  return a.code === b.code && as.line === bs.line && as.character === bs.character && ae.line === be.line && ae.character === be.character;
}

/**
 * Several findings often share a range (missing requirements sit on one
 * heading). When the client names the diagnostics it asks about (the one under
 * the mouse), only their findings get actions; otherwise all in the range do.
 */
function findingsAsked(ctx: ActionContext, inRange: Finding[]): Finding[] {
  const asked = ctx.diagnostics.filter((d) => d?.source === SOURCE && d.range);
  if (asked.length === 0) return inRange;
  const matching = inRange.filter((f) => asked.some((d) => sameDiagnostic(d, ctx.toDiagnostic(f))));
  return matching.length ? matching : inRange;
}

function matchingDiagnostic(finding: Finding, ctx: ActionContext): Diagnostic {
  const own = ctx.toDiagnostic(finding);
  return ctx.diagnostics.find((d) => d?.range && sameDiagnostic(d, own)) ?? own;
}

function workspaceEdit(ctx: Pick<ActionContext, 'doc' | 'versionedEdits'>, edits: TextEdit[]): WorkspaceEdit {
  if (ctx.versionedEdits) return { documentChanges: [{ textDocument: { uri: ctx.doc.uri, version: ctx.doc.version }, edits }] };
  return { changes: { [ctx.doc.uri]: edits } };
}

/**
 * How a quick fix applies its edit: as a snippet whose [INSERT ...] markers are
 * tab stops (the marker is the default text, so a stop left alone is still
 * flagged), when the client can take one; else as plain text.
 */
function fixApplication(ctx: ActionContext, edit: Edit): Pick<CodeAction, 'edit' | 'command'> {
  const snippet = snippetOf(edit.text);
  const textEdit = toTextEdit(ctx.doc, edit);
  if (!ctx.snippets || snippet === undefined) return { edit: workspaceEdit(ctx, [textEdit]) };
  if (ctx.snippets.kind === 'command') {
    return { command: { title: 'Insert the clause', command: ctx.snippets.command, arguments: [ctx.doc.uri, ctx.doc.version, textEdit.range, snippet] } };
  }
  // SnippetTextEdit (LSP 3.18) lives only in versioned document changes; vscode-languageserver 9 has no type for it yet.
  const snippetEdit = { range: textEdit.range, snippet: { kind: 'snippet', value: snippet } } as unknown as TextEdit;
  return { edit: { documentChanges: [{ textDocument: { uri: ctx.doc.uri, version: ctx.doc.version }, edits: [snippetEdit] }] } };
}

/** The text as a snippet with each [INSERT ...] marker a numbered tab stop, or undefined when it has none. */
export function snippetOf(text: string): string | undefined {
  const markers = [...text.matchAll(CLAUSE_MARKER)];
  if (markers.length === 0) return undefined;
  const escape = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);
  let out = '';
  let last = 0;
  markers.forEach((m, i) => {
    out += `${escape(text.slice(last, m.index))}\${${i + 1}:${escape(m[0])}}`;
    last = m.index + m[0].length;
  });
  return out + escape(text.slice(last));
}

function toTextEdit(doc: TextDocument, edit: Edit): TextEdit {
  return { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.text };
}

/**
 * The edits that turn `text` into `fixed`. Usually that is exactly the set of
 * fixes `applyEdits` takes from the findings; when the fixes needed several
 * passes (a clause inserted in one pass creates the section the next one
 * uses), it is one edit over the region that changed.
 */
export function fixAllEdits(text: string, fixed: string, findings: Finding[]): Edit[] {
  if (fixed === text) return [];
  const onePass = applyEdits(
    text,
    findings.flatMap((f) => (f.fix ? [f.fix.edit] : [])),
  );
  return onePass.text === fixed ? onePass.applied : [changedRegion(text, fixed)];
}

function changedRegion(before: string, after: string): Edit {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

const REASON = 'reason: ...';

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** `<!-- fedipolicy-disable-next-line RULE -- reason: ... -->` above the finding's first line, indented like it. */
export function disableLineEdit(doc: TextDocument, finding: Finding): Edit {
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line: doc.positionAt(finding.start).line, character: 0 });
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  const comment = `${indent}<!-- fedipolicy-disable-next-line ${finding.ruleId} -- ${REASON} -->${lineBreakOf(text)}`;
  return { start: lineStart, end: lineStart, text: comment };
}

/** `<!-- fedipolicy-disable-file RULE -- reason: ... -->` at the top, after any front matter. */
export function disableFileEdit(doc: TextDocument, ruleId: string): Edit {
  const text = doc.getText();
  const eol = lineBreakOf(text);
  const comment = `<!-- fedipolicy-disable-file ${ruleId} -- ${REASON} -->${eol}`;
  const front = readFrontMatter(text);
  if (!front) {
    const afterBom = text.startsWith('\uFEFF') ? 1 : 0;
    return { start: afterBom, end: afterBom, text: comment };
  }
  return { start: front.end, end: front.end, text: front.endsAtEof ? eol + comment : comment };
}

/**
 * What the client announced: LSP 3.18's `workspace.workspaceEdit.snippetEditSupport`,
 * else a command named in `initializationOptions.snippetCommand` (the VS Code client's).
 */
export function snippetSupport(params: { capabilities?: unknown; initializationOptions?: unknown } | undefined): SnippetSupport | undefined {
  const workspaceEdit = (params?.capabilities as { workspace?: { workspaceEdit?: { snippetEditSupport?: unknown } } } | undefined)?.workspace?.workspaceEdit;
  if (workspaceEdit?.snippetEditSupport === true) return { kind: 'edit' };
  const command = (params?.initializationOptions as { snippetCommand?: unknown } | undefined)?.snippetCommand;
  return typeof command === 'string' && command !== '' ? { kind: 'command', command } : undefined;
}
