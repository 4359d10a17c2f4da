// One audit, from a domain or URL to a report card. Shared by the CLI
// (`fedipolicy audit`) and the language server's `fedipolicy/audit` (the VS
// Code command), so both say the same.
import { defaultConfig, lintSet, type EngineConfig } from '../engine';
import { version } from '../../package.json';
import { AuditError, DEFAULT_LIMITS, type FetchLimits } from './fetch';
import { fetchInstance, type InstanceSnapshot } from './mastodon';
import { buildPolicySet, type PolicySet } from './policy-set';
import { buildReport, type AuditReport } from './report';

export const USER_AGENT = `fedipolicy/${version} (policy audit; +https://github.com/fedipolicy/fedipolicy)`;
export const FEDIPOLICY_VERSION: string = version;

export interface AuditOptions {
  allowHttp?: boolean;
  timeoutMs?: number;
  /** Replaces the wait before retrying a 429 (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Cancels the requests in flight (VS Code's Cancel button). */
  signal?: AbortSignal;
  now?: () => Date;
}

export interface AuditResult {
  report: AuditReport;
  instance: InstanceSnapshot;
  set: PolicySet;
}

/**
 * The origin to audit: a bare domain (with an optional port) means https;
 * a URL keeps only its scheme, host and port. Throws AuditError('usage').
 */
export function parseTarget(input: string, allowHttp: boolean): string {
  const value = input.trim();
  if (value === '') throw new AuditError('usage', 'give the domain of an instance, e.g. fedipolicy audit mastodon.example');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  if (!hasScheme && /[\s/?#@\\]/.test(value)) throw new AuditError('usage', `not a domain: ${value}`);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    throw new AuditError('usage', `not a domain or URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AuditError('usage', `not an https URL: ${value}`);
  if (url.protocol === 'http:' && !allowHttp) {
    throw new AuditError('insecure', `refusing plain http (${url.origin}): use https, or --allow-http for a local test server`);
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '') throw new AuditError('usage', `not a domain or URL: ${value}`);
  return url.origin;
}

/** Why `input` cannot be audited over https (for an editor's input box), or undefined when it can. */
export function targetProblem(input: string): string | undefined {
  if (/^\s*http:\/\//i.test(input)) return 'The audit fetches over https only.';
  try {
    parseTarget(input, false);
    return undefined;
  } catch (error) {
    return error instanceof AuditError ? error.message : String(error);
  }
}

/** Fetches the instance's documents, lints them as one policy set and grades the result. */
export async function runAudit(target: string, options: AuditOptions = {}): Promise<AuditResult> {
  const allowHttp = options.allowHttp ?? false;
  const origin = parseTarget(target, allowHttp);
  const limits: FetchLimits = {
    ...DEFAULT_LIMITS,
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    allowHttp,
    userAgent: USER_AGENT,
    sleep: options.sleep,
    signal: options.signal,
  };
  const instance = await fetchInstance(origin, limits);
  const set = buildPolicySet(instance);
  const config = auditConfig(instance);
  const setReport = lintSet(
    set.documents.map(({ file, text, kind }) => ({ file, text, kind })),
    config,
  );
  const report = buildReport({ instance, set, setReport, config, version, auditedAt: (options.now ?? (() => new Date()))() });
  return { report, instance, set };
}

/** Default rules; the instance's name and domain fill clause templates in messages. */
function auditConfig(instance: InstanceSnapshot): EngineConfig {
  const config = defaultConfig();
  return { ...config, instance: { ...config.instance, domain: instance.domain, name: instance.title } };
}
