// Runs the bundled integration suite (dist/suite/*.test.js) with mocha inside
// the extension host and collects the results as data.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TestResult {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passes: number;
  failures: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
}

export function runSuite(suiteDir: string): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  const files = readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(join(suiteDir, file));
  const tests: TestResult[] = [];
  const started = Date.now();
  return new Promise((resolve) => {
    const runner = mocha.run();
    runner.on('pass', (test) => tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('pending', (test) => tests.push({ fullTitle: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) => tests.push({ fullTitle: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error?.stack ?? String(error) }));
    runner.on('end', () => {
      const count = (state: TestResult['state']) => tests.filter((t) => t.state === state).length;
      resolve({ passes: count('passed'), failures: count('failed'), pending: count('pending'), durationMs: Date.now() - started, tests });
    });
  });
}
