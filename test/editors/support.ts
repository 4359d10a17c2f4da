// What the editor tests share: a throw-away copy of the example policy set,
// and the CLI's findings for a file in it (what every editor must show).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { folder } from '../support/cli';

/** The repository root (these tests are bundled to out/test/editors/). */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

const EXAMPLES = ['privacy-policy.md', 'terms-of-service.md', 'server-rules.md'];

/** A temporary folder holding the example policy set (one set, as in examples/). */
export function exampleFolder(): string {
  return folder(Object.fromEntries(EXAMPLES.map((name) => [name, readFileSync(join(ROOT, 'examples', name), 'utf8')])));
}

/** `rule@line` for each finding of `fedipolicy lint --format json FILE`, sorted. */
export function cliFindings(cwd: string, file: string): string[] {
  const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', file], { cwd, encoding: 'utf8' });
  assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
  const findings = (JSON.parse(cli.stdout) as { ruleId: string; line: number }[]).map((f) => `${f.ruleId}@${f.line}`).sort();
  assert.ok(findings.length > 0, `${file} has findings`);
  return findings;
}

/** Whether a program runs (`command args` exits 0). */
export function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 }).status === 0;
}
