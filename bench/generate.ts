// Deterministic policy text for the benchmarks: documents of a given size and
// variants of the examples, built from the project's own material (the rule
// examples, the template clauses, examples/), never from third-party text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, fillClause, type InstanceInfo } from '../server/engine';

/** A small seeded PRNG (mulberry32): the same seed gives the same documents on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

const NAMES = ['Harbour Social', 'Moss Town', 'Quiet Fjord', 'Lantern Club', 'Birch Commons', 'Tideway', 'Kiln Street', 'Owl Hollow'];
const DOMAINS = ['harbour.social', 'moss.town', 'quietfjord.net', 'lantern.club', 'birch.commons', 'tideway.eu', 'kiln.st', 'owlhollow.org'];
const HEADINGS = [
  'What we collect', 'How long we keep it', 'Who else sees your data', 'Keeping it safe', 'Your choices',
  'Changes and contact', 'Moderation', 'Backups', 'Federation', 'Direct messages', 'Age', 'Third parties',
  'Scraping and AI', 'Shutting down', 'Logs', 'Your rights', 'Cookies', 'Accounts',
];

function instanceFor(rnd: () => number): InstanceInfo {
  const i = Math.floor(rnd() * NAMES.length);
  return { name: NAMES[i], domain: DOMAINS[i], adminEmail: `admin@${DOMAINS[i]}`, ipRetentionDays: pick(rnd, [7, 14, 30, 90, 180]) };
}

/** Prose blocks: every rule example (pass, fail, near) and every template clause. */
function snippetPool(rnd: () => number): string[] {
  const pool: string[] = [];
  for (const rule of allRules()) {
    const ex = rule.examples;
    pool.push(...ex.pass, ...ex.fail, ...(ex.near ?? []));
    const clause = fillClause(rule.id, instanceFor(rnd));
    if (clause) pool.push(clause);
  }
  // Headings inside snippets would make every snippet a section; keep them as prose.
  return pool.map((s) => s.replace(/^#+ .*$/gm, '').trim()).filter((s) => s.length > 0);
}

/** A Markdown table of retention periods (tables are parsed by remark-gfm). */
function table(rnd: () => number): string {
  const rows = ['| Data | Kept for |', '| --- | --- |'];
  for (const what of ['IP addresses', 'Server logs', 'Login history', 'Backups']) rows.push(`| ${what} | ${Math.ceil(rnd() * 24)} months |`);
  return rows.join('\n');
}

function variedNumbers(text: string, rnd: () => number): string {
  return text.replace(/\b\d{1,3}\b/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + rnd())))));
}

/** A policy of about `bytes` characters (UTF-16 code units), in sections of prose, lists and tables. */
export function generatePolicy(bytes: number, seed = 1): string {
  const rnd = random(seed);
  const pool = snippetPool(rnd);
  const inst = instanceFor(rnd);
  const parts: string[] = [`---\nfedipolicy:\n  kind: privacy\n---\n`, `# Privacy policy of ${inst.name}\n`];
  let size = parts.join('\n').length;
  while (size < bytes) {
    const block: string[] = [`## ${pick(rnd, HEADINGS)}\n`];
    const count = 2 + Math.floor(rnd() * 5);
    for (let i = 0; i < count; i++) {
      const r = rnd();
      if (r < 0.15) block.push(table(rnd));
      else if (r < 0.4) block.push(['We keep:', '', ...Array.from({ length: 3 }, () => `- ${pick(rnd, pool).replace(/\n+/g, ' ')}`)].join('\n'));
      else block.push(variedNumbers(pick(rnd, pool), rnd));
    }
    const text = block.join('\n\n') + '\n';
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n').slice(0, Math.max(bytes, 1));
}

/** The files in examples/, by name. */
export function exampleFiles(root: string): { name: string; text: string }[] {
  return ['privacy-policy.md', 'terms-of-service.md', 'server-rules.md'].map((name) => ({ name, text: readFileSync(join(root, 'examples', name), 'utf8') }));
}

/** A variant of an example: another instance name, other numbers, some paragraphs shuffled in from the pool. */
export function exampleVariant(text: string, seed: number): string {
  const rnd = random(seed);
  const pool = snippetPool(rnd);
  const inst = instanceFor(rnd);
  const paragraphs = variedNumbers(text.replaceAll('Harbour Social', inst.name ?? '').replaceAll('harbour.social', inst.domain ?? ''), rnd).split(/\n\n/);
  const extra = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < extra; i++) paragraphs.splice(1 + Math.floor(rnd() * (paragraphs.length - 1)), 0, pick(rnd, pool));
  return paragraphs.join('\n\n');
}

const TABLE_DATA = ['IP addresses', 'Logs', 'Backups', 'Emails', 'Sessions', 'Media', 'Reports', 'Invites'];
const TABLE_UNITS = ['days', 'weeks', 'months', 'years'];

/**
 * A short privacy policy whose one table has `rows` rows (a pasted
 * spreadsheet of retention periods): about 24 characters a row.
 */
export function generateTablePolicy(rows: number, seed = 1): string {
  const rnd = random(seed);
  const inst = instanceFor(rnd);
  const lines = [
    `---\nfedipolicy:\n  kind: privacy\n---\n`,
    `# Privacy policy of ${inst.name}\n`,
    `## How long we keep it\n`,
    'We keep the following data for the periods below, then delete it.\n',
    '| Data | Kept for |',
    '| --- | --- |',
  ];
  for (let i = 0; i < rows; i++) lines.push(`| ${pick(rnd, TABLE_DATA)} | ${1 + Math.floor(rnd() * 30)} ${pick(rnd, TABLE_UNITS)} |`);
  return `${lines.join('\n')}\n`;
}
