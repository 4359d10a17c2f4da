// The `extensionTestsPath` entry for @vscode/test-electron: the same suite,
// failing the run when a test fails. FEDIPOLICY_E2E_RESULTS, when set, gets the results as JSON.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite } from './run-suite';

export async function run(): Promise<void> {
  const results = await runSuite(join(__dirname, 'suite'));
  const out = process.env.FEDIPOLICY_E2E_RESULTS;
  if (out) writeFileSync(out, JSON.stringify(results, null, 2));
  if (results.failures > 0) throw new Error(`${results.failures} of ${results.tests.length} integration tests failed`);
}
