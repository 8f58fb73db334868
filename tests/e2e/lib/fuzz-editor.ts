import type { Locator, Page } from 'playwright-core';
import { screenReady } from './app';

/**
 * Editing the model the way a user does: by the fields' accessible names, typing and
 * leaving with Enter or Tab. Shared by the build-a-model, undo and fuzz specs.
 */
type Scope = Page | Locator;

/** Goes to a screen by its link in the main menu, as a user would. */
export async function viaMenu(page: Page, name: string, route: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true }).click();
  await page.waitForFunction((r) => document.querySelector('.app')?.getAttribute('data-route') === r, route);
  await screenReady(page);
}

export function textbox(scope: Scope, name: string): Locator {
  return scope.getByRole('textbox', { name, exact: true });
}

/** A year-grid cell: its name is "<row>, <year>". */
export function cell(scope: Scope, row: string, year: number): Locator {
  return textbox(scope, `${row}, ${year}`);
}

/** A line card (cost or gain) by its heading, e.g. "Kostnadslinje: Videre drift". */
export function card(page: Page, heading: string): Locator {
  return page.getByRole('article', { name: heading, exact: true });
}

/** Types into a number or text field and leaves it; the field then commits (or refuses). */
export async function enter(field: Locator, text: string, key: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  await field.click();
  await field.fill(text);
  await field.press(key);
}

/** Picks an option of a select by its visible text. */
export async function choose(scope: Scope, name: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name, exact: true }).selectOption({ label: option });
}

export async function tick(scope: Scope, name: string, on: boolean): Promise<void> {
  const box = scope.getByRole('checkbox', { name, exact: true });
  if ((await box.isChecked()) !== on) await box.click();
}

/** Fills one year-grid row: the given years typed in, in order. */
export async function fillRow(scope: Scope, row: string, startYear: number, amounts: readonly string[]): Promise<void> {
  for (const [i, amount] of amounts.entries()) await enter(cell(scope, row, startYear + i), amount);
}
