// Reads each blind paraphrase (test/paraphrases/) as the whole body of a
// privacy policy and says whether the rule read it as its writer meant.
import { defaultConfig, lintSet } from '../server/engine';
import { PARAPHRASE_SETS } from '../test/paraphrases';
import type { ParaphraseSet, Satisfying } from '../test/paraphrases/types';

export interface ParaphraseVerdict {
  ruleId: string;
  language: string;
  kind: 'satisfy' | 'near';
  text: string;
  ok: boolean;
  /** What the rule read: its status, and the value where one was expected. */
  got: string;
}

const LANGUAGES = ['en', 'de', 'fr', 'ja', 'es'] as const;

function read(ruleId: string, language: string, text: string) {
  const report = lintSet([{ file: 'privacy.md', text: `# Privacy\n\n${text}\n`, kind: 'privacy', language }], defaultConfig());
  return report.requirements.find((r) => r.ruleId === ruleId);
}

/** Judges `sets` (by default the gated sets of test/paraphrases/; the report passes the round-2 measure sets). */
export function judgeParaphrases(sets: ParaphraseSet[] = PARAPHRASE_SETS): ParaphraseVerdict[] {
  const verdicts: ParaphraseVerdict[] = [];
  for (const set of sets) {
    for (const language of LANGUAGES) {
      for (const entry of set[language].satisfy as Satisfying[]) {
        const [text, value] = typeof entry === 'string' ? [entry, undefined] : entry;
        const requirement = read(set.ruleId, language, text);
        const status = requirement?.status ?? 'absent';
        const got = value ? `${status} ${JSON.stringify(requirement?.value ?? null)}` : status;
        const valueOk = !value || Object.entries(value).every(([k, v]) => Math.abs(Number((requirement?.value as Record<string, unknown> | undefined)?.[k]) - v) <= 1);
        verdicts.push({ ruleId: set.ruleId, language, kind: 'satisfy', text, ok: status === 'satisfied' && valueOk, got });
      }
      for (const text of set[language].near) {
        const status = read(set.ruleId, language, text)?.status ?? 'absent';
        verdicts.push({ ruleId: set.ruleId, language, kind: 'near', text, ok: status !== 'satisfied', got: status });
      }
    }
  }
  return verdicts;
}
