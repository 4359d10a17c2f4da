// The engine's facade: everything adapters (CLI, language server, audit) may use.
export * from './types';
export { lintSet, lintDocument } from './lint';
export { applyFixes, applyEdits } from './fixes';
export { fixSet, mergeInsertions } from './fix-all';
export { detectKind } from './kind';
export { allRules, ruleById, docsUrl, recognisedWording, type RuleMeta } from './registry';
export { defaultConfig, resolveRuleSettings, PRESETS, type RulesSetting } from './config';
export { fillClause, clauseLanguages } from './clause';
export { detectLanguage } from './vocabulary';
export { positionAt, offsetAt } from './positions';
