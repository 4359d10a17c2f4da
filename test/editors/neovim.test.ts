// A real editor as the client: headless Neovim's built-in LSP client runs
// dist/server.js over stdio (see neovim-lsp.lua). Needs `nvim` (Debian:
// `apt-get install -y neovim`); .ci/run installs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, folder } from '../support/cli';

/** The repository root (this test is bundled to out/test/editors/). */
const ROOT = resolve(__dirname, '..', '..', '..');
const LUA = join(ROOT, 'test', 'editors', 'neovim-lsp.lua');
const EXAMPLES = ['privacy-policy.md', 'terms-of-service.md', 'server-rules.md'];

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  code: string;
  source: string;
  severity: number;
}

interface NeovimRun {
  steps: string[];
  error?: string;
  diagnostics?: NeovimDiagnostic[];
  after?: NeovimDiagnostic[];
  action_titles?: string[];
  disabled?: { code: string; lnum: number };
  text?: string[];
}

function nvimAvailable(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

const pairs = (list: { code: string; lnum: number }[]) => list.map((d) => `${d.code}@${d.lnum + 1}`).sort();

describe('editors: Neovim built-in LSP client', function () {
  this.timeout(90_000);
  after(cleanup);

  it('shows the same findings as `fedipolicy lint --format json`, and applies a server code action', function () {
    if (!nvimAvailable()) this.skip(); // nvim is not installed here (apt-get install -y neovim); .ci/run installs it
    const root = folder(Object.fromEntries(EXAMPLES.map((name) => [name, readFileSync(join(ROOT, 'examples', name), 'utf8')])));
    const policy = join(root, 'privacy-policy.md');
    const out = join(root, 'nvim-result.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${LUA}`], {
      cwd: root,
      env: { ...process.env, FEDIPOLICY_SERVER: join(ROOT, 'dist', 'server.js'), FEDIPOLICY_FILE: policy, FEDIPOLICY_OUT: out },
      encoding: 'utf8',
      timeout: 80_000,
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
    assert.equal(result.error, undefined, `the Lua script failed after ${result.steps.join(' > ')}: ${result.error}`);

    const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', 'privacy-policy.md'], { cwd: root, encoding: 'utf8' });
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    const expected = (JSON.parse(cli.stdout) as { ruleId: string; line: number }[]).map((f) => ({ code: f.ruleId, lnum: f.line - 1 }));
    assert.ok(expected.length > 0, 'the example policy has findings');
    assert.deepEqual(pairs(result.diagnostics!), pairs(expected));
    assert.ok(result.diagnostics!.every((d) => d.source === 'fedipolicy'));

    // Neovim applied "Disable RULE for this line" (a versioned workspace edit) and got new diagnostics.
    const { code, lnum } = result.disabled!;
    assert.ok(result.steps.includes('applied'), `actions offered: ${result.action_titles?.join(' | ')}`);
    assert.equal(result.text![lnum], `<!-- fedipolicy-disable-next-line ${code} -- reason: ... -->`);
    assert.ok(!result.after!.some((d) => d.code === code && d.lnum === lnum + 1), `${code} is gone from its line`);
    assert.equal(result.after!.length, result.diagnostics!.length - 1);
  });
});
