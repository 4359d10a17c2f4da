// The engine's facade: everything adapters (CLI, language server, audit) may use.
export * from './types';
export { lintSet, lintDocument, statedInstanceValues } from './lint';
export { applyFixes, applyEdits, clauseAsHtml } from './fixes';
export { fixSet, mergeInsertions } from './fix-all';
export { detectKind } from './kind';
export { allRules, ruleById, docsUrl, recognisedWording, type RuleMeta } from './registry';
export { defaultConfig, resolveRuleSettings, PRESETS, type RulesSetting } from './config';
export { fillClause, clauseLanguages, CLAUSE_MARKER } from './clause';
export { detectLanguage } from './vocabulary';
import { forgetTexts as forgetMatches } from './vocabulary';
import { forgetParsedPieces } from './model';
import { forgetUnitReadings } from './unit-memory';
import { forgetMentions } from './lint';

/** Forgets every text read so far (parsed pieces, concept matches, what rules read in units, which texts mention a rule's subject): for benchmarks that time text never seen. */
export function forgetTexts(): void {
  forgetParsedPieces();
  forgetMatches();
  forgetUnitReadings();
  forgetMentions();
}
export { positionAt, offsetAt } from './positions';
export { readInstanceValues, resolveInstance, describeSource, type InstanceValues, type SourcedValue, type ValueSource, type ValueConflict } from './instance-values';
export { diffReports, VALUE_RULES, type SetDiff, type RequirementChange, type RequirementSide, type ChangeKind, type ForUsers } from './diff';
export { diffMarkdown, describeValue, describeSide, readyToPaste, setChanged, type SetComparison } from './diff-markdown';
export { summaryLanguage } from './diff-summary';
