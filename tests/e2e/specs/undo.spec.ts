import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from '../lib/harness';
import { eventually, openApp, screenReady } from '../lib/app';
import { card, cell, enter, textbox, viaMenu } from '../lib/fuzz-editor';
import { blurFields, savedModelText } from '../lib/fuzz-store';

/**
 * Undo and redo of model edits (issue 3): one step per edit on any screen, by the buttons
 * and by Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, and never confused with a text field's own undo.
 * "The model" is what the app saved, so each step is checked where a reload would find it.
 */
const YOUTH = 'Unge uten jobb møter ensomme eldre';
const COST = 'Videre drift';
const GAIN = 'Gevinst: Mindre økonomisk sosialhjelp';

const undoButton = (page: Page) => page.getByRole('button', { name: 'Angre', exact: true });
const redoButton = (page: Page) => page.getByRole('button', { name: 'Gjør om', exact: true });

/** Opens the youth example from the start screen: a model of its own, saved, with no history yet. */
async function openYouth(page: Page, baseUrl: string): Promise<void> {
  await openApp(page, baseUrl, 'start');
  await page.getByRole('button', { name: `Åpne eksempelet «${YOUTH}»`, exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-route') === 'overview');
  await screenReady(page);
}

async function shortcut(page: Page, keys: string): Promise<void> {
  await blurFields(page);
  await page.keyboard.press(keys);
}

async function expectSaved(page: Page, expected: string, what: string): Promise<void> {
  await eventually(async () => assert.equal(await savedModelText(page), expected, what), 2_000);
}

/** Four edits on four screens; returns the saved model before and after each. */
async function editFourScreens(page: Page): Promise<string[]> {
  const states = [await savedModelText(page)];
  await viaMenu(page, 'Tiltaket', 'measure');
  await enter(textbox(page, 'Navn på tiltaket'), 'Unge møter eldre, ny runde');
  states.push(await savedModelText(page));
  await viaMenu(page, 'Kostnader', 'costs');
  await enter(cell(page, COST, 2028), '450 000');
  states.push(await savedModelText(page));
  await viaMenu(page, 'Sektorer', 'sectors');
  await textbox(page, 'Navn').fill('Frivilligsentralen');
  await page.getByRole('button', { name: 'Legg til egen sektor', exact: true }).click();
  await textbox(page, 'Navn på sektor 6').waitFor();
  states.push(await savedModelText(page));
  await viaMenu(page, 'Deltakere og gevinster', 'gains');
  await enter(textbox(card(page, GAIN), 'Dødvekt (%)'), '35');
  states.push(await savedModelText(page));
  assert.equal(new Set(states).size, 5, 'each of the four edits should change the saved model');
  return states;
}

test('edits on four screens are undone and redone step by step, by buttons and by shortcuts', { timeoutMs: 60_000 }, async ({ page, baseUrl, pageErrors }) => {
  await openYouth(page, baseUrl);
  assert.equal(await undoButton(page).isDisabled(), true, 'a fresh start has nothing to undo');
  const [m0, m1, m2, m3, m4] = await editFourScreens(page);

  // Undo with the button: the screen in view shows the earlier value at once.
  await undoButton(page).click();
  await expectSaved(page, m3!, 'Undo should take back the deadweight');
  assert.match(await textbox(card(page, GAIN), 'Dødvekt (%)').inputValue(), /^30\s?%$/);
  await undoButton(page).click();
  await expectSaved(page, m2!, 'Undo should take back the new sector');
  // Then the shortcuts, with the focus on the page rather than in a field.
  await shortcut(page, 'Control+z');
  await expectSaved(page, m1!, 'Ctrl+Z should take back the cost');
  await viaMenu(page, 'Kostnader', 'costs');
  assert.match(await cell(page, COST, 2028).inputValue(), /^350\s000$/);
  await shortcut(page, 'Control+z');
  await expectSaved(page, m0!, 'Ctrl+Z should take back the title');
  assert.equal(await undoButton(page).isDisabled(), true, 'all four steps are undone');

  await redoButton(page).click();
  await expectSaved(page, m1!, 'Redo should bring back the title');
  await shortcut(page, 'Control+y');
  await expectSaved(page, m2!, 'Ctrl+Y should bring back the cost');
  assert.match(await cell(page, COST, 2028).inputValue(), /^450\s000$/);
  await shortcut(page, 'Control+Shift+Z');
  await expectSaved(page, m3!, 'Ctrl+Shift+Z should bring back the sector');
  await shortcut(page, 'Control+y');
  await expectSaved(page, m4!, 'Ctrl+Y should bring back the deadweight');
  assert.equal(await redoButton(page).isDisabled(), true, 'all four steps are redone');

  // A new edit after an undo starts a new branch: nothing is left to redo.
  await shortcut(page, 'Control+z');
  await expectSaved(page, m3!, 'Ctrl+Z once more');
  await enter(cell(page, COST, 2029), '410 000');
  assert.equal(await redoButton(page).isDisabled(), true, 'a new edit clears what could be redone');
  assert.deepEqual(pageErrors, []);
});

test('Ctrl+Z inside a text or number field undoes the typing there, not the model', async ({ page, baseUrl, pageErrors }) => {
  await openYouth(page, baseUrl);
  await viaMenu(page, 'Tiltaket', 'measure');
  await enter(textbox(page, 'Navn på tiltaket'), 'Unge møter eldre, ny runde');
  const afterEdit = await savedModelText(page);

  // A description being typed: Ctrl+Z takes the typing back, the title edit stays.
  const description = textbox(page, 'Beskrivelse');
  const original = await description.inputValue();
  await description.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Et tillegg.');
  assert.equal(await description.inputValue(), `${original} Et tillegg.`);
  // The browser undoes typing a word or a letter at a time; however often it is pressed, the model stays.
  for (let i = 0; i < 30 && (await description.inputValue()) !== original; i += 1) {
    await page.keyboard.press('Control+z');
    assert.equal(await savedModelText(page), afterEdit, 'Ctrl+Z in a text field must not undo a model edit');
  }
  assert.equal(await description.inputValue(), original, 'Ctrl+Z in the field should undo the typed text');
  assert.equal(await textbox(page, 'Navn på tiltaket').inputValue(), 'Unge møter eldre, ny runde');

  // A number being typed in a grid cell: the same.
  await viaMenu(page, 'Kostnader', 'costs');
  const amount = cell(page, COST, 2028);
  await amount.click();
  await page.keyboard.type('123');
  assert.equal(await amount.inputValue(), '123');
  await page.keyboard.press('Control+z');
  assert.notEqual(await amount.inputValue(), '123', 'Ctrl+Z in the number field should undo the typed digits');
  assert.equal(await savedModelText(page), afterEdit, 'Ctrl+Z in a number field must not undo a model edit');
  await page.keyboard.press('Escape');
  await blurFields(page);
  assert.equal(await savedModelText(page), afterEdit, 'leaving the field after its own undo changes nothing');
  assert.equal(await undoButton(page).isEnabled(), true, 'the title edit can still be undone');
  await shortcut(page, 'Control+z');
  assert.notEqual(await savedModelText(page), afterEdit, 'outside the fields, Ctrl+Z undoes the model edit');
  assert.deepEqual(pageErrors, []);
});

test(
  'the undo history survives a reload of the page',
  async ({ page, baseUrl }) => {
    await openYouth(page, baseUrl);
    const before = await savedModelText(page);
    await viaMenu(page, 'Kostnader', 'costs');
    await enter(cell(page, COST, 2028), '450 000');
    await page.reload();
    await screenReady(page);
    assert.equal(await undoButton(page).isEnabled(), true, 'after a reload there is nothing to undo');
    await shortcut(page, 'Control+z');
    await expectSaved(page, before, 'Ctrl+Z after a reload should take back the cost');
  },
);
