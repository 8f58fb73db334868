// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { CostsScreen } from '../../../src/features/costs/costs-screen';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useModelStore } from '../../../src/store/model-store';

const NBSP = '\u00a0';
const model = () => useModelStore.getState().model;

const start = (over: Partial<Model> = {}): Model => ({
  format: 'gevinstkart-model', version: 2, title: 'Test', description: '', currency: 'NOK',
  startYear: 2027, years: 3, discountRate: '0', planYears: 4,
  optimismBias: { costs: '0', benefits: '0' }, procurement: { threshold: '100000', contractYears: 4 },
  sectors: [{ id: 'school', name: 'Grunnskole', level: 'municipal' }, { id: 'nav', name: 'NAV stat', level: 'state' }],
  costs: [], cohorts: [], benefits: [], transfers: [],
  ...over,
});

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(start());
});
afterEach(cleanup);

/** The figures of the read-only total row, as shown. */
const totalRow = () => {
  const totals = screen.getByRole('table', { name: 'Sum kostnader per år, med påslag for optimisme' });
  return within(within(totals).getByRole('row', { name: /^Sum/ })).getAllByRole('cell').map((c) => c.textContent);
};

const card = (name: string) => screen.getByRole('article', { name: `Kostnadslinje: ${name}` });

describe('CostsScreen', () => {
  it('adds a cost line, names it and takes typed amounts into the model and the totals', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    expect(screen.getByText('Ingen kostnadslinjer ennå.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Legg til kostnadslinje' }));
    // The cursor lands in the new line's name field, so the user can type at once.
    const name = within(card('Ny kostnad')).getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Kurs{Enter}');
    expect(model().costs[0]!.label).toBe('Kurs');

    await user.type(screen.getByRole('textbox', { name: 'Kurs, 2027' }), '1 234 567{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Kurs, 2028' }), '−40 000{Tab}');
    expect(model().costs[0]!.amounts).toEqual(['1234567', '-40000', '0']);
    expect(parseModel(model()).ok).toBe(true);

    expect(totalRow()).toEqual(
      [`1${NBSP}234${NBSP}567${NBSP}kr`, `\u221240${NBSP}000${NBSP}kr`, `0${NBSP}kr`],
    );
    // Discount rate 0: the present value is the plain sum.
    const summary = screen.getByRole('region', { name: 'Nøkkeltall for kostnadene' });
    expect(within(summary).getAllByRole('listitem')[0]!.textContent).toBe(`Nåverdi av kostnader: 1${NBSP}194${NBSP}567${NBSP}kr`);
  });

  it('keeps invalid text in the cell with a message while the model keeps its last valid value', async () => {
    useModelStore.getState().replace(start({ costs: [{ id: 'c', label: 'Kurs', sector: 'school', kind: 'internal', amounts: ['500', '0', '0'] }] }));
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    const cell = screen.getByRole('textbox', { name: 'Kurs, 2027' });
    await user.clear(cell);
    await user.type(cell, '12x{Tab}');
    expect(cell).toHaveValue('12x');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription(/ikke et tall/i);
    expect(model().costs[0]!.amounts[0]).toBe('500');
  });

  it('payer and kind change the model, and a purchase over the threshold is flagged', async () => {
    useModelStore.getState().replace(start({ costs: [{ id: 'c', label: 'Kurs', sector: 'school', kind: 'internal', amounts: ['60000', '60000', '0'] }] }));
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    expect(screen.getByText('Ingen kjøp når terskelen for offentlige anskaffelser')).toBeInTheDocument();
    const kind = within(card('Kurs')).getByRole('combobox', { name: 'Type kostnad' });
    expect(kind).toHaveAccessibleDescription(/teller med mot terskelen/);
    await user.selectOptions(kind, 'purchase');
    expect(screen.getByText('Kjøpene når terskelen for offentlige anskaffelser (kommune)')).toBeInTheDocument();
    await user.selectOptions(within(card('Kurs')).getByRole('combobox', { name: 'Hvem betaler' }), 'nav');
    expect(model().costs[0]).toMatchObject({ sector: 'nav', kind: 'purchase' });
    expect(screen.getByText('Kjøpene når terskelen for offentlige anskaffelser (stat)')).toBeInTheDocument();
  });

  it('a line’s own optimism bias starts at the model’s and raises the totals when changed', async () => {
    useModelStore.getState().replace(start({
      optimismBias: { costs: '0.05', benefits: '0' },
      costs: [{ id: 'c', label: 'Kurs', sector: 'school', kind: 'internal', amounts: ['1000', '0', '0'] }],
    }));
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    await user.click(within(card('Kurs')).getByRole('checkbox', { name: 'Eget påslag for optimisme' }));
    expect(model().costs[0]!.optimismBias).toBe('0.05');
    const field = within(card('Kurs')).getByRole('textbox', { name: 'Påslag for denne linjen (%)' });
    await user.clear(field);
    await user.type(field, '20{Enter}');
    expect(model().costs[0]!.optimismBias).toBe('0.2');
    expect(totalRow()[0]).toBe(`1${NBSP}200${NBSP}kr`);
  });

  it('duplicates a line below itself and deletes it, and undo brings the deleted line back', async () => {
    useModelStore.getState().replace(start({ costs: [{ id: 'c', label: 'Kurs', sector: 'school', kind: 'purchase', amounts: ['7', '8', '9'] }] }));
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    await user.click(screen.getByRole('button', { name: 'Dupliser «Kurs»' }));
    expect(model().costs.map((c) => [c.label, c.amounts.join(' ')])).toEqual([['Kurs', '7 8 9'], ['Kurs (kopi)', '7 8 9']]);

    await user.click(screen.getByRole('button', { name: 'Slett «Kurs»' }));
    expect(model().costs.map((c) => c.label)).toEqual(['Kurs (kopi)']);
    expect(screen.getByText('«Kurs» er slettet. Angre med Ctrl+Z.')).toBeInTheDocument();

    useModelStore.temporal.getState().undo();
    expect(await screen.findByRole('article', { name: 'Kostnadslinje: Kurs' })).toBeInTheDocument();
    expect(model().costs.map((c) => c.label)).toEqual(['Kurs', 'Kurs (kopi)']);
  });
});

describe('CostsScreen grid', () => {
  it('a block pasted from Excel fills several lines, and one undo takes all of it back', async () => {
    useModelStore.getState().replace(start({
      costs: [
        { id: 'a', label: 'Kurs', sector: 'school', kind: 'purchase', amounts: ['1', '1', '1'] },
        { id: 'b', label: 'Lærertid', sector: 'school', kind: 'internal', amounts: ['2', '2', '2'] },
      ],
    }));
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    await user.click(screen.getByRole('textbox', { name: 'Kurs, 2028' }));
    await user.paste('1 000\t2 000\r\n3 000,50\t−4 000\r\n');
    expect(model().costs.map((c) => c.amounts)).toEqual([['1', '1000', '2000'], ['2', '3000.5', '-4000']]);
    useModelStore.temporal.getState().undo();
    expect(model().costs.map((c) => c.amounts)).toEqual([['1', '1', '1'], ['2', '2', '2']]);
  });
});
