// The output formats of `fedipolicy lint`. Every formatter takes findings
// whose `file` is already the display path (relative to the working folder).
import type { Finding, Severity } from '../../engine/types';
import { allRules, docsUrl, ruleById } from '../../engine';
import { makeStyle, severityStyle } from './style';

export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface LintOutput {
  /** Every file that was checked (display paths), in order, including clean ones. */
  files: string[];
  findings: Finding[];
}

export interface FormatOptions {
  color: boolean;
  version: string;
}

/** A finding as `lint --format json` prints it (ESLint-style fix range). */
export function findingToJson(f: Finding): Record<string, unknown> {
  return {
    file: f.file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.fix ? { fix: { range: [f.fix.edit.start, f.fix.edit.end], text: f.fix.edit.text, title: f.fix.title } } : {}),
    ...(f.related?.length ? { related: f.related } : {}),
  };
}

function formatJson(out: LintOutput): string {
  return `${JSON.stringify(out.findings.map(findingToJson), null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

function formatStylish(out: LintOutput, options: FormatOptions): string {
  const style = makeStyle(options.color);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of out.findings) {
    const inFile = byFile.get(f.file);
    if (inFile) inFile.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [, findings] of byFile) {
    const where = findings.map((f) => `${f.file}:${f.line}:${f.column}`);
    const whereWidth = Math.max(...where.map((w) => w.length));
    const severityWidth = Math.max(...findings.map((f) => f.severity.length));
    findings.forEach((f, i) => {
      const paint = severityStyle(style, f.severity);
      lines.push(`${where[i].padEnd(whereWidth)}  ${paint(f.severity.padEnd(severityWidth))}  ${f.message}  ${style.dim(f.ruleId)}`);
      for (const r of f.related ?? []) lines.push(style.dim(`  ${r.file}:${r.line}:${r.column}  ${r.message}`));
    });
    lines.push('');
  }
  const total = out.findings.length;
  if (total === 0) {
    lines.push(style.green(`No problems found (${plural(out.files.length, 'file')} checked).`));
  } else {
    const errors = count(out.findings, 'error');
    const summary = `${errors > 0 ? '✖' : '⚠'} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(count(out.findings, 'warning'), 'warning')}, ${count(out.findings, 'info')} info) in ${plural(byFile.size, 'file')}`;
    lines.push(style.bold(errors > 0 ? style.red(summary) : style.yellow(summary)));
    const fixable = out.findings.filter((f) => f.fix).length;
    if (fixable > 0) lines.push(`  ${plural(fixable, 'problem')} fixable with --fix`);
  }
  return `${lines.join('\n')}\n`;
}

/** GitHub workflow commands: data escapes %, CR, LF; properties also `:` and `,`. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function formatGithub(out: LintOutput): string {
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  return out.findings
    .map(
      (f) =>
        `::${level[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(f.ruleId)}::${escapeData(f.message)}\n`,
    )
    .join('');
}

/** Escapes XML text and attribute values, and drops characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function formatJunit(out: LintOutput): string {
  const failures = out.findings.length;
  const suites = out.files.map((file) => {
    const findings = out.findings.filter((f) => f.file === file);
    const name = escapeXml(file);
    const cases = findings.length
      ? findings.map((f) => {
          const where = `${f.file}:${f.line}:${f.column}`;
          return (
            `    <testcase name="${escapeXml(`${f.ruleId} (${f.line}:${f.column})`)}" classname="${name}">\n` +
            `      <failure message="${escapeXml(f.message)}" type="${f.severity}">${escapeXml(`${where} ${f.severity} ${f.message} (${f.ruleId})`)}</failure>\n` +
            `    </testcase>`
          );
        })
      : [`    <testcase name="fedipolicy" classname="${name}"/>`];
    return `  <testsuite name="${name}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = out.files.reduce((n, file) => n + Math.max(1, out.findings.filter((f) => f.file === file).length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fedipolicy" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

const SARIF_LEVEL: Record<string, 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** A relative path as a URI reference (each segment percent-encoded), or a file: URI for absolute paths. */
function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  if (file.startsWith('/')) return { uri: `file://${encode(file)}` };
  if (/^[A-Za-z]:[\\/]/.test(file)) return { uri: `file:///${encode(file.replace(/\\/g, '/'))}` };
  return { uri: encode(file), uriBaseId: '%SRCROOT%' };
}

function formatSarif(out: LintOutput, options: FormatOptions, cwd: string): string {
  const rules = allRules().map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.message },
    helpUri: docsUrl(r.id),
    help: { text: `${r.summary} See ${docsUrl(r.id)}`, markdown: `${r.summary} [Rule documentation](${docsUrl(r.id)})` },
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: { tags: ['policy', r.group] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Findings that are not rules of the catalog (input-too-large, internal-error) still need a descriptor.
  for (const f of out.findings) {
    if (index.has(f.ruleId) || ruleById(f.ruleId)) continue;
    index.set(f.ruleId, rules.length);
    rules.push({
      id: f.ruleId,
      name: f.ruleId,
      shortDescription: { text: f.ruleId === 'input-too-large' ? 'The document is too large to check.' : 'fedipolicy could not check the document.' },
      fullDescription: { text: f.message },
      helpUri: 'https://github.com/fedipolicy/fedipolicy#readme',
      help: { text: f.message, markdown: f.message },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['policy', 'internal'] },
    });
  }
  const results = out.findings.map((f) => {
    const location = artifactUri(f.file);
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      ...(f.related?.length
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              message: { text: r.message },
              physicalLocation: {
                artifactLocation: artifactUri(r.file),
                region: { startLine: r.line, startColumn: r.column, ...(r.endLine !== undefined ? { endLine: r.endLine, endColumn: r.endColumn } : {}) },
              },
            })),
          }
        : {}),
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: f.fix.title },
                artifactChanges: [
                  {
                    artifactLocation: location,
                    replacements: [
                      {
                        deletedRegion: { charOffset: f.fix.edit.start, charLength: f.fix.edit.end - f.fix.edit.start },
                        insertedContent: { text: f.fix.edit.text },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fedipolicy',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/fedipolicy/fedipolicy',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${artifactUri(cwd).uri.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

export function formatLint(format: LintFormat, out: LintOutput, options: FormatOptions, cwd: string): string {
  switch (format) {
    case 'json':
      return formatJson(out);
    case 'sarif':
      return formatSarif(out, options, cwd);
    case 'github':
      return formatGithub(out);
    case 'junit':
      return formatJunit(out);
    case 'stylish':
      return formatStylish(out, options);
  }
}
