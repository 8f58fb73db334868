// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { YearGrid, type YearGridRow } from '../../src/ui/year-grid';
import type { RowChange } from '../../src/ui/year-grid-ops';
import { useLangStore } from '../../src/i18n/lang-store';

const NBSP = '\u00a0';

/** A grid bound to state the way a screen binds it to the model; `many` counts one-step edits. */
function Harness({ initial, years = 3, many }: { initial: YearGridRow[]; years?: number; many?: (c: RowChange[]) => void }) {
  const [rows, setRows] = useState(initial);
  const apply = (changes: RowChange[]) =>
    setRows((rs) => rs.map((r) => ({ ...r, values: changes.find((c) => c.rowId === r.id)?.values ?? r.values })));
  return (
    <>
      <YearGrid
        caption="Kostnader"
        startYear={2027}
        years={years}
        rows={rows}
        showTotals
        onChange={(rowId, values) => apply([{ rowId, values }])}
        onChangeMany={
          many
            ? (changes) => {
                many(changes);
                apply(changes);
              }
            : undefined
        }
      />
      <pre data-testid="model">{JSON.stringify(Object.fromEntries(rows.map((r) => [r.id, r.values])))}</pre>
    </>
  );
}

const model = () => JSON.parse(screen.getByTestId('model').textContent ?? '{}') as Record<string, string[]>;

const rows = (): YearGridRow[] => [
  { id: 'lead', label: 'Prosjektleder', values: ['100000', '0', '0'] },
  { id: 'rent', label: 'Husleie', values: ['5000'] },
  { id: 'food', label: 'Mat', values: ['1', '2', '3', '4'] },
];

beforeEach(() => {
  act(() => useLangStore.getState().setLang('nb'));
});
afterEach(cleanup);

describe('YearGrid', () => {
  it('names every cell by its line and year, and pads short lines with 0', () => {
    render(<Harness initial={rows()} />);
    expect(screen.getByRole('table', { name: 'Kostnader' })).toBeInTheDocument();
    expect(screen.getByLabelText('Husleie, 2029')).toHaveValue('0');
    expect(screen.getByLabelText('Prosjektleder, 2027')).toHaveValue(`100${NBSP}000`);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['2027', '2028', '2029', 'Sum']),
    );
  });

  it('typing a Norwegian number commits it, keeping years beyond the horizon', async () => {
    const user = userEvent.setup();
    render(<Harness initial={rows()} />);
    const cell = screen.getByLabelText('Mat, 2028');
    await user.click(cell);
    await user.keyboard('1 234,50{Enter}');
    expect(model().food).toEqual(['1', '1234.5', '3', '4']);
    const total = within(screen.getByRole('row', { name: /Mat/ })).getAllByRole('cell').at(-2);
    expect(total?.textContent).toBe(`1${NBSP}238,5`);
  });

  it('an invalid entry keeps the old value in the model and shows a message at the cell', async () => {
    const user = userEvent.setup();
    render(<Harness initial={rows()} />);
    const cell = screen.getByLabelText('Husleie, 2027');
    await user.click(cell);
    await user.keyboard('fem tusen');
    await user.tab();
    expect(model().rent).toEqual(['5000']);
    expect(cell).toHaveValue('fem tusen');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    const message = document.getElementById(cell.getAttribute('aria-describedby') ?? '');
    // Grid cells use the short form; the formats are explained above the grid.
    expect(message).toHaveTextContent('Ikke et tall. Beholdt: 5 000.');
    expect(message).toBeVisible();
  });

  it('pasting a 2×3 block from Excel fills it from the cell, as one edit', async () => {
    const user = userEvent.setup();
    const many = vi.fn();
    render(<Harness initial={rows()} many={many} />);
    await user.click(screen.getByLabelText('Husleie, 2027'));
    await user.paste('1 000\t2 000\t3 000,50\r\n\u22124\t5\t6\r\n');
    expect(model()).toEqual({
      lead: ['100000', '0', '0'],
      rent: ['1000', '2000', '3000.5'],
      food: ['-4', '5', '6', '4'],
    });
    expect(many).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('2 × 3');
    expect(screen.getByLabelText('Husleie, 2027')).toHaveValue('1000');
  });

  it.each([
    ['a bad cell', '1\t2\n3\tfire', 'rad 2, kolonne 2'],
    ['too many lines', '1\n2\n3', '3 rader'],
    ['too many years', '1\t2\t3\t4', '4 kolonner'],
  ])('refuses a paste with %s and changes nothing', async (_name, text, message) => {
    const user = userEvent.setup();
    render(<Harness initial={rows()} />);
    const before = model();
    await user.click(screen.getByLabelText('Husleie, 2027'));
    await user.paste(text);
    expect(model()).toEqual(before);
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain(message);
  });

  it('fill right copies the chosen year of a line to the later years', async () => {
    const user = userEvent.setup();
    render(<Harness initial={rows()} />);
    await user.click(screen.getByLabelText('Mat, 2028'));
    await user.click(screen.getByRole('button', { name: 'Fyll til høyre fra 2028: Mat' }));
    expect(model().food).toEqual(['1', '2', '2', '4']);
    await user.click(screen.getByRole('button', { name: 'Fyll til høyre fra 2027: Prosjektleder' }));
    expect(model().lead).toEqual(['100000', '100000', '100000']);
  });

  it('copy a year across rolls every line forward one year, and again from there', async () => {
    const user = userEvent.setup();
    const many = vi.fn();
    render(<Harness initial={rows()} many={many} />);
    await user.click(screen.getByLabelText('Husleie, 2027'));
    await user.click(screen.getByRole('button', { name: 'Kopier 2027 til 2028' }));
    expect(model()).toEqual({ lead: ['100000', '100000', '0'], rent: ['5000', '5000', '0'], food: ['1', '1', '3', '4'] });
    expect(many).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Kopier 2028 til 2029' }));
    expect(model().rent).toEqual(['5000', '5000', '5000']);
    expect(screen.getByRole('button', { name: 'Kopier 2029 til 2030' })).toBeDisabled();
  });

  it('arrow keys move between cells; left and right only at the edge of the text', async () => {
    const user = userEvent.setup();
    render(<Harness initial={rows()} />);
    await user.click(screen.getByLabelText('Prosjektleder, 2027'));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByLabelText('Husleie, 2027')).toHaveFocus();
    // The whole text is selected on arrival, so Right moves on at once.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByLabelText('Husleie, 2028')).toHaveFocus();
    await user.keyboard('12{ArrowLeft}');
    expect(screen.getByLabelText('Husleie, 2028')).toHaveFocus();
    await user.keyboard('{Home}{ArrowLeft}');
    expect(screen.getByLabelText('Husleie, 2027')).toHaveFocus();
    expect(model().rent).toEqual(['5000', '12', '0']);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByLabelText('Prosjektleder, 2027')).toHaveFocus();
  });

  it('says so when there are no lines', () => {
    render(<Harness initial={[]} />);
    expect(screen.getByText('Ingen linjer ennå.')).toBeInTheDocument();
  });
});

describe('YearGrid bounds', () => {
  it('refuses a pasted block with a value below the minimum, saying why', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<YearGrid caption="Deltakere" startYear={2027} years={2} rows={[{ id: 'c', label: 'Kull', values: [] }]} min={0} onChange={spy} />);
    await user.click(screen.getByLabelText('Kull, 2027'));
    await user.paste('10\t-5');
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('minst 0');
  });
});

describe('YearGrid names', () => {
  it('gives a line without a label a spoken name', () => {
    render(<YearGrid caption="K" startYear={2027} years={1} rows={[{ id: 'x', label: ' ', values: [] }]} onChange={() => {}} />);
    expect(screen.getByLabelText('Linje 1, 2027')).toBeInTheDocument();
  });

  it('keeps a long line name whole for hover and for the cells, however it is shortened on screen', () => {
    const long = 'Kostnadsdeling: Helsestasjon og skolehelsetjeneste til Grunnskole';
    render(<YearGrid caption="K" startYear={2027} years={1} rows={[{ id: 'x', label: long, values: [] }]} onChange={() => {}} />);
    const header = screen.getByRole('rowheader', { name: long });
    // The visible label may be cut to two lines (base.css): its title and the cell's name carry all of it.
    expect(header.querySelector('.year-grid-label')).toHaveAttribute('title', long);
    expect(screen.getByLabelText(`${long}, 2027`)).toBeInTheDocument();
  });
});

describe('YearGrid money cells', () => {
  beforeEach(() => useLangStore.getState().setLang('nb'));
  afterEach(cleanup);

  it.each([
    [true, `1${NBSP}234,50`],
    [false, `1${NBSP}234,5`],
  ])('money=%s shows 1234.5 as %s', (money, shown) => {
    render(<YearGrid caption="Kostnader" startYear={2027} years={2} money={money} rows={[{ id: 'a', label: 'Kurs', values: ['1234.5', '100'] }]} onChange={() => {}} />);
    const cell = screen.getByRole('textbox', { name: /Kurs.*2027/ });
    expect((cell as HTMLInputElement).value).toBe(shown);
    // Whole amounts stay without decimals either way.
    expect((screen.getByRole('textbox', { name: /Kurs.*2028/ }) as HTMLInputElement).value).toBe('100');
  });
});
