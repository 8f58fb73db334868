import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { savedModelText } from './fuzz-store';

/**
 * The fuzz spec's tools: finding every numeric field on a screen, typing into one and
 * judging the outcome, and scanning the page for values that leaked out unformatted.
 */

/** Number fields (NumberField, YearGrid cells) and any input that asks for a numeric keyboard. */
export const NUMERIC_FIELDS = 'main .number-field input:not([disabled]), main input[inputmode=decimal]:not([disabled]), main input[inputmode=numeric]:not([disabled])';

export const BAD_WORDS = /NaN|Infinity|undefined/g;

/**
 * Words that must never reach the screen, with a little context each. `allowed` is text the
 * user supplied (a refused file is quoted back to them): a bad word found in it is theirs.
 */
export async function leakedWords(page: Page, allowed = ''): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  for (const m of text.matchAll(BAD_WORDS)) {
    if (allowed.includes(m[0])) continue;
    found.push(JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 40)));
  }
  return found;
}

export interface FieldOutcome {
  name: string;
  refused: boolean;
}

/** The field's accessible name, for messages. */
async function nameOf(field: Locator): Promise<string> {
  return field.evaluate((el) => {
    const input = el as HTMLInputElement;
    return Array.from(input.labels ?? []).map((l) => l.textContent ?? '').join(' ').trim() || input.id;
  });
}

/**
 * Types `text` into the field and leaves it with `key`. When the field refuses the text
 * (aria-invalid) the saved model must be as before, the refusal explained, and Escape must
 * bring the field back without changing the model either.
 */
export async function typeInto(page: Page, field: Locator, text: string, key: 'Enter' | 'Tab'): Promise<FieldOutcome> {
  const name = await nameOf(field);
  const before = await savedModelText(page);
  await field.click();
  await field.fill(text);
  await field.press(key);
  const refused = (await field.getAttribute('aria-invalid')) === 'true';
  const where = `field "${name}", text ${JSON.stringify(text)}, ${key}`;
  if (refused) {
    assert.equal(await savedModelText(page), before, `a refused input changed the saved model (${where})`);
    const explained = await field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(),
    );
    assert.notEqual(explained, '', `a refused input has no message linked to it (${where})`);
    await field.focus();
    await field.press('Escape');
    // A calendar-year field keeps its draft until it is left, so leave it after Escape.
    if ((await field.getAttribute('aria-invalid')) === 'true') await field.press('Tab');
    assert.equal(await savedModelText(page), before, `Escape after a refused input changed the saved model (${where})`);
  }
  const leaked = await leakedWords(page);
  assert.deepEqual(leaked, [], `after ${where} the page shows: ${leaked.join(', ')}`);
  return { name, refused };
}
