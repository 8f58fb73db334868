// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartTable, EAGER_CELLS } from '../../src/charts/chart-table';

afterEach(cleanup);

const props = {
  summary: 'Vis tallene som tabell',
  caption: 'Netto per sektor',
  rowHeader: 'Sektor',
  columns: [
    { key: 'costs', label: 'Kostnader', numeric: true },
    { key: 'note', label: 'Merknad' },
  ],
  rows: [
    { key: 'a', header: 'Grunnskole', cells: ['−1 000 kr', 'betaler'] },
    { key: 'b', header: 'Barnevern', cells: ['0 kr', 'får'] },
  ],
  footer: { key: 'sum', header: 'Sum', cells: ['−1 000 kr', ''] },
};

describe('ChartTable', () => {
  it('is a real table: caption, column and row headers, totals in the footer', () => {
    render(<ChartTable {...props} />);
    const table = screen.getByRole('table', { name: 'Netto per sektor' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Sektor', 'Kostnader', 'Merknad']);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Grunnskole', 'Barnevern', 'Sum']);
    expect(table.querySelector('tfoot')).toHaveTextContent('Sum');
    // numeric columns line up right, text columns do not
    expect(within(table).getByText('0 kr')).toHaveClass('num');
    expect(within(table).getByText('får')).not.toHaveClass('num');
  });

  it('folds away behind a summary and opens from it', async () => {
    const user = userEvent.setup();
    render(<ChartTable {...props} />);
    const details = screen.getByText('Vis tallene som tabell').closest('details')!;
    expect(details.open).toBe(false);
    await user.click(screen.getByText('Vis tallene som tabell'));
    expect(details.open).toBe(true);
  });

  it('starts open when asked (the printed report)', () => {
    render(<ChartTable {...props} open />);
    expect(screen.getByText('Vis tallene som tabell').closest('details')!.open).toBe(true);
  });

  it.each([
    [1, '(1 rad)'],
    [2, '(2 rader)'],
    [1500, '(1\u00a0500 rader)'],
  ])('the summary says how many rows the table holds (%i)', (n, text) => {
    render(<ChartTable {...props} rows={rowsOf(n)} />);
    expect(screen.getByText('Vis tallene som tabell').closest('summary')!.textContent).toBe(`Vis tallene som tabell ${text}`);
  });

  it('a large folded table writes its rows only once opened, and keeps them after closing', async () => {
    const user = userEvent.setup();
    const many = rowsOf(Math.ceil(EAGER_CELLS / 3) + 1);
    render(<ChartTable {...props} rows={many} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('rowheader', { name: 'Rad 1' })).toBeNull();
    await user.click(screen.getByText('Vis tallene som tabell'));
    const table = await screen.findByRole('table', { name: 'Netto per sektor' });
    // Every row and the totals row.
    expect(within(table).getAllByRole('rowheader')).toHaveLength(many.length + 1);
    await user.click(screen.getByText('Vis tallene som tabell'));
    await waitFor(() => expect(screen.getByText('Vis tallene som tabell').closest('details')!.open).toBe(false));
    expect(screen.getByRole('table', { hidden: true })).toBeInTheDocument();
  });

  it('a large table asked to start open (the printed report) has its rows at once', () => {
    const many = rowsOf(Math.ceil(EAGER_CELLS / 3) + 1);
    render(<ChartTable {...props} rows={many} open />);
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(many.length + 1);
  });
});

function rowsOf(n: number) {
  return Array.from({ length: n }, (_, i) => ({ key: `r${i}`, header: `Rad ${i + 1}`, cells: [`${i} kr`, ''] }));
}
