// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CostLine, Model } from '../../../src/engine/model';
import { CostsScreen } from '../../../src/features/costs/costs-screen';
import { opensAll } from '../../../src/ui/line-expansion';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useModelStore } from '../../../src/store/model-store';
import { aModel, aSector } from '../../builders';

const YEARS = 20;
const LINES = 31;
const model = () => useModelStore.getState().model;

/** 31 lines × 20 years: just past the limit, so the screen starts with every line closed. */
const line = (i: number): CostLine => ({
  id: `c${i}`, label: `Linje ${i}`, sector: i % 2 ? 'nav' : 'school', kind: i % 3 ? 'internal' : 'purchase',
  amounts: Array.from({ length: YEARS }, () => String(i)),
});
const large = (): Model => aModel({
  years: YEARS, sectors: [aSector(), aSector({ id: 'nav', name: 'NAV stat', level: 'state' })],
  costs: Array.from({ length: LINES }, (_, i) => line(i + 1)), benefits: [], cohorts: [],
});

/*
 * Queries are scoped (a card by its heading, a cell within the grid): whole-page role and
 * label queries take seconds each in jsdom with 31 lines on the page.
 */
const card = (name: string) => screen.getByText(`Kostnadslinje: ${name}`).closest('article')!;
const button = (name: string, line: string) => within(card(line)).getByRole('button', { name });
const show = (user: ReturnType<typeof userEvent.setup>, name: string) => user.click(button(`Vis detaljer og beløp for «${name}»`, name));
const grid = () => screen.queryByRole('table', { name: 'Beløp per år i kroner, før påslag' });
const cell = (name: string) => within(grid()!).getByLabelText(name);

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(large());
});
afterEach(cleanup);

describe('CostsScreen with a large model', () => {
  it('starts with every line closed: a short row each, no fields and no grid', () => {
    expect(opensAll(large().costs.length, YEARS)).toBe(false);
    render(<CostsScreen />);
    expect(screen.getAllByRole('article')).toHaveLength(LINES);
    expect(screen.getByRole('article', { name: 'Kostnadslinje: Linje 7' })).toBe(card('Linje 7'));
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(grid()).toBeNull();
    // Who pays, the kind and the sum of the 20 amounts (7 × 20 = 140). getByText compares
    // whitespace-collapsed text, so the no-break spaces of the figures are plain spaces here.
    expect(within(card('Linje 7')).getByText(`Betales av NAV stat · Egen innsats (ansatte, lokaler) · sum over 20 år: 140 kr`)).toBeInTheDocument();
    expect(within(card('Linje 3')).getByText(/Kjøp fra leverandør/)).toBeInTheDocument();
    expect(screen.getByText('Åpne en linje med «Vis» for å se og endre beløpene per år.')).toBeInTheDocument();
  });

  it('an opened line shows its fields and its row in the grid, and edits reach the model', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    await show(user, 'Linje 4');
    expect(button('Skjul detaljer og beløp for «Linje 4»', 'Linje 4')).toHaveAttribute('aria-expanded', 'true');
    expect(within(card('Linje 4')).getByRole('textbox', { name: 'Navn' })).toHaveValue('Linje 4');
    expect(within(grid()!).queryByLabelText('Linje 5, 2027')).toBeNull();

    await user.clear(cell('Linje 4, 2028'));
    await user.type(cell('Linje 4, 2028'), '1 000{Enter}');
    expect(model().costs[3]!.amounts.slice(0, 3)).toEqual(['4', '1000', '4']);

    await user.click(button('Skjul detaljer og beløp for «Linje 4»', 'Linje 4'));
    expect(grid()).toBeNull();
    expect(within(card('Linje 4')).getByText(`Betales av Skole · Egen innsats (ansatte, lokaler) · sum over 20 år: 1 076 kr`)).toBeInTheDocument();
  });

  it('a pasted block fills the open lines as shown (closed ones are skipped), as one undo step', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    await show(user, 'Linje 2');
    await show(user, 'Linje 9');
    expect(screen.getByText(/Tabellen viser de åpne linjene \(2 av 31\)/)).toBeInTheDocument();
    const before = model();
    await user.click(cell('Linje 2, 2027'));
    await user.paste('10\t20\r\n30\t40\r\n');
    expect(model().costs.map((c) => c.amounts.slice(0, 2))).toEqual(
      before.costs.map((c) => (c.id === 'c2' ? ['10', '20'] : c.id === 'c9' ? ['30', '40'] : c.amounts.slice(0, 2))),
    );
    useModelStore.temporal.getState().undo();
    expect(model()).toEqual(before);
  });

  it('a new line opens with the cursor in its name; "hide all" closes every line', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    await show(user, 'Linje 1');
    await user.click(screen.getByText('Legg til kostnadslinje'));
    expect(within(card('Ny kostnad')).getByRole('textbox', { name: 'Navn' })).toHaveFocus();
    expect(cell('Ny kostnad, 2027')).toBeInTheDocument();
    await user.click(screen.getByText('Skjul alle linjer'));
    expect(grid()).toBeNull();
    expect(screen.queryByText('Skjul alle linjer')).toBeNull();
  });

  it('"to the amounts" puts the cursor in the line’s first cell of the grid', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CostsScreen />);
    await show(user, 'Linje 6');
    await user.click(button('Gå til beløpene for «Linje 6» i tabellen', 'Linje 6'));
    expect(cell('Linje 6, 2027')).toHaveFocus();
  });
});

describe('CostsScreen with a small model', () => {
  it('shows every line open with no show/hide buttons, as it always has', () => {
    useModelStore.getState().replace(aModel({ costs: [line(1), line(2)].map((c) => ({ ...c, amounts: c.amounts.slice(0, 5) })), years: 5 }));
    render(<CostsScreen />);
    expect(screen.queryAllByRole('button', { name: /^(Vis|Skjul) detaljer og beløp/ })).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Skjul alle linjer' })).toBeNull();
    expect(screen.getAllByRole('textbox', { name: /^Linje \d, 20\d\d$/ })).toHaveLength(10);
    expect(screen.queryByText(/Tabellen viser de åpne linjene/)).toBeNull();
  });
});
