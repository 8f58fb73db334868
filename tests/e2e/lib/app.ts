import type { Locator, Page } from 'playwright-core';

/** Helpers that speak the app's language: routes, the shell, the language switch. */
export type Lang = 'nb' | 'en';

export const NAV_NAME: Record<Lang, string> = { nb: 'Hovedmeny', en: 'Main menu' };
export const LANG_BUTTON: Record<Lang, string> = { nb: 'Norsk (bokmål)', en: 'English' };

/** Opens the app at a route (`''` = the default screen) and waits until the screen has drawn. */
export async function openApp(page: Page, baseUrl: string, route = ''): Promise<void> {
  await page.goto(route ? `${baseUrl}#/${route}` : baseUrl);
  await screenReady(page);
}

/** Goes to a route inside the running app (a hash change, no reload). */
export async function showRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    window.location.hash = `#/${r}`;
  }, route);
  await page.waitForFunction((r) => document.querySelector('.app')?.getAttribute('data-route') === r, route);
  await screenReady(page);
}

/** A screen is ready when its heading shows and the lazy-loading placeholder is gone. */
export async function screenReady(page: Page, timeout = 10_000): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout });
  await page.waitForFunction(() => !document.querySelector('main [role="status"]')?.textContent?.match(/Laster|Loading/), undefined, { timeout });
}

export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: LANG_BUTTON[lang], exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Polls until `check` stops throwing; Playwright's auto-waiting `expect` is not in playwright-core. */
export async function eventually(check: () => Promise<void> | void, timeout = 5_000, interval = 100): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

export async function expectText(locator: Locator, pattern: RegExp, timeout = 5_000): Promise<string> {
  let last = '';
  try {
    await eventually(async () => {
      last = (await locator.innerText({ timeout: 1_000 })) ?? '';
      if (!pattern.test(last)) throw new Error('no match');
    }, timeout);
  } catch {
    throw new Error(`expected text matching ${pattern} but found: ${JSON.stringify(last.slice(0, 400))}`);
  }
  return last;
}
