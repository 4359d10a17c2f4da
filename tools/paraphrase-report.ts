// `node out/tools/paraphrase-report.js [--json] [--misses]`: the blind paraphrase
// pass rates per rule and language (satisfying sentences read, near misses rejected).
import { judgeParaphrases } from './paraphrase-judge';

const verdicts = judgeParaphrases();
const args = process.argv.slice(2);
if (args.includes('--misses')) {
  console.log(JSON.stringify(verdicts.filter((v) => !v.ok).map(({ ruleId, language, kind, text, got }) => ({ ruleId, language, kind, text, got })), null, 1));
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
