import assert from 'node:assert/strict';
import { test } from '../lib/harness';
import { eventually, openApp, screenReady } from '../lib/app';
import { tabTo } from '../lib/keyboard';

/**
 * The editor works by keyboard alone: from a fresh start, Tab (never the mouse) reaches the
 * sectors screen and adds a sector, then the costs screen and adds a cost line.
 */
test('keyboard only: tab to the sectors screen and add a sector', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  await tabTo(page, (f) => f.role === 'link' && f.name === 'Sektorer', 'the Sektorer link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash === '#/sectors');
  await screenReady(page);
  const names = page.locator('main').getByRole('textbox', { name: /^Navn på sektor \d+$/ });
  const before = await names.count();
  assert.ok(before > 0, 'the school example should list its sectors');
  await tabTo(page, (f) => f.role === 'input' && f.name === 'Navn', 'the name field for a new sector');
  await page.keyboard.type('Frivilligsentralen');
  await tabTo(page, (f) => f.role === 'button' && f.name === 'Legg til egen sektor', 'the add-sector button');
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await names.count(), before + 1), 3_000);
  assert.equal(await names.nth(before).inputValue(), 'Frivilligsentralen');
});

test('keyboard only: tab to the costs screen and add a cost line', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  await tabTo(page, (f) => f.role === 'link' && f.name === 'Kostnader', 'the Kostnader link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash === '#/costs');
  await screenReady(page);
  const lines = page.getByRole('heading', { name: /^Kostnadslinje:/ });
  const before = await lines.count();
  await tabTo(page, (f) => f.role === 'button' && f.name === 'Legg til kostnadslinje', 'the add-cost-line button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Kostnadslinje: Ny kostnad' }).first().waitFor({ timeout: 3_000 });
  assert.equal(await lines.count(), before + 1);
});
