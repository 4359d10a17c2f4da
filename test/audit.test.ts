// `fedipolicy audit` against local HTTP servers on 127.0.0.1 that serve
// Mastodon API responses from test/fixtures/audit/. No test touches the internet.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditCommand, AUDIT_HELP } from '../server/cli/audit';
import { classifyNetworkError, redirectTarget, retryAfterMs } from '../server/audit/fetch';
import { computeGrade, gradeForScore, gradeFormulaLines, type GradeInput } from '../server/audit/grade';
import { detectDefaultPolicy } from '../server/audit/default-policy';
import { htmlToMarkdown } from '../server/audit/html-to-markdown';
import { parseTarget, runAudit, targetProblem, USER_AGENT } from '../server/audit/run';
import { renderReport } from '../server/audit/render';
import type { AuditReport } from '../server/audit/report';
import { version } from '../package.json';
import { ROOT } from './support/cli';
import { AUDIT_FIXTURES as FIXTURES, closeInstances, fixtureHandler, json, serve, type Handler, type TestServer } from './support/fixture-instance';

afterEach(closeInstances);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await auditCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

async function auditJson(server: TestServer, ...extra: string[]): Promise<{ code: number; report: AuditReport }> {
  const { code, stdout, stderr } = await run(server.origin, '--allow-http', '--format', 'json', ...extra);
  assert.equal(stderr, '');
  return { code, report: JSON.parse(stdout) as AuditReport };
}

/** An error is one line on stderr, nothing on stdout, exit code 2. */
function assertOneLineError(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(result.code, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^fedipolicy audit: [^\n]+\n$/);
  assert.match(result.stderr, pattern);
}

function requirement(report: AuditReport, ruleId: string) {
  const found = report.requirements.find((r) => r.ruleId === ruleId);
  assert.ok(found, `no requirement ${ruleId}`);
  return found;
}

describe('fedipolicy audit: report card', () => {
  it('grades a complete instance A, exits 0, and shows each requirement met with its sentence', async () => {
    const server = await serve(fixtureHandler('complete'));
    const { code, report } = await auditJson(server);
    assert.equal(report.grade.grade, 'A', JSON.stringify(report.requirements.filter((r) => r.status === 'missing').map((r) => r.ruleId)));
    assert.equal(code, 0);
    assert.deepEqual(Object.keys(report).sort(), ['auditFindings', 'auditedAt', 'documents', 'findings', 'grade', 'instance', 'requirements', 'tool']);
    assert.deepEqual(report.tool, { name: 'fedipolicy', version });
    assert.equal(report.instance.domain, 'lighthouse.example');
    assert.equal(report.instance.title, 'Lighthouse Social');
    assert.equal(report.instance.contactEmail, 'admin@lighthouse.example');
    assert.equal(report.instance.contactAccount, '@admin@lighthouse.example');
    assert.equal(report.instance.minAge, 16);
    assert.deepEqual(
      report.documents.map((d) => [d.kind, d.file, d.status]),
      [
        ['privacy', 'privacy.md', 'fetched'],
        ['terms', 'terms.md', 'fetched'],
        ['rules', 'rules.md', 'fetched'],
        ['about', 'about.md', 'generated'],
      ],
    );
    assert.equal(report.documents[0].date, '2024-03-01T12:00:00.000Z');
    assert.equal(report.requirements.length, 28);
    assert.deepEqual(report.auditFindings, []);
    const ipRetention = requirement(report, 'ip-retention');
    assert.equal(ipRetention.status, 'satisfied');
    assert.equal(ipRetention.file, 'privacy.md');
    assert.match(ipRetention.evidence ?? '', /IP addresses linked to your account are deleted after 12 months/);
    assert.deepEqual(ipRetention.value, { days: 365 });
    // Every request named fedipolicy and its version.
    assert.ok(server.requests.length >= 4);
    for (const request of server.requests) assert.equal(request.userAgent, USER_AGENT);
    assert.match(USER_AGENT, new RegExp(`^fedipolicy/${version.replace(/\./g, '\\.')} `));
  });

  it("counts the instance API's contact and min_age as evidence, and says where they came from", async () => {
    // Without the privacy policy's own contact sentence and age, only the instance API provides them.
    const server = await serve(
      fixtureHandler('complete', (path, body) => {
        if (path !== '/api/v1/instance/privacy_policy') return body;
        const policy = body as { content: string };
        return { ...policy, content: policy.content.replace(/<p>Write to privacy@[^<]*<\/p>/, '').replace(/<p>You must be at least 16[^<]*<\/p>/, '') };
      }),
    );
    const { report } = await auditJson(server);
    const contact = requirement(report, 'contact');
    assert.equal(contact.status, 'satisfied');
    assert.equal(contact.file, 'about.md');
    assert.equal(contact.fromInstanceApi, true);
    assert.match(contact.evidence ?? '', /admin@lighthouse\.example/);
    const age = requirement(report, 'minimum-age');
    assert.equal(age.status, 'satisfied');
    assert.equal(age.fromInstanceApi, true);
    assert.deepEqual(age.value, { age: 16 });
    assert.match(report.documents[3].note ?? '', /generated by the audit from the instance API: contact e-mail, contact account, minimum age/);

    const text = await run(server.origin, '--allow-http');
    assert.match(text.stdout, /✓ contact: "[^"]*admin@lighthouse\.example[^"]*" \(about\.md:\d+, from the instance API\)/);
  });

  it('grades an instance without terms lower, exits 1, and says why each missing requirement matters', async () => {
    const server = await serve(fixtureHandler('no-terms'));
    const { code, report } = await auditJson(server);
    assert.equal(code, 1);
    assert.ok(['C', 'D', 'E'].includes(report.grade.grade), report.grade.grade);
    const terms = report.documents.find((d) => d.kind === 'terms');
    assert.deepEqual([terms?.file, terms?.status], [null, 'absent']);
    const ipRetention = requirement(report, 'ip-retention');
    assert.equal(ipRetention.status, 'missing');
    assert.equal(ipRetention.severity, 'error');
    assert.ok((ipRetention.why ?? '').length > 20);
    assert.ok(report.grade.deductions.some((d) => d.ruleId === 'ip-retention' && d.points === 12));
    assert.ok(report.findings.some((f) => f.ruleId === 'vague-retention' && f.file === 'privacy.md'));
    // The contact account (no e-mail) is still evidence.
    assert.equal(requirement(report, 'contact').status, 'satisfied');
    // The score is exactly what the documented formula gives.
    assert.equal(report.grade.score, Math.max(0, 100 - report.grade.deductions.reduce((s, d) => s + d.points, 0)));

    const text = await run(server.origin, '--allow-http');
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^fedipolicy audit: Tidepool \(tidepool\.example\)\n/);
    assert.match(text.stdout, /✗ ip-retention \[error\] .*\n {6}why it matters: \S/);
    assert.match(text.stdout, /Terms of service +- +no terms of service published/);
    assert.doesNotMatch(text.stdout, /must not reach the report/);

    assert.equal((await run(server.origin, '--allow-http', '--min-grade', 'E')).code, 0);
  });

  it("flags a privacy policy that is still Mastodon's default and caps the grade at C", async () => {
    const server = await serve(fixtureHandler('default-policy'));
    const { code, report } = await auditJson(server);
    assert.equal(code, 1);
    const finding = report.auditFindings.find((f) => f.id === 'mastodon-default-privacy-policy');
    assert.ok(finding, JSON.stringify(report.auditFindings));
    assert.match(finding.message, /still Mastodon's default template \(7 of its section headings match, and its date is the template's 2022-10-07\)/);
    assert.ok(['C', 'D', 'E'].includes(report.grade.grade));
    assert.equal(report.grade.cap?.grade, 'C');
    assert.ok(report.grade.deductions.some((d) => d.reason === "the privacy policy is Mastodon's default" && d.points === 10));
    const text = await run(server.origin, '--allow-http');
    assert.match(text.stdout, /\nGrade [C-E] \(score \d+\/100\); the privacy policy is Mastodon's default, which allows C at best\n/);
    assert.match(text.stdout, /\nAudit findings\n {2}! \[warning\] The privacy policy is still Mastodon's default template/);
  });

  it('grades E when the instance publishes no privacy policy', async () => {
    const server = await serve(fixtureHandler('complete', (path, body) => (path === '/api/v1/instance/privacy_policy' ? { updated_at: null, content: '' } : body)));
    const { code, report } = await auditJson(server);
    assert.equal(code, 1);
    assert.equal(report.grade.grade, 'E');
    assert.equal(report.auditFindings[0].id, 'no-privacy-policy');
    assert.deepEqual(report.documents[0], {
      kind: 'privacy',
      file: null,
      status: 'absent',
      source: `${server.origin}/api/v1/instance/privacy_policy`,
      note: 'no privacy policy published',
    });
  });

  it('falls back to the rules in the instance object when /api/v1/instance/rules is absent', async () => {
    const server = await serve((req, res) => (req.url === '/api/v1/instance/rules' ? json(res, 404, { error: 'Not found' }) : fixtureHandler('complete')(req, res)));
    const { report } = await auditJson(server);
    const rules = report.documents.find((d) => d.kind === 'rules');
    assert.equal(rules?.source, `${server.origin}/api/v2/instance`);
    assert.equal(rules?.note, '3 rules');
  });
});

describe('fedipolicy audit: formats and files', () => {
  const hostile = (path: string, body: unknown) => {
    if (path === '/api/v2/instance') return { ...(body as object), title: '<b>Evil & "Co"</b>' };
    if (path === '/api/v1/instance/rules') return [{ id: '1', text: 'No <img src=x onerror=alert(1)> *spam* [here](javascript:alert(1))', hint: '' }];
    return body;
  };

  it('renders self-contained HTML with everything from the server escaped', async () => {
    const server = await serve(fixtureHandler('complete', hostile));
    const { code, stdout } = await run(server.origin, '--allow-http', '--format', 'html');
    assert.equal(code, 0);
    assert.match(stdout, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(stdout, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.match(stdout, /<h1>fedipolicy audit: &lt;b&gt;Evil &amp; &quot;Co&quot;&lt;\/b&gt; \(lighthouse\.example\)<\/h1>/);
    assert.match(stdout, /<div class="badge"[^>]*>A<\/div>/);
    assert.doesNotMatch(stdout, /<script|<img|<link|\bsrc=|@import|url\(/i);
  });

  it('renders Markdown with server text escaped, and the same facts as text', async () => {
    const server = await serve(fixtureHandler('no-terms', hostile));
    const { stdout } = await run(server.origin, '--allow-http', '--format', 'md');
    assert.match(stdout, /^# fedipolicy audit: \\<b>Evil & "Co"\\<\/b> \(tidepool\.example\)\n/);
    assert.match(stdout, /\n## Missing \(\d+\)\n/);
    assert.match(stdout, /\n- ✗ `ip-retention` \(error\): .+ Why it matters: /);
    assert.match(stdout, /\n## How the grade was computed\n/);
  });

  it('writes the report to --output, picking the format from the extension', async () => {
    const server = await serve(fixtureHandler('complete'));
    const dir = mkdtempSync(join(tmpdir(), 'fedipolicy-audit-'));
    try {
      const result = await run(server.origin, '--allow-http', '--output', join(dir, 'card.html'));
      assert.deepEqual([result.code, result.stdout, result.stderr], [0, '', '']);
      assert.match(readFileSync(join(dir, 'card.html'), 'utf8'), /^<!DOCTYPE html>/);
      const asJson = await run(server.origin, '--allow-http', '-o', join(dir, 'card.json'));
      assert.equal(asJson.code, 0);
      assert.equal((JSON.parse(readFileSync(join(dir, 'card.json'), 'utf8')) as AuditReport).grade.grade, 'A');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--save writes the fetched documents as Markdown, and never overwrites', async () => {
    const server = await serve(fixtureHandler('complete'));
    const dir = mkdtempSync(join(tmpdir(), 'fedipolicy-audit-'));
    try {
      const target = join(dir, 'policies');
      const result = await run(server.origin, '--allow-http', '--save', target);
      assert.equal(result.code, 0, result.stderr);
      const privacy = readFileSync(join(target, 'privacy.md'), 'utf8');
      assert.match(privacy, /^This policy explains which personal data Lighthouse Social/);
      assert.match(privacy, /\n# Data retention\n\n- IP addresses linked to your account are deleted after 12 months\.\n/);
      assert.match(privacy, /\*\*Account data\*\*: when you sign up/);
      assert.match(readFileSync(join(target, 'terms.md'), 'utf8'), /^# Terms of service\n/);
      assert.equal(
        readFileSync(join(target, 'rules.md'), 'utf8'),
        '# Server rules of Lighthouse Social\n\n1. No racism, sexism, homophobia or transphobia.\n\n   Moderators remove such posts and suspend repeat offenders.\n\n2. No harassment or dogpiling.\n\n3. Put content warnings on graphic media.\n\n   Use the CW field.\n',
      );
      assert.equal(existsSync(join(target, 'about.md')), false);

      const requestsBefore = server.requests.length;
      const again = await run(server.origin, '--allow-http', '--save', target);
      assertOneLineError(again, /--save: .*privacy\.md already exists; choose an empty directory/);
      assert.equal(server.requests.length, requestsBefore, 'nothing is fetched when --save would overwrite');
      assert.equal(readFileSync(join(target, 'privacy.md'), 'utf8'), privacy);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--help documents the grade formula, and docs/audit.md states the same formula', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.equal(help.stdout, AUDIT_HELP);
    const docs = readFileSync(join(ROOT, 'docs/audit.md'), 'utf8');
    for (const line of gradeFormulaLines()) {
      assert.ok(help.stdout.includes(line), `help lacks: ${line}`);
      assert.ok(docs.includes(line), `docs/audit.md lacks: ${line}`);
    }
  });

  it('rejects bad arguments with one line and exit code 2', async () => {
    assertOneLineError(await run(), /give the domain of an instance/);
    assertOneLineError(await run('a.example', 'b.example'), /one instance at a time/);
    assertOneLineError(await run('a.example', '--format', 'pdf'), /--format must be one of text, md, json, html \(got pdf\)/);
    assertOneLineError(await run('a.example', '--min-grade', 'F'), /--min-grade must be one of A, B, C, D, E/);
    assertOneLineError(await run('a.example', '--timeout', 'soon'), /--timeout must be a number of seconds/);
    assertOneLineError(await run('a.example', '--frobnicate'), /Unknown option '--frobnicate'/);
    assertOneLineError(await run('ftp://a.example'), /not an https URL/);
    assertOneLineError(await run('a.example/some path'), /not a domain/);
  });
});

describe('fedipolicy audit: network errors', () => {
  it('refuses plain http without --allow-http, before any request', async () => {
    const server = await serve(fixtureHandler('complete'));
    assertOneLineError(await run(server.origin), /refusing plain http \(http:\/\/127\.0\.0\.1:\d+\): use https, or --allow-http/);
    assert.equal(server.requests.length, 0);
  });

  it('reports a refused connection', async () => {
    const server = await serve(fixtureHandler('complete'));
    await server.close();
    assertOneLineError(await run(server.origin, '--allow-http'), new RegExp(`127\\.0\\.0\\.1:${server.port} refused the connection`));
  });

  it('reports a TLS failure (https to a server that does not speak TLS)', async () => {
    const server = await serve(fixtureHandler('complete'));
    assertOneLineError(await run(`https://127.0.0.1:${server.port}`), /TLS failure talking to 127\.0\.0\.1:\d+: the server does not speak TLS on this port \(ERR_SSL_WRONG_VERSION_NUMBER\)/);
  });

  it('classifies DNS and certificate errors from the cause code Node attaches', () => {
    const url = new URL('https://nowhere.example/api/v2/instance');
    const failed = (code: string, message = '') => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
    assert.equal(classifyNetworkError(failed('ENOTFOUND'), url).message, 'cannot resolve nowhere.example: DNS lookup failed (ENOTFOUND)');
    assert.equal(classifyNetworkError(failed('EAI_AGAIN'), url).kind, 'dns');
    assert.equal(classifyNetworkError(failed('CERT_HAS_EXPIRED'), url).message, 'TLS failure talking to nowhere.example: the certificate has expired (CERT_HAS_EXPIRED)');
    assert.equal(classifyNetworkError(failed('DEPTH_ZERO_SELF_SIGNED_CERT'), url).message, 'TLS failure talking to nowhere.example: the certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)');
    assert.equal(classifyNetworkError(failed('ERR_TLS_CERT_ALTNAME_INVALID'), url).kind, 'tls');
    assert.equal(classifyNetworkError(failed('ECONNRESET'), url).message, 'nowhere.example closed the connection unexpectedly (ECONNRESET)');
    assert.equal(classifyNetworkError(failed('EWHATEVER', 'odd\nfailure'), url).message, 'cannot reach https://nowhere.example/api/v2/instance: odd failure (EWHATEVER)');
  });

  it('reports a server that answers HTML instead of JSON as not Mastodon-compatible', async () => {
    const page = readFileSync(join(FIXTURES, 'broken/not-mastodon.html'), 'utf8');
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    assertOneLineError(
      await run(server.origin, '--allow-http'),
      /127\.0\.0\.1:\d+ does not look like a Mastodon-compatible server: \/api\/v2\/instance returned HTML instead of JSON/,
    );
  });

  it('reports unexpected JSON as not Mastodon-compatible', async () => {
    const notInstance = await serve((_req, res) => json(res, 200, { hello: 'world' }));
    assertOneLineError(await run(notInstance.origin, '--allow-http'), /does not look like a Mastodon-compatible server: \/api\/v2\/instance returned unexpected JSON \(no "domain" or "title"\)/);
    const badRules = await serve(fixtureHandler('complete', (path, body) => (path === '/api/v1/instance/rules' ? { rules: 'none' } : body)));
    assertOneLineError(await run(badRules.origin, '--allow-http'), /\/api\/v1\/instance\/rules returned unexpected JSON \(rules are not a list\)/);
    const broken = await serve((_req, res) => json(res, 200, '{"domain": '));
    assertOneLineError(await run(broken.origin, '--allow-http'), /returned application\/json that is not JSON/);
  });

  it('explains 401/403 as limited federation', async () => {
    for (const status of [401, 403]) {
      const server = await serve((_req, res) => json(res, status, { error: 'This API requires an authenticated user' }));
      assertOneLineError(
        await run(server.origin, '--allow-http'),
        new RegExp(`answered ${status} \\w+ for /api/v2/instance: the server does not let anonymous visitors read its API \\(limited federation mode or authorized fetch\\)`),
      );
    }
  });

  it('reports 404 on the instance endpoint, and treats 404 on the terms as "none"', async () => {
    const server = await serve((_req, res) => json(res, 404, { error: 'Not found' }));
    assertOneLineError(await run(server.origin, '--allow-http'), /has no \/api\/v2\/instance \(404\): not a Mastodon-compatible server, or older than Mastodon 4\.0/);
  });

  it('reports a 5xx as a server error', async () => {
    const server = await serve((req, res) => (req.url === '/api/v1/instance/privacy_policy' ? json(res, 500, { error: 'boom' }) : fixtureHandler('complete')(req, res)));
    assertOneLineError(await run(server.origin, '--allow-http'), /answered 500 Internal Server Error for \/api\/v1\/instance\/privacy_policy: a server error; try again later/);
  });

  it('stops waiting after --timeout', async () => {
    const server = await serve(() => undefined); // never answers
    assertOneLineError(await run(server.origin, '--allow-http', '--timeout', '1'), /no complete answer from http:\/\/127\.0\.0\.1:\d+\/api\/v2\/instance within 1 s \(--timeout sets the limit\)/);
  });

  it('stops when the caller cancels (the editor\'s Cancel button)', async () => {
    const server = await serve(() => undefined); // never answers
    const controller = new AbortController();
    const audit = runAudit(server.origin, { allowHttp: true, signal: controller.signal });
    setImmediate(() => controller.abort());
    await assert.rejects(audit, (error: Error & { kind?: string }) => error.kind === 'cancelled' && error.message === 'the audit was cancelled');
  });

  it('stops reading a body over 5 MB, whether or not its length is declared', async () => {
    let bytesSent = 0;
    const streaming = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (bytesSent < 50 * 1024 * 1024) {
          bytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => res.destroy());
      pump();
    });
    assertOneLineError(await run(streaming.origin, '--allow-http'), /the response from http:\/\/127\.0\.0\.1:\d+\/api\/v2\/instance is larger than the 5 MB limit/);
    assert.ok(bytesSent < 20 * 1024 * 1024, `the download was cut short (${bytesSent} bytes sent)`);

    const declared = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(6 * 1024 * 1024) });
      res.write('{');
    });
    assertOneLineError(await run(declared.origin, '--allow-http'), /is larger than the 5 MB limit/);
  });

  it('follows up to 3 redirects and refuses a 4th', async () => {
    const redirecting = (hops: number): Handler => {
      const inner = fixtureHandler('complete');
      return (req, res) => {
        const match = /^\/hop(\d+)(\/.*)$/.exec(req.url ?? '');
        const [n, rest] = match ? [Number(match[1]), match[2]] : [0, req.url ?? ''];
        if (rest === '/api/v2/instance' && n < hops) {
          res.writeHead(302, { location: `/hop${n + 1}${rest}` });
          return void res.end();
        }
        req.url = rest;
        inner(req, res);
      };
    };
    const three = await serve(redirecting(3));
    assert.equal((await run(three.origin, '--allow-http', '--format', 'json')).code, 0);
    const four = await serve(redirecting(4));
    assertOneLineError(await run(four.origin, '--allow-http'), /\/api\/v2\/instance redirects more than 3 times; stopped at http:\/\/127\.0\.0\.1:\d+\/hop3\/api\/v2\/instance/);
  });

  it('refuses a redirect from https to http, even with --allow-http', () => {
    const from = new URL('https://mastodon.example/api/v2/instance');
    assert.equal(redirectTarget(from, '/other/api/v2/instance', false).href, 'https://mastodon.example/other/api/v2/instance');
    assert.equal(redirectTarget(from, 'https://social.example/api/v2/instance', false).href, 'https://social.example/api/v2/instance');
    for (const allowHttp of [false, true]) {
      assert.throws(
        () => redirectTarget(from, 'http://mastodon.example/api/v2/instance', allowHttp),
        /^AuditError: https:\/\/mastodon\.example\/api\/v2\/instance redirects from https to plain http \(http:\/\/mastodon\.example\/api\/v2\/instance\); refused$/,
      );
    }
    assert.throws(() => redirectTarget(from, 'ftp://mastodon.example/x', true), /only https \(and http with --allow-http\) URLs are fetched/);
    assert.throws(() => redirectTarget(new URL('http://127.0.0.1:1/'), 'http://[bad', true), /redirects to an invalid URL: http:\/\/\[bad/);
  });

  it('waits once as Retry-After asks after a 429, then succeeds', async () => {
    let limited = 0;
    const server = await serve((req, res) => {
      if (req.url === '/api/v2/instance' && limited++ === 0) return json(res, 429, { error: 'Too many requests' }, { 'retry-after': '7' });
      fixtureHandler('complete')(req, res);
    });
    const waits: number[] = [];
    const { report } = await runAudit(server.origin, { allowHttp: true, sleep: async (ms) => void waits.push(ms) });
    assert.deepEqual(waits, [7000]);
    assert.equal(report.instance.domain, 'lighthouse.example');
    assert.equal(server.requests.filter((r) => r.url === '/api/v2/instance').length, 2);
  });

  it('reports a 429 that persists after the one retry, and one that asks for too long a wait', async () => {
    const always = await serve((_req, res) => json(res, 429, { error: 'Too many requests' }, { 'retry-after': '0' }));
    assertOneLineError(await run(always.origin, '--allow-http'), /127\.0\.0\.1:\d+ is still rate limiting requests \(429\) after waiting 0 s as asked; try again later/);
    assert.equal(always.requests.length, 2);

    const patient = await serve((_req, res) => json(res, 429, { error: 'Too many requests' }, { 'retry-after': '3600' }));
    const waits: number[] = [];
    await assert.rejects(runAudit(patient.origin, { allowHttp: true, sleep: async (ms) => void waits.push(ms) }), /asks to wait 3600 s; try again later/);
    assert.deepEqual(waits, []);
  });
});

describe('fedipolicy audit: pieces', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(retryAfterMs('12', now), 12_000);
    assert.equal(retryAfterMs('Wed, 01 Jan 2025 00:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Tue, 31 Dec 2024 00:00:00 GMT', now), 0);
    assert.equal(retryAfterMs(null, now), 1000);
    assert.equal(retryAfterMs('soon', now), 1000);
  });

  it('takes a domain or a URL, keeping only the origin', () => {
    assert.equal(parseTarget('mastodon.example', false), 'https://mastodon.example');
    assert.equal(parseTarget(' Mastodon.Example:8443 ', false), 'https://mastodon.example:8443');
    assert.equal(parseTarget('https://mastodon.example/about?x=1', false), 'https://mastodon.example');
    assert.equal(parseTarget('http://127.0.0.1:3000/', true), 'http://127.0.0.1:3000');
    assert.throws(() => parseTarget('http://mastodon.example', false), /refusing plain http/);
    assert.throws(() => parseTarget('user@mastodon.example', false), /not a domain/);
    assert.throws(() => parseTarget('https://user:pw@mastodon.example', false), /not a domain or URL/);
    // What VS Code's input box says while the domain is typed.
    assert.equal(targetProblem('mastodon.example'), undefined);
    assert.equal(targetProblem('https://mastodon.example/about'), undefined);
    assert.equal(targetProblem('http://mastodon.example'), 'The audit fetches over https only.');
    assert.equal(targetProblem('mastodon example'), 'not a domain: mastodon example');
  });

  it('converts HTML to Markdown, dropping scripts and keeping links and headings', () => {
    const { markdown, headings } = htmlToMarkdown(
      '<h1>Who we are</h1><p>See <a href="https://x.example/p">the <em>page</em></a> &amp; <strong>this</strong>.</p><script>alert(1)</script><style>p{}</style><div><h2>Nested *heading*</h2></div><ul><li>one</li><li>two</li></ul>',
    );
    assert.equal(markdown, '# Who we are\n\nSee [the _page_](https://x.example/p) & **this**.\n\n## Nested \\*heading\\*\n\n- one\n- two\n');
    assert.deepEqual(headings, ['Who we are', 'Nested *heading*']);
  });

  it("recognises Mastodon's default policy by its headings, not an admin's own policy", () => {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, 'default-policy/privacy_policy.json'), 'utf8')) as { content: string; updated_at: string };
    const { headings } = htmlToMarkdown(fixture.content);
    assert.deepEqual(detectDefaultPolicy(headings, fixture.updated_at), { isDefault: true, matchedHeadings: 7, defaultDate: true });
    assert.equal(detectDefaultPolicy(headings, '2024-01-01T00:00:00Z').isDefault, true, '7 headings suffice without the date');
    assert.equal(detectDefaultPolicy(headings.slice(0, 5), '2024-01-01T00:00:00Z').isDefault, false);
    assert.equal(detectDefaultPolicy(headings.slice(0, 5), fixture.updated_at).isDefault, true, 'the default date lowers the bar');
    const own = ['Who runs this server', 'What information do we collect?', 'Do we use cookies?', 'How long we keep data', 'Your rights', 'Contact'];
    assert.equal(detectDefaultPolicy(own, undefined).isDefault, false);
    const extended = [...headings, 'Our hosting', 'Backups', 'Your rights in the EU', 'Moderation', 'Contact'];
    assert.equal(detectDefaultPolicy(extended, '2024-01-01T00:00:00Z').isDefault, false, 'a policy grown well beyond the template is its own');
  });

  describe('grade', () => {
    const base = (overrides: Partial<GradeInput> = {}): GradeInput => ({
      requirements: [
        { ruleId: 'ip-retention', status: 'satisfied', severity: 'error' },
        { ruleId: 'contact', status: 'satisfied', severity: 'warning' },
      ],
      findings: [],
      privacyPolicyPublished: true,
      defaultPrivacyPolicy: false,
      ...overrides,
    });

    it('gives A with nothing missing, and subtracts by severity', () => {
      assert.deepEqual(computeGrade(base()), { grade: 'A', score: 100, deductions: [], cap: undefined });
      const missing = computeGrade(
        base({
          requirements: [
            { ruleId: 'ip-retention', status: 'missing', severity: 'error' },
            { ruleId: 'contact', status: 'missing', severity: 'warning' },
            { ruleId: 'third-parties', status: 'missing', severity: 'info' },
            { ruleId: 'data-export', status: 'missing', severity: 'off' },
            { ruleId: 'date-of-birth', status: 'not-applicable', severity: 'warning' },
          ],
        }),
      );
      assert.equal(missing.score, 100 - 12 - 6 - 2);
      assert.equal(missing.grade, 'B');
      assert.deepEqual(
        missing.deductions.map((d) => [d.ruleId, d.points]),
        [
          ['ip-retention', 12],
          ['contact', 6],
          ['third-parties', 2],
        ],
      );
    });

    it('counts at most 3 findings per rule and 20 points of findings in all', () => {
      const placeholders = Array.from({ length: 10 }, () => ({ ruleId: 'unfilled-placeholder', severity: 'error' as const }));
      assert.equal(computeGrade(base({ findings: placeholders })).score, 100 - 3 * 4);
      const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((ruleId) => ({ ruleId, severity: 'error' as const }));
      assert.equal(computeGrade(base({ findings: many })).score, 80);
    });

    it('maps scores to grades at the documented thresholds', () => {
      assert.deepEqual(
        [100, 90, 89, 75, 74, 55, 54, 35, 34, 0].map(gradeForScore),
        ['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E'],
      );
    });

    it('caps a default policy at C and a missing policy at E', () => {
      const defaulted = computeGrade(base({ defaultPrivacyPolicy: true }));
      assert.deepEqual([defaulted.score, defaulted.grade, defaulted.cap?.grade], [90, 'C', 'C']);
      const none = computeGrade(base({ privacyPolicyPublished: false }));
      assert.deepEqual([none.score, none.grade], [100, 'E']);
    });
  });

  it('renders JSON that round-trips the report', async () => {
    const server = await serve(fixtureHandler('no-terms'));
    const { report } = await runAudit(server.origin, { allowHttp: true, now: () => new Date('2025-02-03T04:05:06Z') });
    assert.equal(report.auditedAt, '2025-02-03T04:05:06.000Z');
    assert.deepEqual(JSON.parse(renderReport(report, 'json')), JSON.parse(JSON.stringify(report)));
  });
});
