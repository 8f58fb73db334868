import type { Page } from 'playwright-core';
import { NAV_NAME, openApp, screenReady, switchLanguage, type Lang } from './app';

declare global {
  interface Window { __printCalls?: number }
}

/**
 * Stands in for the browser's print dialog (headless Chromium cannot show one) while still
 * firing beforeprint/afterprint, so print-only code runs as it would for a user.
 */
export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls = (window.__printCalls ?? 0) + 1;
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
    };
  });
}

/** Clicks every link in the header, the main menu and the footer, one after another. */
export async function clickThroughShell(page: Page, lang: Lang): Promise<string[]> {
  const seen: string[] = [];
  const links = page.locator('header a, footer a').or(page.getByRole('navigation', { name: NAV_NAME[lang] }).getByRole('link'));
  const count = await links.count();
  for (let i = 0; i < count; i += 1) {
    const link = links.nth(i);
    const target = await link.getAttribute('href');
    if (!target?.startsWith('#/')) continue;
    await link.click();
    await page.waitForFunction((h) => window.location.hash === h, target);
    await screenReady(page);
    seen.push(target);
  }
  return seen;
}

/**
 * A whole session: every screen in both languages, then the report printed (the print
 * button if the report has one, and a real PDF render in print media either way).
 */
export async function walkEverything(page: Page, baseUrl: string): Promise<{ visited: string[]; printCalls: number }> {
  await stubPrint(page);
  await openApp(page, baseUrl);
  const visited = await clickThroughShell(page, 'nb');
  await switchLanguage(page, 'en');
  visited.push(...(await clickThroughShell(page, 'en')));
  await page.goto(`${baseUrl}#/report`);
  await screenReady(page);
  const printButton = page.getByRole('button', { name: /print|skriv ut/i });
  if ((await printButton.count()) > 0) await printButton.first().click();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.waitForLoadState('networkidle');
  const printCalls = await page.evaluate(() => window.__printCalls ?? 0);
  return { visited, printCalls };
}
