// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ChartFigure } from '../../src/charts/chart-figure';
import { useLangStore } from '../../src/i18n/lang-store';

beforeEach(() => useLangStore.getState().setLang('nb'));
afterEach(cleanup);

const table = {
  rowHeader: 'År',
  columns: [{ key: 'net', label: 'Netto', numeric: true }],
  rows: [{ key: '2027', header: '2027', cells: ['1 kr'] }],
};

describe('ChartFigure', () => {
  it.each([2, 3] as const)('names the figure by its title (h%i) and describes it by its caption', (level) => {
    render(<ChartFigure title="Tittel" caption="Bildetekst" headingLevel={level} table={table}><svg /></ChartFigure>);
    const figure = screen.getByRole('figure', { name: 'Tittel' });
    expect(within(figure).getByRole('heading', { level, name: 'Tittel' })).toBeInTheDocument();
    expect(figure).toHaveAccessibleDescription('Bildetekst');
  });

  it("puts the data table behind the chart under the same caption, in the charts' words", () => {
    render(<ChartFigure title="T" caption="Bildetekst" controls={<button type="button">Bryter</button>} table={table}><svg /></ChartFigure>);
    expect(screen.getByRole('table', { name: 'Bildetekst' })).toBeInTheDocument();
    expect(screen.getByText('Vis tallene som tabell').tagName).toBe('SUMMARY');
    expect(screen.getByRole('button', { name: 'Bryter' })).toBeInTheDocument();
    expect(screen.queryByText('Ingen tall å vise ennå.')).toBeNull();
  });

  it.each([
    { tableOpen: undefined, open: false },
    { tableOpen: false, open: false },
    { tableOpen: true, open: true },
  ])('opens the table from the start only when asked (tableOpen: $tableOpen)', ({ tableOpen, open }) => {
    const { container } = render(<ChartFigure title="T" caption="C" table={table} tableOpen={tableOpen}><svg /></ChartFigure>);
    expect(container.querySelector('details')!.open).toBe(open);
  });

  it('says there is nothing to draw when the chart is null, and still offers the table', () => {
    render(<ChartFigure title="T" caption="C" table={table}>{null}</ChartFigure>);
    expect(screen.getByText('Ingen tall å vise ennå.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'C' })).toBeInTheDocument();
  });
});
