// `fedipolicy rules --language LANG`: what each rule recognises in a language,
// as the engine itself reports it (the CLI and the engine must not disagree).
import assert from 'node:assert/strict';
import { allRules, recognisedWording } from '../server/engine';
import { LANGUAGES } from '../server/engine/vocabulary/languages';
import { cleanup, folder, hasStackTrace, RULE_IDS, runCli, type CliRun } from './support/cli';

interface WordingEntry {
  id: string;
  language: string;
  recognises: Record<string, string[]>;
}

/** The text listing split into blocks, one per rule: the id, then "  concept: alternatives" lines. */
function blocks(stdout: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of stdout.trim().split(/\n\n/)) {
    const [id, ...lines] = block.split('\n');
    out.set(id, lines);
  }
  return out;
}

describe('cli: rules --language', () => {
  after(cleanup);
  let dir: string;
  let germanText: CliRun;
  before(async function () {
    // Listing the wording runs every rule's examples: a few seconds per run on a busy machine.
    this.timeout(60_000);
    dir = folder({});
    germanText = await runCli(['rules', '--language', 'de'], { cwd: dir });
  });

  it('lists every rule, then one indented line per concept with that language\'s alternatives', () => {
    const run = germanText;
    assert.equal(run.status, 0, run.stderr);
    const listed = blocks(run.stdout);
    assert.deepEqual([...listed.keys()].sort(), [...RULE_IDS].sort());
    for (const [id, lines] of listed) {
      assert.ok(lines.length > 0, `${id} has no lines`);
      for (const line of lines) assert.match(line, /^ {2}(?:[a-zA-Z]+: .+|\(no wording: .+\))$/, `${id}: ${line}`);
    }
    const ip = listed.get('ip-retention')!;
    const ipLine = ip.find((l) => l.startsWith('  ip: '));
    assert.ok(ipLine, ip.join('\n'));
    const german = recognisedWording(allRules().find((r) => r.id === 'ip-retention')!, 'de');
    assert.equal(ipLine, `  ip: ${german.ip.join(', ')}`);
    // German wording only: no English alternative leaks into the German listing.
    assert.doesNotMatch(run.stdout, /retain\(\?:s\|ed\|ing\)\?/);
    assert.match(listed.get('log-retention')!.join('\n'), /serverLogs: .*zugriffsdaten/);
  });

  it('shortens a long list of alternatives and points to --format json for all of them', () => {
    const run = germanText;
    const collect = blocks(run.stdout).get('collects-email')!.find((l) => l.startsWith('  collect: '))!;
    const all = recognisedWording(allRules().find((r) => r.id === 'collects-email')!, 'de').collect;
    assert.ok(all.length > 8, 'the German collect concept is long enough to be shortened');
    assert.equal(collect, `  collect: ${all.slice(0, 8).join(', ')}, … (${all.length - 8} more; --format json lists all)`);
  });

  it('--format json gives every alternative of every concept, exactly as the engine reads them', async function () {
    this.timeout(60_000);
    const run = await runCli(['rules', '--language', 'fr', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const entries = JSON.parse(run.stdout) as WordingEntry[];
    assert.deepEqual(entries.map((e) => e.id).sort(), [...RULE_IDS].sort());
    for (const entry of entries) {
      assert.equal(entry.language, 'fr');
      assert.deepEqual(entry.recognises, recognisedWording(allRules().find((r) => r.id === entry.id)!, 'fr'), entry.id);
    }
    const ipRetention = entries.find((e) => e.id === 'ip-retention')!;
    assert.ok(ipRetention.recognises.ip.includes('adresses? ip(?:v[46])?'), JSON.stringify(ipRetention.recognises.ip));
    assert.ok(ipRetention.recognises.retain.some((a) => a.startsWith('conserv')), JSON.stringify(ipRetention.recognises.retain));
  });

  it('accepts every registered language, whatever the case or region ("DE", "de-AT")', async function () {
    this.timeout(120_000);
    for (const { language } of LANGUAGES) {
      const run = await runCli(['rules', '--language', language, '--format', 'json'], { cwd: dir });
      assert.equal(run.status, 0, `${language}: ${run.stderr}`);
      assert.ok((JSON.parse(run.stdout) as WordingEntry[]).every((e) => e.language === language), language);
    }
    const upper = await runCli(['rules', '--language', 'DE', '--format', 'json'], { cwd: dir });
    const regional = await runCli(['rules', '-l', 'de-AT', '--format', 'json'], { cwd: dir });
    const plain = await runCli(['rules', '--language', 'de', '--format', 'json'], { cwd: dir });
    assert.equal(upper.stdout, plain.stdout);
    assert.equal(regional.stdout, plain.stdout);
  });

  it('an unknown language exits 2 with one line that lists the languages', async () => {
    for (const args of [['rules', '--language', 'xx'], ['rules', '--language', 'deutsch', '--format', 'json']]) {
      const run = await runCli(args, { cwd: dir });
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.equal(run.stdout, '');
      const lines = run.stderr.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1, run.stderr);
      assert.equal(hasStackTrace(run.stderr), false);
      for (const { language } of LANGUAGES) assert.ok(run.stderr.includes(language), `${language} missing from: ${run.stderr}`);
      assert.ok(run.stderr.includes(`"${args[2]}"`), run.stderr);
    }
  });

  it('--language without a value is a usage error', async () => {
    const run = await runCli(['rules', '--language'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--language/);
  });

  it('the help explains --language', async () => {
    const run = await runCli(['rules', '--help'], { cwd: dir });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /--language LANG/);
  });
});
