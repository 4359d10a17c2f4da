// The VS Code package: VSIX size, and what activation costs outside VS Code:
// loading dist/extension.js, and activate() up to a running language server
// (the client started against a stand-in for the `vscode` API that answers
// every call with a no-op). VS Code adds its own extension-host overhead.
import { execFileSync, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { log, median, round } from './stats';

const ROOT = resolve(__dirname, '..', '..');

function vsixSize(): { bytes: number; MB: number } {
  const out = join(ROOT, 'bench', 'tmp', 'fedipolicy.vsix');
  execFileSync(process.execPath, [join(ROOT, 'client', 'package-vsix.mjs'), '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const bytes = statSync(out).size;
  return { bytes, MB: round(bytes / (1024 * 1024), 2) };
}

/** Time from spawning dist/server.js to its answer to `initialize`. */
async function serverStart(): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  const ms = performance.now() - start;
  connection.dispose();
  child.kill();
  return ms;
}

/** Time to require dist/extension.js with a stand-in `vscode` module. */
function moduleLoad(): number {
  const stub: unknown = new Proxy(function stubFunction() {}, {
    get: (_target, key) => (key === 'then' ? undefined : stub),
    apply: () => stub,
    construct: () => stub as object,
  });
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: unknown })._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : load(request, ...rest));
  try {
    const path = join(ROOT, 'dist', 'extension.js');
    const start = performance.now();
    require(path);
    const ms = performance.now() - start;
    delete require.cache[path];
    return ms;
  } finally {
    (Module as unknown as { _load: unknown })._load = load;
  }
}

async function main(): Promise<void> {
  const vsix = vsixSize();
  log(`vsix: ${vsix.MB} MB`);
  const loads: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    loads.push(moduleLoad());
    starts.push(await serverStart());
  }
  const activation = { moduleLoadMs: round(median(loads), 1), serverStartMs: round(median(starts), 1), firstModuleLoadMs: round(loads[0], 1) };
  log(`activation: module load ${activation.moduleLoadMs} ms (first ${activation.firstModuleLoadMs} ms), server start to initialize ${activation.serverStartMs} ms`);
  process.stdout.write(JSON.stringify({ vsix, activation }));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
