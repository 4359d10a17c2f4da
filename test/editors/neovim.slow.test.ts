// A real editor as the client: headless Neovim's built-in LSP client runs
// dist/server.js over stdio (see neovim-lsp.lua). Needs `nvim` (Debian:
// `apt-get install -y neovim`); .ci/run installs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from '../support/cli';
import { cliFindings, exampleFolder, ROOT, runs, SERVER } from './support';

const LUA = join(ROOT, 'test', 'editors', 'neovim-lsp.lua');

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

const pairs = (list: { code: string; lnum: number }[]) => list.map((d) => `${d.code}@${d.lnum + 1}`).sort();

describe('editors: Neovim built-in LSP client', function () {
  this.timeout(90_000);
  after(cleanup);

  it('shows the same findings as `fedipolicy lint --format json`, and applies a server code action', () => {
    // The slow suite fails rather than skips without the editor: .ci/run installs it.
    assert.ok(runs('nvim', ['--version']), 'nvim is not installed (Debian: apt-get install -y neovim)');
    const root = exampleFolder();
    const policy = join(root, 'privacy-policy.md');
    const out = join(root, 'nvim-result.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${LUA}`], {
      cwd: root,
      env: { ...process.env, FEDIPOLICY_SERVER: SERVER, FEDIPOLICY_FILE: policy, FEDIPOLICY_OUT: out },
      encoding: 'utf8',
      timeout: 80_000,
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
    assert.equal(result.error, undefined, `the Lua script failed after ${result.steps.join(' > ')}: ${result.error}`);

    assert.deepEqual(pairs(result.diagnostics!), cliFindings(root, 'privacy-policy.md'));
    assert.ok(result.diagnostics!.every((d) => d.source === 'fedipolicy'));

    // Neovim applied "Disable RULE for this line" (a versioned workspace edit) and got new diagnostics.
    const { code, lnum } = result.disabled!;
    assert.ok(result.steps.includes('applied'), `actions offered: ${result.action_titles?.join(' | ')}`);
    assert.equal(result.text![lnum], `<!-- fedipolicy-disable-next-line ${code} -- reason: ... -->`);
    assert.ok(!result.after!.some((d) => d.code === code && d.lnum === lnum + 1), `${code} is gone from its line`);
    assert.equal(result.after!.length, result.diagnostics!.length - 1);
  });
});
