import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from '../lib/harness';
import { expectText, openApp, showRoute } from '../lib/app';

/**
 * The unit-value library (issue 8): own values are kept in the browser across a reload, and
 * a value picked on a gain line fills the line, adds the sector that bears it, and shows its
 * source and price year in the printed report.
 */
const INSTITUTION = 'Barnevernsinstitusjon, driftsutgift per oppholdsdøgn (alle eierformer)';

async function fill(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name, exact: true }).fill(text);
}

test('an own value survives a reload of the app', async ({ page, baseUrl }) => {
  await openApp(page, baseUrl, 'library');
  await fill(page, 'Navn på verdien', 'Plass i avlastningsbolig');
  await fill(page, 'Beløp i kroner', '4 200');
  await page.getByRole('combobox', { name: 'Enhet' }).selectOption('per day');
  await fill(page, 'Prisår', '2024');
  await page.getByRole('combobox', { name: 'Hvem bærer kostnaden' }).selectOption('kom-omsorg');
  await fill(page, 'Kilde', 'Regnskap Eksempel kommune 2024');
  await page.getByRole('button', { name: 'Legg til verdi' }).click();
  await page.getByRole('row', { name: /Plass i avlastningsbolig/ }).waitFor();

  await page.reload();
  await openApp(page, baseUrl, 'library');
  const row = page.getByRole('row', { name: /Plass i avlastningsbolig/ });
  await expectText(row, /4\s200\s?kr.*per døgn.*2024.*Helse og omsorg.*Regnskap Eksempel kommune 2024/s);
});

test(
  'a value picked on a gain line fills it, adds the bearing sector and shows its source in the report',
  async ({ page, baseUrl }) => {
    await openApp(page, baseUrl, 'gains');
    await page.getByRole('button', { name: /^Hent fra biblioteket: enhetsverdi for/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Velg enhetsverdi fra biblioteket' });
    await dialog.getByRole('searchbox', { name: 'Søk' }).fill('institusjon døgn');
    await dialog.getByRole('button', { name: `Velg ${INSTITUTION}` }).click();
    await dialog.getByRole('radio', { name: 'Prisindeks' }).check();
    await dialog.getByRole('textbox', { name: 'Indeks i 2022' }).fill('100');
    await dialog.getByRole('textbox', { name: /^Indeks i \d{4}$/ }).last().fill('112,3');
    await dialog.getByRole('textbox', { name: /^Indeks i \d{4}$/ }).last().press('Enter');
    await expectText(dialog.locator('.unit-value-result'), /\d/);
    await dialog.getByRole('button', { name: 'Bruk denne verdien' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The line shows where its value comes from.
    await expectText(page.locator('.unit-value-source-note').first(), /SSB, Barnevernsinstitusjoner.*2022.*15\s562\s?kr per døgn × 365 × 1,123/s);

    await showRoute(page, 'sectors');
    await page.getByRole('textbox', { name: /Navn på sektor/ }).last().waitFor();
    const names = await page.getByRole('textbox', { name: /Navn på sektor/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    assert.ok(names.includes('Statlig barnevern (Bufetat)'), `sectors: ${names.join(', ')}`);

    await showRoute(page, 'report');
    await page.locator('.report[data-ready="true"]').waitFor({ timeout: 10_000 });
    await expectText(page.locator('.report'), /SSB, Barnevernsinstitusjoner.*\(2022\)/s);
  },
);
