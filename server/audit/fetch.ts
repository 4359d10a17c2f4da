// The only network code in fedipolicy: GET requests to one instance's public
// API, with a timeout per request, a body size limit, a redirect limit and one
// wait for a 429. Every failure becomes an AuditError with a one-line message.

export type AuditErrorKind =
  | 'usage'
  | 'dns'
  | 'refused'
  | 'tls'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'redirects'
  | 'insecure'
  | 'not-mastodon'
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  | 'server-error'
  | 'http'
  | 'io'
  | 'cancelled';

/** A failure the audit reports in one line (exit code 2), never as a stack trace. */
export class AuditError extends Error {
  constructor(
    readonly kind: AuditErrorKind,
    message: string,
  ) {
    super(oneLine(message));
    this.name = 'AuditError';
  }
}

export interface FetchLimits {
  /** Per HTTP request (each redirect hop has its own), including reading the body. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowHttp: boolean;
  userAgent: string;
  /** A 429 whose Retry-After asks for longer than this is reported instead of waited for. */
  maxRetryAfterMs: number;
  /** How to wait before the one retry after a 429 (tests record the wait instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
  /** Cancels the audit (the editor's Cancel button). */
  signal?: AbortSignal;
}

export const DEFAULT_LIMITS = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 3,
  maxRetryAfterMs: 60_000,
} as const;

/** A successful JSON response. */
export interface JsonResponse {
  /** The URL that answered, after redirects. */
  url: string;
  json: unknown;
}

interface RawResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Headers;
  /** Read only for 2xx responses; other bodies are discarded unread. */
  body?: string;
}

/**
 * GET `url` and parse its JSON body. Throws AuditError for every failure,
 * including 404 (kind `not-found`), which callers may treat as "absent".
 */
export async function fetchJson(url: string, limits: FetchLimits): Promise<JsonResponse> {
  let response = await getFollowingRedirects(url, limits);
  if (response.status === 429) {
    const waitMs = retryAfterMs(response.headers.get('retry-after'), Date.now());
    if (waitMs > limits.maxRetryAfterMs) {
      throw new AuditError(
        'rate-limited',
        `${hostOf(url)} is rate limiting requests (429) and asks to wait ${Math.ceil(waitMs / 1000)} s; try again later`,
      );
    }
    await (limits.sleep ?? sleep)(waitMs);
    if (limits.signal?.aborted) throw cancelled();
    response = await getFollowingRedirects(url, limits);
    if (response.status === 429) {
      throw new AuditError(
        'rate-limited',
        `${hostOf(url)} is still rate limiting requests (429) after waiting ${Math.ceil(waitMs / 1000)} s as asked; try again later`,
      );
    }
  }
  checkStatus(response);
  return { url: response.url, json: parseJsonBody(response) };
}

function checkStatus(response: RawResponse): void {
  const { status, url } = response;
  const where = `${hostOf(url)} answered ${status}${response.statusText ? ` ${response.statusText}` : ''} for ${pathOf(url)}`;
  if (status >= 200 && status < 300) return;
  if (status === 401 || status === 403) {
    throw new AuditError('unauthorized', `${where}: the server does not let anonymous visitors read its API (limited federation mode or authorized fetch)`);
  }
  if (status === 404) throw new AuditError('not-found', `${where}: not found`);
  if (status >= 500) throw new AuditError('server-error', `${where}: a server error; try again later`);
  throw new AuditError('http', `${where}: unexpected status`);
}

function parseJsonBody(response: RawResponse): unknown {
  const body = response.body ?? '';
  const contentType = response.headers.get('content-type') ?? '';
  const notMastodon = (what: string) =>
    new AuditError('not-mastodon', `${hostOf(response.url)} does not look like a Mastodon-compatible server: ${pathOf(response.url)} returned ${what}`);
  if (/html/i.test(contentType) || /^\s*</.test(body)) throw notMastodon('HTML instead of JSON');
  try {
    return JSON.parse(body);
  } catch {
    throw notMastodon(contentType ? `${contentType.split(';')[0]} that is not JSON` : 'a body that is not JSON');
  }
}

/** One GET, following at most `maxRedirects` redirects by hand (to count them and refuse https -> http). */
async function getFollowingRedirects(startUrl: string, limits: FetchLimits): Promise<RawResponse> {
  let url = parseHttpUrl(startUrl, limits.allowHttp);
  for (let redirects = 0; ; redirects++) {
    const response = await getOnce(url, limits);
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) return response;
    if (redirects >= limits.maxRedirects) {
      throw new AuditError('redirects', `${startUrl} redirects more than ${limits.maxRedirects} times; stopped at ${url.href}`);
    }
    url = redirectTarget(url, location, limits.allowHttp);
  }
}

/** Where a redirect from `from` leads; never from https down to http, whatever --allow-http says. */
export function redirectTarget(from: URL, location: string, allowHttp: boolean): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new AuditError('http', `${from.href} redirects to an invalid URL: ${location}`);
  }
  if (from.protocol === 'https:' && next.protocol === 'http:') {
    throw new AuditError('insecure', `${from.href} redirects from https to plain http (${next.href}); refused`);
  }
  return parseHttpUrl(next.href, allowHttp);
}

function parseHttpUrl(href: string, allowHttp: boolean): URL {
  const url = new URL(href);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (allowHttp) return url;
    throw new AuditError('insecure', `refusing plain http (${url.href}): use https, or --allow-http for a local test server`);
  }
  throw new AuditError('http', `cannot fetch ${url.href}: only https (and http with --allow-http) URLs are fetched`);
}

async function getOnce(url: URL, limits: FetchLimits): Promise<RawResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'GET',
      redirect: 'manual',
      signal: limits.signal ? AbortSignal.any([controller.signal, limits.signal]) : controller.signal,
      headers: { 'user-agent': limits.userAgent, accept: 'application/json' },
    });
    const raw: RawResponse = { url: url.href, status: response.status, statusText: response.statusText, headers: response.headers };
    if (response.status >= 200 && response.status < 300) {
      raw.body = await readLimited(response, limits.maxBytes, url.href);
    } else {
      await response.body?.cancel().catch(() => undefined);
    }
    return raw;
  } catch (error) {
    if (error instanceof AuditError) throw error;
    if (limits.signal?.aborted) throw cancelled();
    if (controller.signal.aborted) {
      throw new AuditError('timeout', `no complete answer from ${url.href} within ${formatSeconds(limits.timeoutMs)} (--timeout sets the limit)`);
    }
    throw classifyNetworkError(error, url);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as UTF-8, stopping (and cancelling the download) as soon as it exceeds `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, href: string): Promise<string> {
  const tooLarge = () => new AuditError('too-large', `the response from ${href} is larger than the ${formatBytes(maxBytes)} limit`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|HOSTNAME_MISMATCH)/;

/** Turns what Node's fetch throws (a TypeError whose `cause` carries the system error) into a one-line AuditError. */
export function classifyNetworkError(error: unknown, url: URL): AuditError {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const detail = typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
  const host = url.host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL') {
    return new AuditError('dns', `cannot resolve ${url.hostname}: DNS lookup failed (${code})`);
  }
  if (code === 'ECONNREFUSED') return new AuditError('refused', `${host} refused the connection`);
  if (TLS_CODE.test(code)) return new AuditError('tls', `TLS failure talking to ${host}: ${tlsReason(code, detail)} (${code})`);
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new AuditError('timeout', `${host} did not answer in time (${code})`);
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return new AuditError('network', `${host} closed the connection unexpectedly (${code})`);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return new AuditError('network', `${host} is unreachable (${code})`);
  return new AuditError('network', `cannot reach ${url.href}: ${detail}${code ? ` (${code})` : ''}`);
}

function tlsReason(code: string, detail: string): string {
  if (code === 'CERT_HAS_EXPIRED') return 'the certificate has expired';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') return 'the certificate is for another host name';
  if (code.includes('SELF_SIGNED')) return 'the certificate is self-signed';
  if (code.startsWith('UNABLE_TO_')) return 'the certificate cannot be verified';
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER') return 'the server does not speak TLS on this port';
  // OpenSSL details look like "800C...:error:0A00010B:SSL routines:..."; keep only the reason.
  const parts = detail.split(':');
  return parts.length > 4 ? parts[4] : detail;
}

/** Retry-After is seconds or an HTTP date; absent or unreadable means 1 s. */
export function retryAfterMs(header: string | null, now: number): number {
  if (header === null || header.trim() === '') return 1000;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return 1000;
  return Math.max(0, date - now);
}

function cancelled(): AuditError {
  return new AuditError('cancelled', 'the audit was cancelled');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hostOf(href: string): string {
  try {
    return new URL(href).host;
  } catch {
    return href;
  }
}

function pathOf(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return href;
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
