// The published rule pages must never go stale, every rule must be documented,
// and every template clause must satisfy its own rule once filled in.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { allRules } from '../server/engine/registry';
import { defaultConfig, fillClause, lintSet, type InstanceInfo } from '../server/engine';
import { buildDocs, compareWithDisk, generateDocs, validateRuleDocs, renderRulePage, clausePlaceholders } from '../tools/docs-generator';
import { recognisedWording, ruleById } from '../server/engine/registry';
import { LANGUAGES } from '../server/engine/vocabulary/languages';

// out/test/docs.test.js -> repository root
const ROOT = resolve(__dirname, '../..');
const BUILD_DOCS = join(ROOT, 'out/tools/build-docs.js');

const FULL_INSTANCE: InstanceInfo = {
  domain: 'harbour.social',
  name: 'Harbour Social',
  adminEmail: 'privacy@harbour.social',
  jurisdiction: 'Germany',
  minimumAge: 16,
  ipRetentionDays: 365,
  logRetentionDays: 14,
  loginRetentionDays: 365,
  shutdownNoticeDays: 90,
  backupFrequency: 'daily',
  hostingProvider: 'Hetzner Online GmbH',
  emailProvider: 'Mailgun',
  ageVerification: true,
};

/** The build-docs command in this process, from the repository root. */
function runBuildDocs(...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = buildDocs(args, { cwd: ROOT, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { status, stdout, stderr };
}

describe('rule docs', function () {
  // Generating every page reads each rule's examples in five languages; slow on a loaded machine.
  this.timeout(180_000);
  const rules = allRules();

  it('rules/ holds one folder per rule (rule.ts, README.md, a clause per language for a requirement), index.ts and shared/, nothing else', () => {
    const entries = readdirSync(join(ROOT, 'rules')).sort();
    assert.deepEqual(entries, [...rules.map((r) => r.id), 'index.ts', 'shared'].sort());
    for (const rule of rules) {
      const files = readdirSync(join(ROOT, 'rules', rule.id)).filter((f) => f !== 'README.md' && f !== 'rule.ts' && !f.endsWith('.test.ts')).sort();
      const clauses = rule.requirement ? LANGUAGES.map((l) => `clause.${l.language}.md`).sort() : [];
      assert.deepEqual(files, clauses, rule.id);
    }
  });

  for (const rule of rules) {
    it(`${rule.id}: docs source has the four headings, examples of each kind${rule.requirement ? ' and a clause' : ''}`, () => {
      assert.deepEqual(validateRuleDocs(rule), []);
    });
  }

  it('docs/rules/ is what `npm run docs` generates (run it and commit when this fails)', () => {
    const drift = compareWithDisk(join(ROOT, 'docs/rules'), generateDocs(rules));
    assert.deepEqual(drift, { changed: [], missing: [], extra: [] });
  });

  it('build-docs --check passes on the committed docs', () => {
    const result = runBuildDocs('--check');
    assert.equal(result.status, 0, result.stderr);
  });

  it('build-docs --check fails on a changed, a missing or a leftover page, and writing repairs them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fedipolicy-docs-'));
    try {
      assert.equal(runBuildDocs('--out', dir).status, 0);
      assert.equal(runBuildDocs('--check', '--out', dir).status, 0);

      const [first, second] = rules;
      appendFileSync(join(dir, `${first.id}.md`), 'hand edit\n');
      rmSync(join(dir, `${second.id}.md`));
      writeFileSync(join(dir, 'retired-rule.md'), '# retired-rule\n');
      const stale = runBuildDocs('--check', '--out', dir);
      assert.equal(stale.status, 1);
      assert.match(stale.stderr, new RegExp(`out of date: .*${first.id}\\.md`));
      assert.match(stale.stderr, new RegExp(`missing: .*${second.id}\\.md`));
      assert.match(stale.stderr, /no longer generated: .*retired-rule\.md/);

      assert.equal(runBuildDocs('--out', dir).status, 0);
      assert.equal(runBuildDocs('--check', '--out', dir).status, 0);
      assert.equal(existsSync(join(dir, 'retired-rule.md')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('build-docs rejects an unknown argument without writing (out/tools/build-docs.js, as `npm run docs` runs it)', () => {
    const result = spawnSync(process.execPath, [BUILD_DOCS, '--frobnicate'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown argument: --frobnicate/);
  });

  it('a rule page shows the clause in each language it is written in and the wording each registered language recognises', () => {
    const rule = rules.find((r) => r.id === 'ip-retention')!;
    const page = renderRulePage(rule);
    const clause = page.slice(page.indexOf('## Template clause'), page.indexOf('## Recognised wording'));
    const wording = page.slice(page.indexOf('## Recognised wording'));
    assert.ok(page.indexOf('## Template clause') >= 0 && page.indexOf('## Recognised wording') > page.indexOf('## Template clause'), page);
    for (const language of ['de', 'fr']) {
      const translated = ruleById('ip-retention')?.clauses?.[language];
      assert.ok(translated, language);
      assert.ok(clause.includes(translated.trim()), `${language} clause missing`);
    }
    assert.match(clause, /### English\n\n```markdown\nWe keep the IP addresses/);
    assert.match(clause, /### Deutsch\n\n```markdown\nWir speichern/);
    assert.match(clause, /### Français\n\n```markdown\nNous conservons/);
    const headings = [...wording.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    assert.equal(headings.length, LANGUAGES.length, headings.join(', '));
    assert.deepEqual(headings.slice(0, 3), ['English', 'Deutsch', 'Français']);
    const german = wording.slice(wording.indexOf('### Deutsch'), wording.indexOf('### Français'));
    for (const [concept, alternatives] of Object.entries(recognisedWording(rule, 'de'))) {
      assert.ok(german.includes(`- **${concept}**: ${alternatives.map((a) => `\`${a}\``).join(', ')}`), concept);
    }
  });

  it('a rule page keeps examples that contain code fences intact', () => {
    const [rule] = rules;
    const example = 'Text.\n\n```\nTODO inside code\n```\n';
    const page = renderRulePage({ ...rule, examples: { pass: [example], fail: ['x'], near: ['y'] } });
    assert.ok(page.includes('````markdown\nText.\n\n```\nTODO inside code\n```\n````'), page);
  });
});

describe('template clauses', () => {
  const requirementRules = allRules().filter((r) => r.requirement);

  for (const rule of requirementRules) {
    it(`${rule.id}: filled in, the clause alone satisfies its rule and raises no finding of its own`, () => {
      const filled = fillClause(rule.id, FULL_INSTANCE);
      assert.ok(filled, 'fillClause returned nothing');
      assert.doesNotMatch(filled, /\{\{|\[INSERT/i, filled);
      const config = { ...defaultConfig(), instance: FULL_INSTANCE };
      const report = lintSet([{ file: 'privacy-policy.md', text: `# Privacy policy\n\n${filled}\n` }], config);
      const requirement = report.requirements.find((r) => r.ruleId === rule.id);
      assert.equal(requirement?.status, 'satisfied', `${rule.id} not satisfied by: ${filled}`);
      const own = report.findings.filter((f) => f.ruleId === rule.id || f.ruleId === 'vague-retention' || f.ruleId === 'unfilled-placeholder');
      assert.deepEqual(own.map((f) => `${f.ruleId}: ${f.message}`), []);
    });

    it(`${rule.id}: a value not set becomes a visible marker, never raw braces`, () => {
      const unfilled = fillClause(rule.id, {});
      assert.ok(unfilled);
      assert.doesNotMatch(unfilled, /\{\{/);
      if (clausePlaceholders(rule.clauses?.en ?? '').length) assert.match(unfilled, /\[INSERT/);
    });
  }
});
