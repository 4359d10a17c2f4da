// What a person sees, in code-server driven by Chromium: the policy open with
// its problems counted in the status bar, the Problems panel, and a quick fix
// from the light bulb that changes the text the way the CLI's fix says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, sleep, waitFor } from './tools.mjs';

const PROBLEMS = '[id="status.problems"]';

/** "Errors: 2, Warnings: 6" (and "Infos: N" when there are some) -> numbers; undefined when there is no such label. */
function parseProblems(label) {
  const read = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(label ?? '')?.[1] ?? 0);
  return label && /Errors: \d+/.test(label) ? { errors: read('Errors'), warnings: read('Warnings') } : undefined;
}

function applyCliFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/**
 * @param {object} o
 * @param {import('playwright-core').Browser} o.browser
 * @param {string} o.url code-server's base URL
 * @param {string} o.workspace folder with privacy-policy.md (and its config)
 * @param {string} o.outDir where screenshots go
 * @param {object[]} o.cliFindings `fedipolicy lint --format json` of the policy, for the counts and the fix
 * @returns {Promise<{name: string, ok: boolean, detail: string}[]>}
 */
export async function checkWhatAPersonSees({ browser, url, workspace, outDir, cliFindings }) {
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({ name, ok, detail });
    log(`${ok ? 'ok  ' : 'FAIL'} ui: ${name}${detail ? ` (${detail})` : ''}`);
  };
  const policy = join(workspace, 'privacy-policy.md');
  const original = readFileSync(policy, 'utf8');
  const expected = {
    errors: cliFindings.filter((f) => f.severity === 'error').length,
    warnings: cliFindings.filter((f) => f.severity === 'warning').length,
  };

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(30_000);
  try {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector(PROBLEMS, { timeout: 60_000 });

    // Open the policy the way a person does: Quick Open, type the name, Enter.
    await waitFor('the workbench to take keyboard input', async () => {
      await page.keyboard.press('Control+P');
      return page.locator('.quick-input-widget input').isVisible();
    }, 30_000, 1000);
    await page.keyboard.type('privacy-policy.md');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tab.active[aria-label*="privacy-policy.md"], .tab.active[data-resource-name="privacy-policy.md"]', { timeout: 30_000 });

    const counts = await waitFor(
      'the status bar to count the CLI findings',
      async () => {
        const seen = parseProblems(await page.locator(PROBLEMS).getAttribute('aria-label'));
        return seen && seen.errors === expected.errors && seen.warnings === expected.warnings ? seen : undefined;
      },
      60_000,
    ).catch(async (error) => {
      check('status bar problem counts match the CLI', false, `${error.message}; label: ${await page.locator(PROBLEMS).getAttribute('aria-label')}`);
      return undefined;
    });
    if (counts) check('status bar problem counts match the CLI', true, `Errors: ${counts.errors}, Warnings: ${counts.warnings}`);

    const ours = page.locator('[aria-label^="fedipolicy: "]').first();
    let ourLabel = null;
    const ourCounts = await waitFor('the fedipolicy status item to count this policy', async () => {
      ourLabel = await ours.getAttribute('aria-label', { timeout: 1000 }).catch(() => null);
      return ourLabel?.includes(`${expected.errors} error`) && ourLabel.includes(`${expected.warnings} warning`) ? true : undefined;
    }, 10_000).catch(() => false);
    check('the fedipolicy status item counts this policy', ourCounts === true, ourLabel ?? 'no fedipolicy status item');
    await sleep(1000); // let squiggles and the code lens paint
    await page.screenshot({ path: join(outDir, '01-policy-with-problems.png') });

    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const problemRows = await rows.count();
    const panelText = await page.locator('.markers-panel').innerText();
    check('the Problems panel lists the findings', panelText.includes('ip-retention') || panelText.includes('IP addresses'), `${problemRows} rows`);
    await sleep(500);
    await page.screenshot({ path: join(outDir, '02-problems-panel.png') });

    // The light bulb: cursor onto the ip-retention finding, Control+. , first fix.
    const target = cliFindings.find((f) => f.ruleId === 'ip-retention');
    if (!target?.fix) {
      check('quick fix from the light bulb', false, 'the CLI reports no ip-retention fix to compare with');
      return checks;
    }
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(`${target.line}:${target.column}`);
    await page.keyboard.press('Enter');
    await sleep(500);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').filter({ visible: true });
    await menu.waitFor({ state: 'visible', timeout: 30_000 });
    const menuText = await menu.innerText();
    await page.screenshot({ path: join(outDir, '03-quick-fix-menu.png') });
    check('the light bulb menu offers the clause fix', menuText.includes(target.fix.title), menuText.split('\n').slice(0, 6).join(' | '));
    await page.keyboard.press('Enter'); // the first (focused) fix
    await menu.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.keyboard.press('Control+S');

    // The saved file must be the original with exactly one of the CLI's fixes applied.
    const saved = await waitFor('the fixed policy to be saved', () => {
      const text = readFileSync(policy, 'utf8');
      // Empty: caught between the save's truncate and its write.
      return text !== original && text !== '' ? text : undefined;
    }, 15_000).catch(() => readFileSync(policy, 'utf8'));
    const applied = cliFindings.filter((f) => f.fix && applyCliFix(original, f.fix) === saved);
    check(
      'the first quick fix changed the text exactly as the CLI fix',
      applied.length > 0,
      applied.length > 0 ? `${applied[0].ruleId}: "${applied[0].fix.title}"` : `saved text differs from every CLI fix (${saved.length} vs ${original.length} chars)`,
    );
    if (applied.length > 0) {
      const after = { ...expected };
      if (applied[0].severity === 'error') after.errors--;
      else if (applied[0].severity === 'warning') after.warnings--;
      const recount = await waitFor('the status bar to drop the fixed finding', async () => {
        const seen = parseProblems(await page.locator(PROBLEMS).getAttribute('aria-label'));
        return seen && seen.errors === after.errors && seen.warnings === after.warnings ? seen : undefined;
      }, 30_000).catch(() => undefined);
      check('the fixed finding left the problem counts', recount !== undefined, `expected Errors: ${after.errors}, Warnings: ${after.warnings}`);
    }
    await sleep(1000);
    await page.screenshot({ path: join(outDir, '04-after-quick-fix.png') });

    // "fedipolicy: Insert clause..." from the Command Palette, picking a missing clause.
    const backups = cliFindings.find((f) => f.ruleId === 'covenant-backups');
    if (!backups?.fix) {
      check('Insert clause from the Command Palette', false, 'the CLI reports no covenant-backups fix to compare with');
      return checks;
    }
    const beforeInsert = readFileSync(policy, 'utf8');
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('fedipolicy: Insert clause');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Insert clause' }).first().waitFor();
    await page.keyboard.press('Enter');
    const pickRow = page.locator('.quick-input-list .monaco-list-row', { hasText: 'covenant-backups' }).first();
    await pickRow.waitFor({ timeout: 15_000 });
    const pickText = await pickRow.innerText();
    await page.keyboard.type('covenant-backups');
    await sleep(300);
    await page.screenshot({ path: join(outDir, '05-insert-clause-pick.png') });
    check('the clause pick list marks missing clauses', pickText.includes('missing from this document'), pickText.replace(/\s+/g, ' '));
    await page.keyboard.press('Enter');
    const clause = backups.fix.text.trim();
    // The insertion waits for the server's answer: save once the editor shows the clause.
    await page.locator('.monaco-editor .view-lines', { hasText: clause.slice(0, 30) }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    await page.keyboard.press('Control+S');
    const afterInsert = await waitFor('the clause to be saved', () => {
      const text = readFileSync(policy, 'utf8');
      return text.includes(clause) ? text : undefined;
    }, 15_000).catch(() => readFileSync(policy, 'utf8'));
    check('Insert clause put the filled clause at the cursor', afterInsert === `${beforeInsert}\n${clause}` || afterInsert === `${beforeInsert.replace(/\n$/, '')}\n\n${clause}`, JSON.stringify(afterInsert.slice(-120)));
    const gone = await waitFor('the covenant-backups finding to go away', async () => {
      const text = await page.locator('.markers-panel').innerText();
      return text.includes('covenant-backups') ? undefined : true;
    }, 30_000).catch(() => false);
    check('the inserted clause satisfies covenant-backups', gone === true, '');
    await page.screenshot({ path: join(outDir, '06-after-insert-clause.png') });
  } catch (error) {
    check('the UI walk-through ran to its end', false, error.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'ui-failure.png') }).catch(() => undefined);
  } finally {
    await page.close().catch(() => undefined);
  }
  return checks;
}
