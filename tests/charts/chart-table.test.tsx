// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartTable } from '../../src/charts/chart-table';

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
});
