// The test-runner extension for code-server: activates only in a workspace
// holding fedipolicy-e2e.json, runs the suite, writes the results file that
// test/e2e/run.mjs waits for.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runSuite, type SuiteResults } from './run-suite';

interface Trigger {
  results: string;
  /** The fedipolicy CLI (a bundled cli.js) whose findings the editor must match. */
  cli: string;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return;
  const trigger = JSON.parse(readFileSync(join(folder.uri.fsPath, 'fedipolicy-e2e.json'), 'utf8')) as Trigger;
  process.env.FEDIPOLICY_E2E_CLI = trigger.cli;
  let results: SuiteResults | { error: string };
  try {
    results = await runSuite(join(context.extensionPath, 'dist', 'suite'));
  } catch (error) {
    results = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  writeFileSync(trigger.results, JSON.stringify(results, null, 2));
}

export function deactivate(): void {}
