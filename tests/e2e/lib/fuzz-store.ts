import type { Page } from 'playwright-core';
import { STORE_KEY } from '../../../src/store/persisted';
import { formatMoney } from '../../../src/i18n/format';

/**
 * What the app has saved in the browser, read straight from localStorage: the one thing a
 * reload brings back, so "nothing changed" and "everything kept" are checked against it
 * rather than against what a screen happens to show. Used by the fuzz, undo and
 * build-a-model specs.
 */
export interface SavedEntry {
  id: string;
  name: string;
  model: Record<string, unknown>;
}

export interface SavedState {
  library: SavedEntry[];
  activeId: string;
}

/**
 * The app saves at idle time and at once on pagehide (src/store/idle-writer.ts), so what a
 * reload would find is read after a pagehide: the same write a reload makes, without
 * waiting for the browser to be idle. That the idle write also happens by itself is
 * checked by `untilSavedWithoutLeaving`.
 */
export async function savedState(page: Page): Promise<SavedState | null> {
  const text = await page.evaluate((key) => {
    window.dispatchEvent(new Event('pagehide'));
    return window.localStorage.getItem(key);
  }, STORE_KEY);
  if (text === null) return null;
  return (JSON.parse(text) as { state: SavedState }).state;
}

/** The saved copy of the model that is open, as JSON text (stable for comparisons). */
export async function savedModelText(page: Page): Promise<string> {
  const state = await savedState(page);
  const entry = state?.library.find((e) => e.id === state.activeId);
  if (!entry) throw new Error('nothing saved for the open model');
  return JSON.stringify(entry.model);
}

/**
 * Waits (up to 3 s) for the open model's save to become `expected` (savedModelText's form)
 * with no pagehide: the idle-time write after an edit happens by itself.
 */
export async function untilSavedWithoutLeaving(page: Page, expected: string): Promise<void> {
  await page.waitForFunction(([key, wanted]) => {
    const text = window.localStorage.getItem(key);
    if (text === null) return false;
    const { state } = JSON.parse(text) as { state: SavedState };
    return JSON.stringify(state.library.find((e) => e.id === state.activeId)?.model ?? null) === wanted;
  }, [STORE_KEY, expected] as const, { timeout: 3_000 });
}

export async function savedModel(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(await savedModelText(page)) as Record<string, unknown>;
}

/** An overview headline figure as shown (e.g. key "npvFiscal", "siloGap"). */
export async function headline(page: Page, key: string): Promise<string> {
  return (await page.locator(`[data-figure="${key}"] .figure-value`).innerText({ timeout: 5_000 })).trim();
}

/** Kroner as the Norwegian screens show them, from a result's decimal string. */
export function kroner(value: string | null): string {
  return formatMoney(value, 'nb');
}

/** Spaces of any kind made alike, so "1 234 kr" matches whatever space the browser drew. */
export function flatSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Takes the keyboard focus out of any field, so Ctrl+Z goes to the app, not a text box. */
export async function blurFields(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.activeElement;
    if (el instanceof HTMLElement) el.blur();
  });
}
