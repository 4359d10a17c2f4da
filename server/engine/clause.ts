// Fills a rule's template clause from the config's `instance` block. A value
// that is not configured becomes a visible [INSERT ...] marker (which the
// unfilled-placeholder rule then flags), never an invented value.
import type { InstanceInfo } from './types';
import { ruleById } from './registry';
import { sayPeriod, vocabularyFor } from './vocabulary';

const period = (days: number | undefined, language: string) => (days === undefined ? undefined : sayPeriod(days, language));

/** A backup frequency from the config ("daily") in the clause's language. */
function frequency(value: string | undefined, language: string): string | undefined {
  if (value === undefined) return undefined;
  return vocabularyFor(language).frequencyWords?.[value.trim().toLowerCase()] ?? value;
}

const VALUES: Record<string, [(i: InstanceInfo, language: string) => string | undefined, string]> = {
  domain: [(i) => i.domain, 'your server\'s domain'],
  name: [(i) => i.name ?? i.domain, 'the name of your server'],
  contact: [(i) => i.adminEmail ?? i.contactUrl ?? i.adminAccount, 'the admins\' contact e-mail address or page'],
  adminEmail: [(i) => i.adminEmail, 'the admins\' contact e-mail address'],
  jurisdiction: [(i) => i.jurisdiction, 'the country whose law applies'],
  minimumAge: [(i) => (i.minimumAge === undefined ? undefined : String(i.minimumAge)), 'minimum age in years'],
  ipRetention: [(i, l) => period(i.ipRetentionDays, l), 'how long IP addresses are kept, e.g. 12 months'],
  logRetention: [(i, l) => period(i.logRetentionDays, l), 'how long server logs are kept, e.g. 90 days'],
  loginRetention: [(i, l) => period(i.loginRetentionDays, l), 'how long login history is kept, e.g. 12 months'],
  shutdownNotice: [(i, l) => period(i.shutdownNoticeDays, l), 'notice period, at least 3 months'],
  backupFrequency: [(i, l) => frequency(i.backupFrequency, l), 'how often backups are made, e.g. daily'],
  hostingProvider: [(i) => i.hostingProvider, 'your hosting provider'],
  emailProvider: [(i) => i.emailProvider, 'your e-mail delivery provider'],
};

/** The instance fields each template value is read from. */
const FIELDS: Record<string, (keyof InstanceInfo)[]> = {
  domain: ['domain'],
  name: ['name', 'domain'],
  contact: ['adminEmail', 'contactUrl', 'adminAccount'],
  adminEmail: ['adminEmail'],
  jurisdiction: ['jurisdiction'],
  minimumAge: ['minimumAge'],
  ipRetention: ['ipRetentionDays'],
  logRetention: ['logRetentionDays'],
  loginRetention: ['loginRetentionDays'],
  shutdownNotice: ['shutdownNoticeDays'],
  backupFrequency: ['backupFrequency'],
  hostingProvider: ['hostingProvider'],
  emailProvider: ['emailProvider'],
};

/** The instance fields a rule's clause (in any language) is filled from (read once per rule: every lint asks for each missing requirement). */
export function clauseFields(ruleId: string): ReadonlySet<keyof InstanceInfo> {
  let fields = fieldsOfRule.get(ruleId);
  if (!fields) {
    const clauses = Object.values(ruleById(ruleId)?.clauses ?? {}).join('\n');
    fields = new Set([...clauses.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].flatMap((m) => FIELDS[m[1]] ?? []));
    fieldsOfRule.set(ruleId, fields);
  }
  return fields;
}

const fieldsOfRule = new Map<string, ReadonlySet<keyof InstanceInfo>>();

/** A value a filled clause still lacks: `[INSERT hint]` (in English in every language). */
export const CLAUSE_MARKER = /\[INSERT [^[\]\n]{0,200}\]/g;

/** The languages a rule's clause is written in. */
export function clauseLanguages(ruleId: string): string[] {
  const clauses = ruleById(ruleId)?.clauses;
  return clauses ? ['en', ...Object.keys(clauses).filter((language) => language !== 'en' && clauses[language])] : [];
}

/**
 * The rule's template clause in `language` (English when not translated),
 * with the instance's values filled in. Missing values stay visible as
 * [INSERT ...] markers, in English in every language, so one placeholder rule finds them.
 */
export function fillClause(ruleId: string, instance: InstanceInfo, language = 'en'): string | undefined {
  const base = language.toLowerCase().split(/[-_]/)[0];
  const clauses = ruleById(ruleId)?.clauses;
  const template = clauses?.[base] ?? clauses?.en;
  if (!template) return undefined;
  return template.trim().replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const entry = VALUES[key];
    if (!entry) return whole;
    return entry[0](instance, base) ?? `[INSERT ${entry[1]}]`;
  });
}
