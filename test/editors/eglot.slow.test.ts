// Another real editor as the client: Emacs with Eglot (batch mode) runs
// dist/server.js over stdio (see eglot-lsp.el). Needs Emacs 28 and Eglot
// (Debian: `apt-get install -y emacs-nox elpa-eglot`); .ci/run installs them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from '../support/cli';
import { cliFindings, exampleFolder, ROOT, runs, SERVER } from './support';

const SCRIPT = join(ROOT, 'test', 'editors', 'eglot-lsp.el');

interface EglotRun {
  steps: string[];
  error?: string;
  diagnostics?: { code: string; line: number; source: string }[];
}

describe('editors: Emacs + Eglot', function () {
  this.timeout(90_000);
  after(cleanup);

  it('shows the same findings as `fedipolicy lint --format json`', () => {
    // The slow suite fails rather than skips without the editor: .ci/run installs it.
    assert.ok(runs('emacs', ['--batch', '--eval', "(require 'eglot)"]), 'Emacs with Eglot is not installed (Debian: apt-get install -y emacs-nox elpa-eglot)');
    const root = exampleFolder();
    const out = join(root, 'eglot-result.json');
    const run = spawnSync('emacs', ['--batch', '-l', SCRIPT], {
      cwd: root,
      env: { ...process.env, FEDIPOLICY_SERVER: SERVER, FEDIPOLICY_FILE: join(root, 'privacy-policy.md'), FEDIPOLICY_OUT: out },
      encoding: 'utf8',
      timeout: 80_000,
    });
    assert.equal(run.status, 0, `emacs exited with ${run.status}: ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as EglotRun;
    assert.equal(result.error, undefined, `the Emacs script failed after ${result.steps.join(' > ')}: ${result.error}`);
    assert.deepEqual(result.diagnostics!.map((d) => `${d.code}@${d.line}`).sort(), cliFindings(root, 'privacy-policy.md'));
    assert.ok(result.diagnostics!.every((d) => d.source === 'fedipolicy'));
  });
});
