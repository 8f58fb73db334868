import assert from 'node:assert/strict';
import { test } from '../lib/harness';
import { LANG_BUTTON, NAV_NAME, openApp, screenReady, switchLanguage } from '../lib/app';

test('the app starts in Norwegian bokmål', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
  await page.getByRole('navigation', { name: NAV_NAME.nb }).waitFor();
});

test('a language switch to English is remembered after a reload', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  await switchLanguage(page, 'en');
  await page.getByRole('navigation', { name: NAV_NAME.en }).waitFor();
  await page.reload();
  await screenReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByRole('navigation', { name: NAV_NAME.en }).waitFor({ timeout: 3_000 });
  const english = page.getByRole('button', { name: LANG_BUTTON.en, exact: true });
  assert.equal(await english.getAttribute('aria-pressed'), 'true');
  const nav = await page.getByRole('navigation', { name: NAV_NAME.en }).innerText();
  assert.match(nav, /Overview/);
  assert.doesNotMatch(nav, /Oversikt/);
});

test('switching back to Norwegian is remembered too', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  await switchLanguage(page, 'en');
  await switchLanguage(page, 'nb');
  await page.reload();
  await screenReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
  await page.getByRole('navigation', { name: NAV_NAME.nb }).waitFor({ timeout: 3_000 });
});
