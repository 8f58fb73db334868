import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { test } from '../lib/harness';
import { expectText, openApp } from '../lib/app';

/**
 * Opening files from the toolbar: a bad file is refused with its problems shown and changes
 * nothing; a huge file is refused from its size, before it is read.
 */
const SCHOOL_NPV = /5\s378\s832\s?kr/;

async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 3_000 });
  await page.getByRole('button', { name: /^(Åpne|Open)\b/ }).first().click();
  await (await chooser).setFiles(path);
}

async function withTempFile(name: string, content: Buffer | string, run: (path: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gevinstkart-e2e-'));
  try {
    const path = join(dir, name);
    await writeFile(path, content);
    await run(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a 50 MB file is refused within a second and the model is kept', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  // Valid JSON throughout, so only its size can be the reason for refusing it.
  const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
  big.write('{"format":"gevinstkart-model","version":1}', 0);
  await withTempFile('huge.model.json', big, async (path) => {
    const started = Date.now();
    await openFile(page, path);
    await page.getByRole('alert').filter({ hasText: /MB|stor|large/i }).first().waitFor({ timeout: 2_000 });
    const ms = Date.now() - started;
    assert.ok(ms < 1_000, `refusing the file took ${ms} ms`);
  });
  await expectText(page.locator('main'), SCHOOL_NPV);
});

test('a broken file is refused, its problems are shown with their paths, and nothing changes', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  const broken = JSON.stringify({ format: 'gevinstkart-model', version: 1, startYear: 2027, years: 0, sectors: [] });
  await withTempFile('broken.model.json', broken, async (path) => {
    await openFile(page, path);
    const alert = page.getByRole('alert').first();
    await expectText(alert, /years/);
    await expectText(alert, /sectors/);
  });
  await expectText(page.locator('main'), SCHOOL_NPV);
});

test('a good file opens and replaces the model', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl);
  const youth = await readFile(new URL('../../../fixtures/youth-meets-elderly.model.json', import.meta.url), 'utf8');
  const title = (JSON.parse(youth) as { title: string }).title;
  await withTempFile('youth.model.json', youth, async (path) => {
    await openFile(page, path);
    await expectText(page.locator('main'), new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
  const npv = await page.locator('main').innerText();
  assert.doesNotMatch(npv, SCHOOL_NPV);
});
