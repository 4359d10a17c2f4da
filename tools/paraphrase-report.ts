// `node out/tools/paraphrase-report.js [--json] [--misses] [--write-known RULE...]`:
// the blind paraphrase pass rates per rule and language (satisfying sentences
// read, near misses rejected). --write-known rewrites the known misses of the
// rules named (keeping the reasons already written) to what is read now.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeParaphrases } from './paraphrase-judge';

const verdicts = judgeParaphrases();
const args = process.argv.slice(2);
if (args.includes('--misses')) {
  console.log(JSON.stringify(verdicts.filter((v) => !v.ok).map(({ ruleId, language, kind, text, got }) => ({ ruleId, language, kind, text, got })), null, 1));
  process.exit(0);
}
const write = args.indexOf('--write-known');
if (write >= 0) {
  for (const ruleId of args.slice(write + 1)) {
    const file = join(__dirname, '../../test/paraphrases/known-misses', `${ruleId}.json`);
    const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { language: string; text: string; why: string }[]) : [];
    const misses = verdicts.filter((v) => v.ruleId === ruleId && !v.ok).map((v) => ({
      language: v.language,
      text: v.text,
      why: before.find((k) => k.language === v.language && k.text === v.text)?.why ?? `not read right yet (read as ${v.got})`,
    }));
    writeFileSync(file, `${JSON.stringify(misses, null, 1)}\n`);
    console.log(`${ruleId}: ${before.length} -> ${misses.length} known misses`);
  }
  process.exit(0);
}
const rate = (list: typeof verdicts) => (list.length ? `${list.filter((v) => v.ok).length}/${list.length}` : '-');
const rows: string[] = ['| rule | en satisfy | en near | other satisfy | other near |', '|---|---|---|---|---|'];
for (const ruleId of [...new Set(verdicts.map((v) => v.ruleId))]) {
  const of = (kind: string, en: boolean) => verdicts.filter((v) => v.ruleId === ruleId && v.kind === kind && (v.language === 'en') === en);
  rows.push(`| ${ruleId} | ${rate(of('satisfy', true))} | ${rate(of('near', true))} | ${rate(of('satisfy', false))} | ${rate(of('near', false))} |`);
}
const total = (kind: string, en: boolean) => rate(verdicts.filter((v) => v.kind === kind && (v.language === 'en') === en));
rows.push(`| **all** | ${total('satisfy', true)} | ${total('near', true)} | ${total('satisfy', false)} | ${total('near', false)} |`);
console.log(args.includes('--json') ? JSON.stringify(verdicts) : rows.join('\n'));
