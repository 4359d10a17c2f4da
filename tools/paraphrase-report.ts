// `node out/tools/paraphrase-report.js [--round2 [--half tune|held]] [--by-language] [--json] [--misses] [--write-known RULE...]`:
// the blind paraphrase pass rates per rule and language (satisfying sentences
// read, near misses rejected). --round2 measures the second blind set
// (test/paraphrases/round2/), which is a measure, not a gate: no test reads it
// and it has no known misses (--write-known refuses it). --half splits it so
// that it can be tuned on and still measured blind: `tune` keeps the entries at
// even positions of every list, `held` the odd ones; whoever tunes looks at
// `tune` only, and `held` is scored once afterwards. --write-known rewrites the known misses of the
// rules named (keeping the reasons already written) to what is read now.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeParaphrases } from './paraphrase-judge';
import { ROUND2_SETS } from '../test/paraphrases/round2';
import type { ParaphraseSet, Paraphrases } from '../test/paraphrases/types';

const args = process.argv.slice(2);
const round2 = args.includes('--round2');
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
if (half !== undefined && (!round2 || (half !== 'tune' && half !== 'held'))) {
  console.error('--half takes tune or held, with --round2');
  process.exit(2);
}
const keep = <T>(list: T[]) => list.filter((_, i) => i % 2 === (half === 'tune' ? 0 : 1));
const halved = (p: Paraphrases): Paraphrases => ({ satisfy: keep(p.satisfy), near: keep(p.near) });
const halfOf = (set: ParaphraseSet): ParaphraseSet => ({ ruleId: set.ruleId, en: halved(set.en), de: halved(set.de), fr: halved(set.fr), ja: halved(set.ja), es: halved(set.es) });
const verdicts = round2 ? judgeParaphrases(half ? ROUND2_SETS.map(halfOf) : ROUND2_SETS) : judgeParaphrases();
if (args.includes('--misses')) {
  console.log(JSON.stringify(verdicts.filter((v) => !v.ok).map(({ ruleId, language, kind, text, got }) => ({ ruleId, language, kind, text, got })), null, 1));
  process.exit(0);
}
const write = args.indexOf('--write-known');
if (write >= 0 && round2) {
  console.error('--write-known is for the gated sets only; round 2 is a measure');
  process.exit(2);
}
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
if (args.includes('--by-language')) {
  // Per language too (the default table pools de/fr/ja/es as "other").
  const languages = ['en', 'de', 'fr', 'ja', 'es'];
  rows.push('', `| rule | ${languages.map((l) => `${l} satisfy | ${l} near`).join(' | ')} |`, `|---|${languages.map(() => '---|---|').join('')}`);
  const of = (ruleId: string | undefined, language: string, kind: string) => verdicts.filter((v) => (!ruleId || v.ruleId === ruleId) && v.language === language && v.kind === kind);
  for (const ruleId of [...new Set(verdicts.map((v) => v.ruleId)), undefined]) {
    rows.push(`| ${ruleId ?? '**all**'} | ${languages.map((l) => `${rate(of(ruleId, l, 'satisfy'))} | ${rate(of(ruleId, l, 'near'))}`).join(' | ')} |`);
  }
}
console.log(args.includes('--json') ? JSON.stringify(verdicts) : rows.join('\n'));
