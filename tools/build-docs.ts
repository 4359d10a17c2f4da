// `npm run docs`: writes docs/rules/*.md from the rule registry.
// `--check` writes nothing and exits 1 when a generated file differs from
// the one on disk (so stale docs fail CI). `--out DIR` picks another folder.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allRules } from '../server/engine/registry';
import { compareWithDisk, generateDocs, hasDrift, validateRuleDocs } from './docs-generator';

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

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args === USAGE) {
    console.log(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const rules = allRules();
  const problems = rules.flatMap(validateRuleDocs);
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error(`build-docs: ${problems.length} problem(s) in the rule docs sources; nothing written`);
    return 1;
  }
  const dir = resolve(args.out);
  const files = generateDocs(rules);
  const drift = compareWithDisk(dir, files);
  if (args.check) {
    if (!hasDrift(drift)) {
      console.log(`build-docs: ${files.size} files in ${args.out} are up to date`);
      return 0;
    }
    for (const name of drift.changed) console.error(`out of date: ${join(args.out, name)}`);
    for (const name of drift.missing) console.error(`missing: ${join(args.out, name)}`);
    for (const name of drift.extra) console.error(`no longer generated: ${join(args.out, name)}`);
    console.error('build-docs: run `npm run docs` and commit the result');
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  for (const name of [...drift.changed, ...drift.missing]) writeFileSync(join(dir, name), files.get(name)!);
  for (const name of drift.extra) rmSync(join(dir, name));
  const touched = drift.changed.length + drift.missing.length + drift.extra.length;
  console.log(`build-docs: ${files.size} files in ${args.out} (${touched} written or removed)`);
  return 0;
}

process.exitCode = main();
