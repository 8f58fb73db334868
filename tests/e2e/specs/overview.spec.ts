import assert from 'node:assert/strict';
import { test } from '../lib/harness';
import { expectText, openApp } from '../lib/app';

/**
 * First visit: the app opens on the school example ("Mestringskurs i ungdomsskolen") and the
 * overview shows its headline figures from the golden result
 * (../shared/golden/school-coping-course.result.json: npvFiscal 5378832.04, siloGap 1798790.96).
 */
test('first visit opens on the overview', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  const route = await page.locator('.app').getAttribute('data-route');
  assert.equal(route, 'overview');
  const current = page.getByRole('navigation', { name: 'Hovedmeny' }).locator('[aria-current="page"]');
  assert.equal((await current.innerText()).trim(), 'Oversikt');
});

test('first visit shows the school example with its fiscal NPV 5 378 832 kr', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  const main = page.locator('main');
  await expectText(main, /Mestringskurs i ungdomsskolen/);
  await expectText(main, /5\s378\s832\s?kr/);
});

test('the overview shows the school example\'s silo gap 1 798 791 kr', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  await expectText(page.locator('main'), /1\s798\s791\s?kr/);
});
