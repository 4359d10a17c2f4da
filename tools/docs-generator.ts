// Turns the rule registry into the published rule pages (docs/rules/*.md).
// The rendering is pure so that the check mode, the write mode and the test
// all compare exactly the same text.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RuleDefinition } from '../server/engine/rule';
import type { RuleGroup } from '../server/engine/types';
import { allRules, recognisedWording } from '../server/engine/registry';
import { LANGUAGES } from '../server/engine/vocabulary/languages';

/** The headings every docs source (rules/<id>/README.md) must have, in this order, after the `# <id>` title. */
export const REQUIRED_HEADINGS = ['## Why it matters', '## What counts', '## Parameters'] as const;

export const INDEX_FILE = 'README.md';

const GROUP_LABELS: Record<RuleGroup, string> = {
  data: 'Data collected',
  retention: 'Retention',
  covenant: 'Mastodon Server Covenant',
  ai: 'AI and scraping',
  know: 'What users should know',
  hygiene: 'Hygiene',
};

/** Where each clause placeholder's value comes from in the config's `instance` block. */
const PLACEHOLDER_SOURCES: Record<string, string> = {
  domain: '`domain`',
  name: '`name`',
  contact: '`adminEmail`, `contactUrl` or `adminAccount`',
  jurisdiction: '`jurisdiction`',
  minimumAge: '`minimumAge`',
  ipRetention: '`ipRetentionDays`',
  logRetention: '`logRetentionDays`',
  loginRetention: '`loginRetentionDays`',
  shutdownNotice: '`shutdownNoticeDays`',
  backupFrequency: '`backupFrequency`',
  hostingProvider: '`hostingProvider`',
  emailProvider: '`emailProvider`',
};

export const PLACEHOLDER_NAMES: readonly string[] = Object.keys(PLACEHOLDER_SOURCES);

/** Each language under its own name ("Deutsch", not "German"); a language not listed here goes by its English name. */
const LANGUAGE_TITLES: Record<string, string> = { en: 'English', de: 'Deutsch', fr: 'Français', ja: '日本語', es: 'Español' };

function languageTitle(language: string): string {
  return LANGUAGE_TITLES[language] ?? LANGUAGES.find((l) => l.language === language)?.name ?? language;
}

export function groupLabel(group: RuleGroup): string {
  return GROUP_LABELS[group] ?? group;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** The placeholder names a clause uses, in order of first use. */
export function clausePlaceholders(clause: string): string[] {
  const names = [...clause.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
  return [...new Set(names)];
}

/** A fence longer than any run of backticks inside `text`, so examples that contain code blocks stay intact. */
function fenced(text: string, info = 'markdown'): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${normalise(text)}\n${fence}`;
}

/** What is wrong with a rule's docs, clause and examples (empty when all is well). */
export function validateRuleDocs(rule: RuleDefinition): string[] {
  const problems: string[] = [];
  const docs = normalise(rule.docs ?? '');
  const lines = docs.split('\n');
  if (lines[0] !== `# ${rule.id}`) problems.push(`${rule.id}: the docs source must start with "# ${rule.id}"`);
  const headings = lines.filter((line) => /^#{1,6} /.test(line));
  const expected = [`# ${rule.id}`, ...REQUIRED_HEADINGS];
  if (headings.join('\n') !== expected.join('\n')) {
    problems.push(`${rule.id}: the docs source must have exactly the headings ${expected.map((h) => `"${h}"`).join(', ')} (found ${headings.map((h) => `"${h}"`).join(', ') || 'none'})`);
  }
  for (const heading of ['# ' + rule.id, ...REQUIRED_HEADINGS]) {
    const at = lines.indexOf(heading);
    if (at < 0) continue;
    const next = lines.findIndex((line, i) => i > at && /^#{1,6} /.test(line));
    const body = lines.slice(at + 1, next < 0 ? undefined : next).join('\n').trim();
    if (!body) problems.push(`${rule.id}: the section "${heading}" is empty`);
  }
  if (rule.requirement) {
    const clause = normalise(rule.clauses?.en ?? '');
    if (!clause) problems.push(`${rule.id}: a requirement rule needs a template clause (rules/${rule.id}/clause.en.md)`);
    if (/^#{1,6} /m.test(clause)) problems.push(`${rule.id}: the template clause must not contain a heading`);
    for (const name of clausePlaceholders(clause)) {
      if (!PLACEHOLDER_NAMES.includes(name)) problems.push(`${rule.id}: unknown placeholder {{${name}}} in the template clause`);
    }
  } else if (rule.clauses) {
    problems.push(`${rule.id}: a finding-only rule has no template clause`);
  }
  for (const kind of ['pass', 'fail', 'near'] as const) {
    const examples = rule.examples?.[kind] ?? [];
    if (!examples.some((example) => example.trim())) problems.push(`${rule.id}: needs at least one "${kind}" example`);
  }
  return problems;
}

function exampleSection(rule: RuleDefinition): string {
  const intro = rule.requirement
    ? {
        pass: 'Each of these satisfies the rule on its own.',
        fail: 'Each of these is reported: the clause is missing, or what it states is flagged.',
        near: 'These look close but do not count.',
      }
    : {
        pass: 'These raise no finding.',
        fail: 'Each of these raises a finding.',
        near: 'These look close but raise no finding.',
      };
  const titles = { pass: 'Passes', fail: 'Fails', near: 'Nearly, but not' };
  const parts = ['## Examples'];
  for (const kind of ['pass', 'fail', 'near'] as const) {
    const examples = (rule.examples?.[kind] ?? []).filter((example) => example.trim());
    if (!examples.length) continue;
    parts.push(`### ${titles[kind]}`, intro[kind], ...examples.map((example) => fenced(example)));
  }
  return parts.join('\n\n');
}

function clauseSection(rule: RuleDefinition): string | undefined {
  const clause = normalise(rule.clauses?.en ?? '');
  if (!clause) return undefined;
  const translations: Partial<Record<string, string>> = rule.clauses ?? {};
  const languages = LANGUAGES.map((l) => l.language).filter((language) => language === 'en' || translations[language]);
  const parts = [
    '## Template clause',
    'The quick fix inserts this clause under the section where it belongs (or at the end of the document), in the language of that section. Edit it to match what your instance really does.',
  ];
  if (languages.length > 1) {
    for (const language of languages) parts.push(`### ${languageTitle(language)}`, fenced(language === 'en' ? clause : translations[language] ?? ''));
  } else {
    parts.push(fenced(clause));
  }
  const placeholders = clausePlaceholders(clause);
  if (placeholders.length) {
    const sources = placeholders.map((name) => `- \`{{${name}}}\`: ${PLACEHOLDER_SOURCES[name] ?? 'no config field'}`);
    parts.push(
      'The placeholders are filled from the `instance` block of `.fedipolicy.json` (periods in the clause\'s language); a value that is not set becomes a visible `[INSERT ...]` marker (which `unfilled-placeholder` then reports):',
      sources.join('\n'),
    );
  }
  return parts.join('\n\n');
}

/** Inline code that survives any backticks inside the text. */
function code(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') || text.endsWith(' ') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** What the rule reads, by concept, in every language the engine reads (found by running the rule's examples). */
function wordingSection(rule: RuleDefinition): string | undefined {
  const perLanguage = LANGUAGES.map((l) => [l.language, recognisedWording(rule, l.language)] as const).filter(([, wording]) => Object.keys(wording).length > 0);
  if (perLanguage.length === 0) return undefined;
  const parts = [
    '## Recognised wording',
    'The words and phrases this rule reads, by concept: regular expressions, matched case-insensitively (except short forms such as `IP`) at word boundaries. Every language is read in every document, so a German sentence in an English policy counts too. `fedipolicy rules --language LANG` lists the same.',
  ];
  for (const [language, wording] of perLanguage) {
    const lines = Object.entries(wording).map(([concept, alternatives]) => `- **${concept}**: ${alternatives.map(code).join(', ')}`);
    parts.push(`### ${languageTitle(language)}`, lines.join('\n'));
  }
  return parts.join('\n\n');
}

function severityLine(rule: RuleDefinition): string {
  const kind = rule.requirement ? 'requirement' : 'finding';
  return `Severity: **${rule.severity}** (default) · Group: ${groupLabel(rule.group)} · Kind: ${kind}`;
}

/** docs/rules/<id>.md: the docs source, a severity line under the title, the examples, the clause in each language and the wording recognised. */
export function renderRulePage(rule: RuleDefinition): string {
  const [title, ...rest] = normalise(rule.docs).split('\n');
  const body = rest.join('\n').trim();
  const sections = [title, severityLine(rule), body, exampleSection(rule), clauseSection(rule), wordingSection(rule)];
  return `${sections.filter((s): s is string => Boolean(s)).join('\n\n')}\n`;
}

function tableCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
}

/** docs/rules/README.md: one row per rule. */
export function renderIndex(rules: readonly RuleDefinition[]): string {
  const rows = rules.map(
    (rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${groupLabel(rule.group)} | ${rule.severity} | ${tableCell(rule.summary)} |`,
  );
  return [
    '# fedipolicy rules',
    '',
    `${rules.length} rules. Severities are the defaults of \`fedipolicy:recommended\`; every rule's severity and parameters can be changed in \`.fedipolicy.json\`. These pages are generated from \`rules/<id>/README.md\`, the template clauses and the examples in the rule modules by \`npm run docs\`: edit those, not these.`,
    '',
    '| Rule | Group | Severity | Checks |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Every generated file, by name inside docs/rules/. */
export function generateDocs(rules: readonly RuleDefinition[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of rules) files.set(`${rule.id}.md`, renderRulePage(rule));
  files.set(INDEX_FILE, renderIndex(rules));
  return files;
}

export interface DocsDrift {
  /** Generated files whose content on disk differs. */
  changed: string[];
  /** Generated files not on disk. */
  missing: string[];
  /** Markdown files on disk that no rule generates any more. */
  extra: string[];
}

/** Compares the generated files with the folder `dir`. */
export function compareWithDisk(dir: string, files: Map<string, string>): DocsDrift {
  const drift: DocsDrift = { changed: [], missing: [], extra: [] };
  for (const [name, text] of files) {
    const path = join(dir, name);
    if (!existsSync(path)) drift.missing.push(name);
    else if (readFileSync(path, 'utf8') !== text) drift.changed.push(name);
  }
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.md') && !files.has(name)) drift.extra.push(name);
    }
  }
  return drift;
}

export function hasDrift(drift: DocsDrift): boolean {
  return drift.changed.length + drift.missing.length + drift.extra.length > 0;
}

// ---- the build-docs command (tools/build-docs.ts) ----

const USAGE = 'usage: build-docs [--check] [--out DIR]   (default DIR: docs/rules)';

function parseArgs(argv: string[]): { check: boolean; out: string } | string {
  let check = false;
  let out = 'docs/rules';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--out') {
      const value = argv[++i];
      if (!value) return `--out needs a folder\n${USAGE}`;
      out = value;
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else return `unknown argument: ${arg}\n${USAGE}`;
  }
  return { check, out };
}

/** The build-docs command: what it prints goes to `io`, the exit code is returned. */
export function buildDocs(argv: string[], io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }): number {
  const args = parseArgs(argv);
  if (args === USAGE) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    io.stderr(`${args}\n`);
    return 2;
  }
  const rules = allRules();
  const problems = rules.flatMap(validateRuleDocs);
  if (problems.length) {
    for (const problem of problems) io.stderr(`${problem}\n`);
    io.stderr(`build-docs: ${problems.length} problem(s) in the rule docs sources; nothing written\n`);
    return 1;
  }
  const dir = resolve(io.cwd, args.out);
  const files = generateDocs(rules);
  const drift = compareWithDisk(dir, files);
  if (args.check) {
    if (!hasDrift(drift)) {
      io.stdout(`build-docs: ${files.size} files in ${args.out} are up to date\n`);
      return 0;
    }
    for (const name of drift.changed) io.stderr(`out of date: ${join(args.out, name)}\n`);
    for (const name of drift.missing) io.stderr(`missing: ${join(args.out, name)}\n`);
    for (const name of drift.extra) io.stderr(`no longer generated: ${join(args.out, name)}\n`);
    io.stderr('build-docs: run `npm run docs` and commit the result\n');
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  for (const name of [...drift.changed, ...drift.missing]) writeFileSync(join(dir, name), files.get(name)!);
  for (const name of drift.extra) rmSync(join(dir, name));
  const touched = drift.changed.length + drift.missing.length + drift.extra.length;
  io.stdout(`build-docs: ${files.size} files in ${args.out} (${touched} written or removed)\n`);
  return 0;
}
