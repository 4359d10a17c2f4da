// The instance's own details as a policy set states them: its domain and
// name, how to reach the admins, and the periods it states. Clauses are filled
// from these when the config does not give them; `fedipolicy init` offers them
// as a starting config. A value read from the documents is used only when it
// is unambiguous (one candidate, or one named at least twice as often as any
// other): a guess in a legal text is worse than a visible placeholder.
import { sourceOffset, type DocumentModel, type Unit } from './model';
import type { InstanceInfo, Requirement } from './types';
import { has } from './vocabulary';
import { positionAt } from './positions';

/** Where a value came from, so that people can check it. */
export type ValueSource =
  | { from: 'config' }
  | { from: 'document'; file: string; line: number }
  | { from: 'instance-api'; url: string };

export interface SourcedValue<T> {
  value: T;
  source: ValueSource;
}

export type InstanceValues = { [K in keyof InstanceInfo]?: SourcedValue<NonNullable<InstanceInfo[K]>> };

/** A config value that differs from what the policy states (the config wins; the finding says so). */
export interface ValueConflict {
  key: keyof InstanceInfo;
  config: string | number | boolean;
  stated: SourcedValue<string | number | boolean>;
}

const EMAIL = /(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)/g;
const HANDLE = /(?<![\w.@])@(\w+)@([\w-]+(?:\.[\w-]+)+)/g;
const HOST = /(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(?![\w-]|\.[a-z0-9])/gi;
const URL_HOST = /^https?:\/\/([^/:?#\s]+)/i;
/** Dotted words that are file names or abbreviations, not hosts. */
const NOT_A_HOST = /\.(?:md|markdown|html?|txt|json|ya?ml|js|ts|png|jpe?g|gif|pdf|zip|exe|php)$|^(?:e\.g|i\.e|z\.b|p\.ex|p\.ej)$/i;
// Addresses that show a form ("username@your.server", "user@xxx.com") reach no one.
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|domain\.tld|localhost)$|^(?:xxx|domain|host|server|instance|your-?(?:server|instance|domain))\./i;
const EXAMPLE_USER = /^(?:user|username|someone|name|you|yourname|alice|bob)$/i;

/** Front matter keys that name the instance (`domain: harbour.social`, `instance: Harbour Social`). */
const FRONT_MATTER_KEYS: Partial<Record<keyof InstanceInfo, string[]>> = {
  domain: ['domain', 'server_domain', 'instance_domain'],
  name: ['instance', 'server', 'instance_name', 'server_name'],
  adminEmail: ['contact', 'contact_email', 'admin_email', 'email'],
  adminAccount: ['admin', 'admin_account'],
};

/** Periods and ages the rules read, by the instance field they fill. */
const STATED_VALUES: { ruleId: string; key: keyof InstanceInfo; read: (r: Requirement) => number | undefined }[] = [
  { ruleId: 'ip-retention', key: 'ipRetentionDays', read: (r) => r.value?.days },
  { ruleId: 'log-retention', key: 'logRetentionDays', read: (r) => r.value?.days },
  { ruleId: 'login-retention', key: 'loginRetentionDays', read: (r) => r.value?.days },
  { ruleId: 'covenant-shutdown-notice', key: 'shutdownNoticeDays', read: (r) => r.value?.days },
  { ruleId: 'minimum-age', key: 'minimumAge', read: (r) => r.value?.age },
];

/** Candidates for one value, each with how often and where it was first seen. */
class Tally {
  private seen = new Map<string, { count: number; source: ValueSource }>();
  add(value: string, source: ValueSource, weight = 1): void {
    const entry = this.seen.get(value);
    if (entry) entry.count += weight;
    else this.seen.set(value, { count: weight, source });
  }
  /** The only candidate, or one seen at least twice as often as the next. */
  winner(): SourcedValue<string> | undefined {
    const ranked = [...this.seen].sort((a, b) => b[1].count - a[1].count);
    const [first, second] = ranked;
    if (!first || (second && first[1].count < 2 * second[1].count)) return undefined;
    return { value: first[0], source: first[1].source };
  }
}

const at = (doc: DocumentModel, unit: Unit, index: number): ValueSource => ({
  from: 'document', file: doc.file, line: positionAt(doc.lineStarts, sourceOffset(unit, index)).line,
});

const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');

/**
 * What the documents state about the instance. `requirements` are the set's
 * requirement results (the periods and ages come from their values).
 */
export function readInstanceValues(models: DocumentModel[], requirements: Requirement[] = []): InstanceValues {
  const values: InstanceValues = {};
  const domains = new Tally();
  const emails = new Tally();
  const handles = new Tally();
  const pages = new Tally();
  const units: { doc: DocumentModel; unit: Unit }[] = [];

  for (const doc of models) {
    for (const unit of doc.units) {
      units.push({ doc, unit });
      // Addresses in an example ("your handle looks like @you@example.org") reach no one.
      if (has(unit.text, 'exampleCue')) continue;
      const text = unit.text;
      const taken: [number, number][] = [];
      // Handles and addresses have an "@", hosts a dot: most units (a table's rows) have neither.
      const withAt = text.includes('@');
      for (const m of withAt ? text.matchAll(HANDLE) : []) {
        taken.push([m.index, m.index + m[0].length]);
        if (EXAMPLE_HOST.test(m[2]) || EXAMPLE_USER.test(m[1])) continue;
        handles.add(`@${m[1]}@${bare(m[2])}`, at(doc, unit, m.index));
        domains.add(bare(m[2]), at(doc, unit, m.index));
      }
      for (const m of withAt ? text.matchAll(EMAIL) : []) {
        if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
        taken.push([m.index, m.index + m[0].length]);
        if (EXAMPLE_HOST.test(m[2]) || EXAMPLE_USER.test(m[1])) continue;
        emails.add(m[0].toLowerCase(), at(doc, unit, m.index));
        domains.add(bare(m[2]), at(doc, unit, m.index));
      }
      // A host named in the prose; one only linked to (documentation, software) is not named.
      for (const m of text.includes('.') ? text.matchAll(HOST) : []) {
        if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
        // "Sciences.Re" is a brand written like a domain; a host is written in lower case (a sentence may capitalise its first letter).
        if (/[A-Z]/.test(m[1].slice(1))) continue;
        const host = bare(m[1]);
        if (NOT_A_HOST.test(host) || EXAMPLE_HOST.test(host) || /\d/.test(host.split('.').pop()!)) continue;
        domains.add(host, at(doc, unit, m.index));
      }
      if (unit.links.some((l) => URL_HOST.test(l)) && (has(text, 'asksToReach') || has(text, 'contactWord'))) {
        for (const link of unit.links) if (URL_HOST.test(link)) pages.add(link, at(doc, unit, 0));
      }
    }
  }

  const fromFrontMatter = (key: keyof InstanceInfo): SourcedValue<string> | undefined => {
    for (const doc of models) {
      for (const name of FRONT_MATTER_KEYS[key] ?? []) {
        const value = doc.frontMatter?.[name];
        if (typeof value === 'string' && value.trim()) return { value: value.trim(), source: { from: 'document', file: doc.file, line: frontMatterLine(doc, name) } };
      }
    }
    return undefined;
  };

  const domain = fromFrontMatter('domain') ?? domains.winner();
  if (domain) values.domain = domain;
  const name = fromFrontMatter('name') ?? (domain ? nameBefore(units, domain.value) : undefined);
  if (name) values.name = name;
  // Contact details on the instance's own domain, when it is known (a linked provider's address is not the admins').
  const own = (tally: Tally, host: (v: string) => string) => {
    const win = tally.winner();
    return win && (!domain || host(win.value) === domain.value || host(win.value).endsWith(`.${domain.value}`)) ? win : undefined;
  };
  const email = fromFrontMatter('adminEmail') ?? own(emails, (v) => v.split('@')[1]);
  if (email) values.adminEmail = email;
  const account = fromFrontMatter('adminAccount') ?? own(handles, (v) => v.split('@')[2]);
  if (account) values.adminAccount = account;
  const page = own(pages, (v) => bare(URL_HOST.exec(v)?.[1] ?? ''));
  if (page) values.contactUrl = page;

  for (const stated of STATED_VALUES) {
    const requirement = requirements.find((r) => r.ruleId === stated.ruleId && r.status === 'satisfied');
    const number = requirement && stated.read(requirement);
    if (requirement?.file && requirement.line && number !== undefined && number > 0) {
      (values as Record<string, SourcedValue<number>>)[stated.key] = { value: number, source: { from: 'document', file: requirement.file, line: requirement.line } };
    }
  }
  return values;
}

/** "Harbour Social (harbour.social)": capitalised words right before the domain in brackets. */
function nameBefore(units: { doc: DocumentModel; unit: Unit }[], domain: string): SourcedValue<string> | undefined {
  const escaped = domain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}\\d'-]*[ \\u00a0]){0,3}\\p{Lu}[\\p{L}\\d'-]*) \\((?:https?://)?(?:www\\.)?${escaped}/?\\)`, 'u');
  const names = new Tally();
  for (const { doc, unit } of units) {
    const m = unit.text.includes(domain) ? pattern.exec(unit.text) : null;
    if (m) names.add(m[1], at(doc, unit, m.index));
  }
  return names.winner();
}

function frontMatterLine(doc: DocumentModel, key: string): number {
  const index = doc.text.search(new RegExp(`^${key}\\s*:`, 'm'));
  return index < 0 ? 1 : positionAt(doc.lineStarts, index).line;
}

/**
 * The values clauses are filled with: the config's, then what the documents
 * state where the config is silent. A config value that differs from the
 * documents' is kept and reported as a conflict.
 */
export function resolveInstance(config: InstanceInfo, read: InstanceValues): { instance: InstanceInfo; conflicts: ValueConflict[] } {
  const instance: InstanceInfo = { ...config };
  const conflicts: ValueConflict[] = [];
  const entries = Object.entries(read) as [keyof InstanceInfo, SourcedValue<string | number | boolean>][];
  for (const [key, stated] of entries) {
    const configured = config[key];
    if (isSet(configured) && String(configured).toLowerCase() !== String(stated.value).toLowerCase()) conflicts.push({ key, config: configured!, stated });
  }
  for (const [key, stated] of entries) {
    if (isSet(config[key])) continue;
    const group = GROUPS.find((g) => g.keys.includes(key));
    // A document's value never mixes with a config that says otherwise about the same thing.
    if (group && group.keys.some((k) => (group.exclusive ? isSet(config[k]) : conflicts.some((c) => c.key === k)))) continue;
    (instance as Record<string, unknown>)[key] = stated.value;
  }
  return { instance, conflicts };
}

const isSet = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Values that go together. The contact is one choice (the config's contact
 * page is not overridden by an address the documents name); the name is read
 * next to the domain, so it is not used when the config names another domain.
 */
const GROUPS: { keys: (keyof InstanceInfo)[]; exclusive: boolean }[] = [
  { keys: ['adminEmail', 'contactUrl', 'adminAccount'], exclusive: true },
  { keys: ['domain', 'name'], exclusive: false },
];

/** "privacy.md:3", "the config", "the instance API (https://...)". */
export function describeSource(source: ValueSource): string {
  if (source.from === 'document') return `${source.file}:${source.line}`;
  if (source.from === 'instance-api') return `the instance API (${source.url})`;
  return 'the config';
}
