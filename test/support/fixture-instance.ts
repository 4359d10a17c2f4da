// Local HTTP servers on 127.0.0.1 that answer like a Mastodon instance, from
// test/fixtures/audit/<name>/: the audit tests (CLI and language server) never
// touch the internet.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './cli';

export const AUDIT_FIXTURES = join(ROOT, 'test/fixtures/audit');

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  origin: string;
  port: number;
  requests: { url: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

const open: TestServer[] = [];

export async function serve(handler: Handler): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', userAgent: req.headers['user-agent'] });
    handler(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const handle: TestServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  open.push(handle);
  return handle;
}

/** Closes every server `serve` started (call it in afterEach). */
export async function closeInstances(): Promise<void> {
  await Promise.all(open.splice(0).map((s) => s.close()));
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const ROUTES: Record<string, string> = {
  '/api/v2/instance': 'instance.json',
  '/api/v1/instance/privacy_policy': 'privacy_policy.json',
  '/api/v1/instance/terms_of_service': 'terms_of_service.json',
  '/api/v1/instance/rules': 'rules.json',
};

/** Serves a fixture instance; a file the fixture lacks answers 404 as Mastodon does. */
export function fixtureHandler(name: string, override: (path: string, body: unknown) => unknown = (_p, b) => b): Handler {
  return (req, res) => {
    const file = ROUTES[req.url ?? ''];
    const path = file ? join(AUDIT_FIXTURES, name, file) : '';
    if (!file || !existsSync(path)) return json(res, 404, { error: 'Record not found' });
    json(res, 200, override(req.url ?? '', JSON.parse(readFileSync(path, 'utf8'))));
  };
}
