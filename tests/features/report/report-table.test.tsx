// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ReportTable } from '../../../src/features/report/report-table';

afterEach(cleanup);

const HEAD = ['Linje', 'Sektor', 'Beholdt'];

describe('ReportTable', () => {
  it('scrolls in a focusable region named by its caption, so a keyboard can reach what is cut off', () => {
    render(<ReportTable caption="Nåverdier per sektor" head={HEAD} rows={[{ key: 'a', cells: ['A', 'Skole', '50 %'] }]} />);
    const region = screen.getByRole('region', { name: 'Nåverdier per sektor' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Nåverdier per sektor' })).toBeInTheDocument();
  });

  it('puts a row’s long text on a full-width line under it, tied to the row’s header', () => {
    render(
      <ReportTable
        caption="Gevinstlinjer"
        head={HEAD}
        detailLabel="Grunnlag"
        rows={[
          { key: 'a', cells: ['Færre tiltak', 'Barnevern', '50,4 %'], detail: 'Elever: 0,01 per deltaker × 250 000 kr' },
          { key: 'b', cells: ['Direkte', 'BUP', '100 %'], detail: 'Direkte beløp' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Gevinstlinjer' });
    // No column for the long text: the head keeps its three columns.
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(HEAD);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    const detail = within(rows[2]!).getByRole('cell');
    expect(detail).toHaveAttribute('colspan', String(HEAD.length));
    expect(detail).toHaveTextContent('Grunnlag: Elever: 0,01 per deltaker × 250 000 kr');
    const header = within(rows[1]!).getByRole('rowheader');
    expect(detail.getAttribute('headers')).toBe(header.id);
    expect(header).toHaveTextContent('Færre tiltak');
    // Each line and its text share a group, which print.css keeps on one page.
    expect(rows[1]!.parentElement).toBe(rows[2]!.parentElement);
    expect(rows[3]!.parentElement).not.toBe(rows[1]!.parentElement);
  });

  it('without long texts, keeps one row per line and no extra lines', () => {
    render(<ReportTable caption="Kostnadslinjer" head={HEAD} rows={[{ key: 'a', cells: ['A', 'B', '1'] }, { key: 'b', cells: ['C', 'D', '2'] }]} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    expect(document.querySelector('[colspan]')).toBeNull();
  });
});
