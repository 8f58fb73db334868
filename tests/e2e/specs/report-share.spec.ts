import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from '../lib/harness';
import { expectText, openApp, screenReady } from '../lib/app';

/**
 * A model travels as a link (issue 5 §4): the report makes it, the receiver opens a
 * read-only preview and may save a copy. The model rides in the fragment, so the server
 * never sees it.
 */
const TITLE = 'Mestringskurs i ungdomsskolen';

async function makeLink(page: Page, baseUrl: string): Promise<string> {
  await openApp(page, baseUrl, 'report');
  await page.getByRole('button', { name: 'Lag delingslenke' }).click();
  const field = page.getByLabel('Delingslenke');
  await field.waitFor({ timeout: 5_000 });
  return field.inputValue();
}

test('the report makes a share link of the school example within 2 000 characters', async ({ page, baseUrl }) => {
  const link = await makeLink(page, baseUrl);
  assert.ok(link.startsWith(`${baseUrl}#/share/`), link.slice(0, 80));
  assert.ok(link.length <= 2000, `the link is ${link.length} characters`);
  assert.match(link.slice(link.indexOf('#/share/') + 8), /^[A-Za-z0-9_-]+$/);
});

test('opening a share link in a fresh browser shows a read-only preview; "save a copy" adds it', async ({ page, baseUrl, browser }) => {
  const link = await makeLink(page, baseUrl);
  const requested: string[] = [];
  const other = await browser.newContext({ locale: 'nb-NO' });
  try {
    const receiver = await other.newPage();
    receiver.on('request', (r) => requested.push(r.url()));
    await receiver.goto(link);
    await screenReady(receiver);
    const main = receiver.locator('main');
    await expectText(main.locator('h1'), new RegExp(TITLE));
    await expectText(main, /5\s378\s832\s?kr/);
    // Nothing of the model went to the server: no request carries the payload.
    const payload = link.slice(link.indexOf('#/share/') + 8);
    assert.ok(requested.every((u) => !u.includes(payload.slice(0, 40))), 'the payload was sent in a request');
    await receiver.getByRole('button', { name: 'Lagre en kopi blant mine modeller' }).click();
    await receiver.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-route') === 'overview');
    await expectText(receiver.locator('main'), new RegExp(TITLE));
  } finally {
    await other.close();
  }
});

test('a mangled share link is refused with a message, not a crash', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}#/share/not-a-real-model`);
  await screenReady(page);
  await expectText(page.getByRole('alert').first(), /kan ikke leses/);
});
