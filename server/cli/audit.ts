// `fedipolicy audit <domain | https URL>`: fetch an instance's policies, lint
// them as one set and print a graded report card.
// Exit codes: 0 grade at least --min-grade (default B), 1 below it, 2 errors.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeSource, type InstanceInfo } from '../engine';
import { existingConfigIn, SCHEMA_URL } from '../project/init';
import { AuditError, DEFAULT_LIMITS } from '../audit/fetch';
import { GRADES, gradeFormulaLines, meetsGrade, type Grade } from '../audit/grade';
import { SET_FILES } from '../audit/policy-set';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../audit/render';
import { runAudit, type AuditResult } from '../audit/run';

export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const AUDIT_HELP = `Usage: fedipolicy audit <domain | https URL> [options]

Fetches an instance's public policies from its Mastodon API
(/api/v2/instance, /api/v1/instance/privacy_policy,
/api/v1/instance/terms_of_service, /api/v1/instance/rules), converts them
to Markdown, lints them as one policy set and prints a report card: a grade
from A to E, each requirement as met (with the sentence that meets it) or
missing (with why it matters), and the other findings. The instance's
contact e-mail and account and its minimum age (registrations.min_age) count
as evidence: the audit writes them into a small generated about.md.

Options:
  --format text|md|json|html  report format (default: text, or from the
                              --output file's extension)
  --output FILE, -o FILE      write the report to FILE instead of stdout
  --save DIR                  also write the fetched documents as Markdown
                              (privacy.md, terms.md, rules.md) into DIR, and
                              a .fedipolicy.json with what the API states
                              (domain, title, contact e-mail and account,
                              minimum age); existing files are never overwritten
  --min-grade A-E             lowest grade that exits 0 (default: B)
  --timeout SECONDS           per-request timeout (default: ${DEFAULT_LIMITS.timeoutMs / 1000})
  --allow-http                allow plain http (for local test servers)
  -h, --help                  show this help

Network: https only (unless --allow-http), no https -> http redirects, at
most ${DEFAULT_LIMITS.maxRedirects} redirects, ${DEFAULT_LIMITS.maxBytes / (1024 * 1024)} MB per response, one retry after a 429
(waiting as Retry-After asks, up to ${DEFAULT_LIMITS.maxRetryAfterMs / 1000} s).

Grade (in the spirit of ToS;DR's points):
${gradeFormulaLines()
  .map((line) => `  ${line}`)
  .join('\n')}

Exit codes: 0 grade at least --min-grade, 1 below it, 2 on errors
(network, not a Mastodon-compatible server, bad arguments).
`;

interface ParsedArgs {
  target: string;
  format: ReportFormat;
  output?: string;
  save?: string;
  minGrade: Grade;
  timeoutMs: number;
  allowHttp: boolean;
}

export async function auditCommand(argv: string[], io: CommandIo): Promise<number> {
  let args: ParsedArgs | 'help';
  try {
    args = parseAuditArgs(argv);
  } catch (error) {
    io.stderr(`fedipolicy audit: ${messageOf(error)}\n`);
    return 2;
  }
  if (args === 'help') {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  try {
    if (args.save !== undefined) checkSaveDir(args.save);
    const result = await runAudit(args.target, { allowHttp: args.allowHttp, timeoutMs: args.timeoutMs });
    if (args.save !== undefined) {
      saveDocuments(result, args.save);
      saveConfig(result, args.save, io);
    }
    const rendered = renderReport(result.report, args.format);
    if (args.output !== undefined) writeOutput(args.output, rendered);
    else io.stdout(rendered);
    return meetsGrade(result.report.grade.grade, args.minGrade) ? 0 : 1;
  } catch (error) {
    io.stderr(`fedipolicy audit: ${messageOf(error)}\n`);
    return 2;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AuditError) return error.message;
  // Anything else is a bug; still one line, never a stack trace.
  return `internal error: ${error instanceof Error ? error.message : String(error)}`.replace(/\s+/g, ' ');
}

function parseAuditArgs(argv: string[]): ParsedArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        save: { type: 'string' },
        'min-grade': { type: 'string' },
        timeout: { type: 'string' },
        'allow-http': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new AuditError('usage', error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) {
    throw new AuditError('usage', positionals.length === 0 ? 'give the domain of an instance, e.g. fedipolicy audit mastodon.example' : `audit one instance at a time (got ${positionals.length})`);
  }
  const format = values.format ?? formatFromExtension(values.output) ?? 'text';
  if (!REPORT_FORMATS.includes(format as ReportFormat)) throw new AuditError('usage', `--format must be one of ${REPORT_FORMATS.join(', ')} (got ${format})`);
  const minGrade = (values['min-grade'] ?? 'B').toUpperCase();
  if (!GRADES.includes(minGrade as Grade)) throw new AuditError('usage', `--min-grade must be one of ${GRADES.join(', ')} (got ${values['min-grade']})`);
  let timeoutMs: number = DEFAULT_LIMITS.timeoutMs;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!/^\d+(\.\d+)?$/.test(values.timeout) || !(seconds > 0) || seconds > 600) {
      throw new AuditError('usage', `--timeout must be a number of seconds between 0 and 600 (got ${values.timeout})`);
    }
    timeoutMs = Math.round(seconds * 1000);
  }
  for (const [name, value] of [['--output', values.output], ['--save', values.save]] as const) {
    if (value !== undefined && value.trim() === '') throw new AuditError('usage', `${name} needs a path`);
  }
  return {
    target: positionals[0],
    format: format as ReportFormat,
    output: values.output,
    save: values.save,
    minGrade: minGrade as Grade,
    timeoutMs,
    allowHttp: values['allow-http'] ?? false,
  };
}

function formatFromExtension(file: string | undefined): ReportFormat | undefined {
  const ext = file === undefined ? '' : extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return undefined;
}

/** Fails before any network traffic when --save would overwrite an admin's files. */
function checkSaveDir(dir: string): void {
  for (const name of [SET_FILES.privacy, SET_FILES.terms, SET_FILES.rules]) {
    const path = join(dir, name);
    if (existsSync(path)) throw new AuditError('io', `--save: ${path} already exists; choose an empty directory (nothing was fetched or written)`);
  }
}

function saveDocuments(result: AuditResult, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const document of result.set.documents) {
      if (document.generated) continue; // about.md holds the audit's sentences, not the instance's text
      writeFileSync(join(dir, document.file), document.text, { flag: 'wx' });
    }
  } catch (error) {
    throw new AuditError('io', `--save: cannot write into ${dir}: ${(error as Error).message}`);
  }
}

/**
 * A `.fedipolicy.json` beside the saved documents with what the instance API
 * states about the instance, so that fixes in those documents insert it.
 * An existing configuration is left alone.
 */
function saveConfig(result: AuditResult, dir: string, io: CommandIo): void {
  const existing = existingConfigIn(dir);
  if (existing) {
    io.stderr(`fedipolicy audit: ${existing} already exists; the instance's details were not written into a config\n`);
    return;
  }
  const { instance } = result;
  const stated: [keyof InstanceInfo, string | number | undefined][] = [
    ['domain', instance.domain],
    ['name', instance.title],
    ['adminEmail', instance.contactEmail],
    ['adminAccount', instance.contactAccount],
    ['minimumAge', instance.minAge],
  ];
  const values = stated.filter((entry): entry is [keyof InstanceInfo, string | number] => entry[1] !== undefined);
  const documents = result.set.documents.filter((d) => !d.generated).map((d) => ({ files: d.file, kind: d.kind }));
  const config = { $schema: SCHEMA_URL, extends: 'fedipolicy:recommended', documents, instance: Object.fromEntries(values), rules: {} };
  const path = join(dir, '.fedipolicy.json');
  try {
    writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    throw new AuditError('io', `--save: cannot write ${path}: ${(error as Error).message}`);
  }
  const source = describeSource({ from: 'instance-api', url: instance.endpoints.instance });
  io.stderr(`fedipolicy audit: wrote ${path}\n${values.map(([key, value]) => `  instance.${key} = ${JSON.stringify(value)}  (read from ${source})\n`).join('')}`);
}

function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new AuditError('io', `--output: cannot write ${file}: ${(error as Error).message}`);
  }
}
