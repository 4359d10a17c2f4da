// The GitHub Action and the pre-commit hook: parse what each declares and run
// that command, as GitHub and pre-commit would, on a temporary policy.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cleanup, CLI, folder, NO_RETENTION, IP_RETAINED, onlyRules, ROOT } from './support/cli';

interface ActionStep {
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

/** Replaces `${{ inputs.x }}` and `${{ github.action_path }}` as the Actions runner does. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.action_path') return ROOT;
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return inputs[input[1]] ?? '';
    throw new Error(`unexpected expression in action.yml: ${expression}`);
  });
}

function runAction(action: Action, given: Record<string, string>, cwd: string) {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, given[name] ?? spec.default ?? '']));
  let last: ReturnType<typeof spawnSync> | undefined;
  for (const step of action.runs.steps) {
    // The only conditions used: an input that must be set (`inputs.x != ''`), beside !cancelled().
    const needed = step.if ? [...step.if.matchAll(/inputs\.([\w-]+) != ''/g)].map((m) => m[1]) : [];
    if (needed.some((name) => inputs[name] === '')) continue;
    assert.equal(step.shell, 'bash');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTION_PATH: ROOT };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value, inputs);
    last = spawnSync('bash', ['-e', '-c', expand(step.run ?? '', inputs)], { cwd, env, encoding: 'utf8' });
    if (last.status !== 0) return last;
  }
  return last!;
}

describe('integrations: GitHub Action (action.yml)', () => {
  after(cleanup);
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

  it('is a composite action with paths, format and output inputs', () => {
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.inputs.paths.default, '.');
    assert.equal(action.inputs.format.default, 'sarif');
    assert.ok('output' in action.inputs);
    assert.ok(action.runs.steps.some((s) => s.run?.includes('${{ github.action_path }}/dist/cli.js" lint')));
  });

  it('writes SARIF to the output file and fails the step on errors', () => {
    const dir = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'policies/privacy.md': NO_RETENTION });
    const result = runAction(action, { output: 'fedipolicy.sarif' }, dir);
    assert.equal(result.status, 1, String(result.stderr));
    const sarif = JSON.parse(readFileSync(join(dir, 'fedipolicy.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri]), [['ip-retention', 'policies/privacy.md']]);
  });

  it('passes paths with globs and extra options through unchanged', () => {
    const dir = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'warning' }), 'a/privacy.md': NO_RETENTION, 'b/privacy.md': IP_RETAINED });
    const ok = runAction(action, { paths: '*/privacy.md', format: 'github' }, dir);
    assert.equal(ok.status, 0);
    assert.match(String(ok.stdout), /^::warning file=a\/privacy\.md,.*title=ip-retention::/m);
    const strict = runAction(action, { paths: '*/privacy.md', format: 'github', args: '--max-warnings 0' }, dir);
    assert.equal(strict.status, 1);
  });

  it('with base: writes what changed for users to the job summary and fails on a change worse for users', () => {
    const dir = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'warning' }), 'policies/privacy.md': IP_RETAINED });
    const git = (...args: string[]) => assert.equal(spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@t.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir }).status, 0);
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'policies');
    writeFileSync(join(dir, 'policies/privacy.md'), IP_RETAINED.replace('30 days', '1 year'));
    const summary = join(dir, 'summary.md');
    const previous = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = summary;
    try {
      const result = runAction(action, { paths: 'policies', format: 'github', base: 'HEAD' }, dir);
      assert.equal(result.status, 1, String(result.stderr));
      assert.match(readFileSync(summary, 'utf8'), /^- We now keep IP addresses for up to 12 months instead of 1 month\.$/m);
      assert.equal(runAction(action, { paths: 'policies', format: 'github', base: 'HEAD', 'fail-on': 'lost' }, dir).status, 0);
    } finally {
      if (previous === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = previous;
    }
  });
});

describe('integrations: pre-commit hook (.pre-commit-hooks.yaml)', () => {
  after(cleanup);
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
  const hook = hooks.find((h) => h.id === 'fedipolicy')!;

  /** pre-commit's `files` is a Python regex; `(?i)` at the start is its only inline flag used here. */
  const filesRegex = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');

  it('declares a node hook running `fedipolicy lint` on policy Markdown files', () => {
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'fedipolicy lint');
    const staged = ['README.md', 'docs/Privacy-Policy.md', 'terms-of-service.md', 'server-rules.md', 'photos.md', 'privacy.txt', 'about.markdown', 'tos.md'];
    assert.deepEqual(staged.filter((f) => filesRegex.test(f)), ['docs/Privacy-Policy.md', 'terms-of-service.md', 'server-rules.md', 'about.markdown', 'tos.md']);
  });

  it('runs the entry on the staged files as pre-commit does', () => {
    const dir = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'privacy.md': NO_RETENTION, 'README.md': '# Readme\n' });
    // pre-commit runs `entry` with the matching file names appended; `fedipolicy` is the package's bin, dist/cli.js.
    const [command, ...args] = hook.entry.split(' ');
    assert.equal(command, 'fedipolicy');
    const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.fedipolicy;
    assert.equal(join(ROOT, bin), CLI);
    const files = ['README.md', 'privacy.md'].filter((f) => filesRegex.test(f));
    const failing = spawnSync(process.execPath, [CLI, ...args, ...files], { cwd: dir, encoding: 'utf8' });
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /^privacy\.md:\d+:\d+ +error .* ip-retention$/m);
    assert.doesNotMatch(failing.stdout, /README/);

    const passing = folder({ '.fedipolicy.json': onlyRules({ 'ip-retention': 'error' }), 'privacy.md': IP_RETAINED });
    assert.equal(spawnSync(process.execPath, [CLI, ...args, 'privacy.md'], { cwd: passing, encoding: 'utf8' }).status, 0);
  });
});
