// Round 2: a second blind paraphrase set, written from ../shared/spec/rules.md
// only (without reading the rules' code, their vocabulary or the first set).
// A MEASURE, not a gate: no test reads these; `node out/tools/paraphrase-report.js --round2 [--by-language]`
// prints the pass rates. Do not tune sentences after seeing the figures.
import type { ParaphraseSet } from '../types';
import collectsEmail from './collects-email';
import collectsPassword from './collects-password';
import collectsUsername from './collects-username';

export const ROUND2_SETS: ParaphraseSet[] = [
  collectsEmail,
  collectsPassword,
  collectsUsername,
];
