// Inputs meant to break a linter, each with the outcome the CLI must give.
// Shared by test/hostile.test.ts (outcomes) and the benchmark (time taken).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HostileCase {
  name: string;
  /** Arguments to `fedipolicy` (run in the case's folder). */
  args: string[];
  exit: number;
  /** Text the output (stdout for exit 0/1, stderr for exit 2) must contain. */
  says: RegExp;
}

const PROSE = 'We collect your email address and keep it for as long as your account exists, then delete it. ';
/** Prose that names no data and no period, so that a megabyte of it is not thousands of findings. */
const NEUTRAL = 'Our volunteers run this small server as a hobby, for people who live and work along the coast. ';

/** Writes each case into its own folder under `root` (the 50 MB file only when `large`). */
export function writeHostileCases(root: string, large = true): { dir: string; case: HostileCase }[] {
  const cases: { files: Record<string, string | Buffer>; case: HostileCase; readOnly?: string }[] = [
    { files: { 'privacy.md': '' }, case: { name: 'empty file', args: ['privacy.md'], exit: 1, says: /privacy\.md/ } },
    { files: { 'privacy.md': '---\nfedipolicy:\n  kind: privacy\n---\n' }, case: { name: 'only front matter', args: ['privacy.md'], exit: 1, says: /collects-email|contact/ } },
    { files: { 'privacy.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) }, case: { name: 'binary file', args: ['privacy.md'], exit: 2, says: /privacy\.md: is a binary file/ } },
    { files: { 'privacy.md': Buffer.concat([Buffer.from('# Privacy\n\nWe collect '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' data.\n')]) }, case: { name: 'invalid UTF-8', args: ['privacy.md'], exit: 2, says: /privacy\.md: is not valid UTF-8/ } },
    { files: { 'privacy.md': `# Privacy\n\n${NEUTRAL.repeat(Math.ceil((1024 * 1024) / NEUTRAL.length))}\n` }, case: { name: 'one 1 MB line', args: ['privacy.md'], exit: 1, says: /Line 3 is \d+ characters long, over the limit of 100000[^]*input-too-large/ } },
    { files: { 'privacy.md': `# Privacy\n\n${'- '.repeat(10_000)}item\n` }, case: { name: '10,000 nested list levels', args: ['privacy.md'], exit: 1, says: /nests lists or block quotes[^]*input-too-large/ } },
    { files: { 'privacy.md': `${'>'.repeat(10_000)} quoted\n` }, case: { name: '10,000 nested block quotes', args: ['privacy.md'], exit: 1, says: /nests lists or block quotes[^]*input-too-large/ } },
    { files: { 'privacy.md': Array.from({ length: 100_000 }, (_, i) => `# Heading ${i}\n`).join('') }, case: { name: '100,000 headings', args: ['privacy.md'], exit: 1, says: /more than 10000 headings[^]*input-too-large/ } },
    { files: { 'privacy.md': '# Privacy\n', '.fedipolicy.json': '{ "rules": { ' }, case: { name: 'config: invalid JSON', args: ['privacy.md'], exit: 2, says: /\.fedipolicy\.json/ } },
    { files: { 'privacy.md': '# Privacy\n', '.fedipolicy.yaml': 'rules:\n  contact: [error\n' }, case: { name: 'config: invalid YAML', args: ['privacy.md'], exit: 2, says: /\.fedipolicy\.yaml/ } },
    { files: { 'privacy.md': '# Privacy\n', '.fedipolicy.json': '{ "rulez": {} }' }, case: { name: 'config: unknown key', args: ['privacy.md'], exit: 2, says: /rulez/ } },
    { files: { 'privacy.md': '# Privacy\n', '.fedipolicy.json': '{ "maxDocumentSize": "big", "rules": { "contact": 7 } }' }, case: { name: 'config: wrong types', args: ['privacy.md'], exit: 2, says: /maxDocumentSize|contact/ } },
    { files: { 'privacy.md': '# Privacy\n' }, case: { name: 'glob that matches nothing', args: ['nothing/**/*.md'], exit: 2, says: /no files match/ } },
    { files: { 'privacy.md': '# Privacy\n\nWe collect your email address.\n' }, readOnly: 'privacy.md', case: { name: 'read-only file with --fix', args: ['--fix', 'privacy.md'], exit: 2, says: /read-only/ } },
    { files: { 'privacy.md': `# Privacy\n\n${PROSE.repeat(200)}\n`, '.fedipolicy.json': '{ "maxDocumentSize": 1000 }' }, case: { name: 'over a configured maxDocumentSize', args: ['privacy.md'], exit: 2, says: /privacy\.md: is too large .*maxDocumentSize/ } },
  ];
  const out: { dir: string; case: HostileCase }[] = [];
  cases.forEach((c, i) => {
    const dir = join(root, `case-${String(i).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(c.files)) writeFileSync(join(dir, name), content);
    if (c.readOnly) chmodSync(join(dir, c.readOnly), 0o444);
    out.push({ dir, case: c.case });
  });
  if (large) {
    const dir = join(root, 'case-50mb');
    mkdirSync(dir, { recursive: true });
    const line = `${PROSE}\n`;
    writeFileSync(join(dir, 'privacy.md'), line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    out.push({ dir, case: { name: 'a 50 MB file', args: ['privacy.md'], exit: 2, says: /privacy\.md: is too large \(50\.0 MB/ } });
  }
  return out;
}
