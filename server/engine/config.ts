// Pure configuration semantics: presets and rule settings. Reading config
// files (and validating them against the schema) is server/config's job.
import type { EngineConfig, RuleSetting, SeveritySetting } from './types';
import type { ParamValue } from './rule';
import { allRules } from './registry';

/** A rule's setting as written in a config file: a severity, or [severity, params]. */
export type RulesSetting = Record<string, SeveritySetting | [SeveritySetting, Record<string, ParamValue>?]>;

const stricter: Record<SeveritySetting, SeveritySetting> = { off: 'warning', info: 'warning', warning: 'error', error: 'error' };

/** Built-in presets for `extends`. */
export const PRESETS: Record<string, () => RulesSetting> = {
  'fedipolicy:recommended': () => Object.fromEntries(allRules().map((r) => [r.id, r.severity])),
  'fedipolicy:strict': () => Object.fromEntries(allRules().map((r) => [r.id, stricter[r.severity]])),
};

/** Default severities and parameters, with `settings` applied on top (later entries win). */
export function resolveRuleSettings(...settings: (RulesSetting | undefined)[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const rule of allRules()) out[rule.id] = { severity: rule.severity, params: { ...(rule.params ?? {}) } };
  for (const setting of settings) {
    for (const [id, value] of Object.entries(setting ?? {})) {
      const current = out[id];
      if (!current) continue; // unknown ids are reported by the config loader, not here
      if (Array.isArray(value)) {
        out[id] = { severity: value[0], params: { ...current.params, ...(value[1] ?? {}) } };
      } else {
        out[id] = { severity: value, params: current.params };
      }
    }
  }
  return out;
}

export function defaultConfig(): EngineConfig {
  return { rules: resolveRuleSettings(), instance: {} };
}
