// Reads the four public Mastodon API endpoints the audit needs and checks
// their shapes (https://docs.joinmastodon.org/methods/instance/). Anything
// else than the documented shape is "not Mastodon-compatible", not a crash.
import { AuditError, fetchJson, type FetchLimits } from './fetch';

export interface InstanceRule {
  text: string;
  hint?: string;
}

export interface FetchedDocument {
  /** The endpoint it came from. */
  url: string;
  html: string;
  /** `updated_at` of the privacy policy, `effective_date` of the terms. */
  date?: string;
}

/** What the audit learned about one instance. */
export interface InstanceSnapshot {
  origin: string;
  domain: string;
  title: string;
  version?: string;
  contactEmail?: string;
  /** `@user@domain` */
  contactAccount?: string;
  minAge?: number;
  registrations?: { enabled: boolean; approvalRequired: boolean };
  /** Absent when the endpoint answers 404 or an empty policy. */
  privacy?: FetchedDocument;
  terms?: FetchedDocument;
  rules: { url: string; items: InstanceRule[] };
  /** Where each part came from, for the report. */
  endpoints: { instance: string; privacy: string; terms: string; rules: string };
}

export const ENDPOINTS = {
  instance: '/api/v2/instance',
  privacy: '/api/v1/instance/privacy_policy',
  terms: '/api/v1/instance/terms_of_service',
  rules: '/api/v1/instance/rules',
} as const;

export async function fetchInstance(origin: string, limits: FetchLimits): Promise<InstanceSnapshot> {
  const endpoints = {
    instance: origin + ENDPOINTS.instance,
    privacy: origin + ENDPOINTS.privacy,
    terms: origin + ENDPOINTS.terms,
    rules: origin + ENDPOINTS.rules,
  };
  // The instance endpoint first: if this is not a Mastodon server, say so once.
  const instance = await fetchJson(endpoints.instance, limits).catch((error: unknown) => {
    if (error instanceof AuditError && error.kind === 'not-found') {
      throw new AuditError('not-mastodon', `${new URL(origin).host} has no ${ENDPOINTS.instance} (404): not a Mastodon-compatible server, or older than Mastodon 4.0`);
    }
    throw error;
  });
  const info = readInstance(instance.json, endpoints.instance);
  const [privacy, terms, rules] = await Promise.all([
    fetchOptional(endpoints.privacy, limits),
    fetchOptional(endpoints.terms, limits),
    fetchOptional(endpoints.rules, limits),
  ]);
  return {
    origin,
    ...info,
    privacy: privacy === undefined ? undefined : readDocument(privacy.json, privacy.url, 'updated_at'),
    terms: terms === undefined ? undefined : readDocument(terms.json, terms.url, 'effective_date'),
    // Servers without the rules endpoint still list their rules in the instance object.
    rules: rules === undefined ? { url: endpoints.instance, items: info.instanceRules } : { url: rules.url, items: readRules(rules.json, rules.url) },
    endpoints,
  };
}

async function fetchOptional(url: string, limits: FetchLimits) {
  try {
    return await fetchJson(url, limits);
  } catch (error) {
    if (error instanceof AuditError && error.kind === 'not-found') return undefined;
    throw error;
  }
}

function unexpected(url: string, what: string): AuditError {
  const parsed = new URL(url);
  return new AuditError('not-mastodon', `${parsed.host} does not look like a Mastodon-compatible server: ${parsed.pathname} returned unexpected JSON (${what})`);
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function readInstance(json: unknown, url: string) {
  if (!isRecord(json)) throw unexpected(url, 'not an object');
  const domain = optionalString(json.domain);
  const title = optionalString(json.title);
  if (domain === undefined && title === undefined) throw unexpected(url, 'no "domain" or "title"');
  const host = new URL(url).host;
  const contact = isRecord(json.contact) ? json.contact : {};
  const account = isRecord(contact.account) ? contact.account : undefined;
  const acct = optionalString(account?.acct) ?? optionalString(account?.username);
  const registrations = isRecord(json.registrations) ? json.registrations : undefined;
  const minAge = registrations?.min_age;
  return {
    domain: domain ?? host,
    title: title ?? domain ?? host,
    version: optionalString(json.version),
    contactEmail: optionalString(contact.email),
    contactAccount: acct === undefined ? undefined : `@${acct.includes('@') ? acct : `${acct}@${domain ?? host}`}`,
    minAge: typeof minAge === 'number' && Number.isInteger(minAge) && minAge > 0 && minAge < 150 ? minAge : undefined,
    registrations:
      registrations === undefined
        ? undefined
        : { enabled: registrations.enabled === true, approvalRequired: registrations.approval_required === true },
    instanceRules: Array.isArray(json.rules) ? readRules(json.rules, url) : [],
  };
}

function readDocument(json: unknown, url: string, dateField: string): FetchedDocument | undefined {
  if (!isRecord(json) || typeof json.content !== 'string') throw unexpected(url, 'no "content" string');
  if (json.content.trim() === '') return undefined;
  return { url, html: json.content, date: optionalString(json[dateField]) };
}

function readRules(json: unknown, url: string): InstanceRule[] {
  if (!Array.isArray(json)) throw unexpected(url, 'rules are not a list');
  return json.map((rule) => {
    if (!isRecord(rule) || typeof rule.text !== 'string') throw unexpected(url, 'a rule without "text"');
    return { text: rule.text.trim(), hint: optionalString(rule.hint) };
  });
}
