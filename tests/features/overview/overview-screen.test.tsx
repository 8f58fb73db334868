// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverviewScreen } from '../../../src/features/overview/overview-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { calculate } from '../../../src/engine/calculate';
import { formatMoney } from '../../../src/i18n/format';
import { exampleCase } from '../../charts/examples';
import { FakeWorker } from '../../charts/fake-workers';
import { largeModel } from '../../../bench/large-model';

const school = exampleCase('school');

/** Heavy in every part of the uncertainty summary, light enough for jsdom. */
const heavy = largeModel({ sectors: 4, costLines: 10, gainLines: 250, cohorts: 3, transfers: 2, years: 20 });

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(school.model);
  FakeWorker.all = [];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The data tables behind the charts, in page order (the uncertainty summary has a table of its own). */
const chartTables = () => screen.getAllByRole('table').filter((t) => t.closest('.chart-figure'));
const figure = (key: string) => document.querySelector(`[data-figure="${key}"] .figure-value`)?.textContent;

describe('OverviewScreen', () => {
  it('shows the school example\'s fiscal NPV and silo gap, each with its explanation; sentences first, flags listed', () => {
    render(<OverviewScreen />);
    expect(screen.getByText(/^Grunnskole betaler 1\s798\s791\skr \(nåverdi\)\.$/)).toBeInTheDocument();
    const flags = screen.getByRole('region', { name: 'Verdt å sjekke' });
    expect(within(flags).getAllByRole('listitem')).toHaveLength(3);
    expect(within(flags).getAllByText(/Frigjort tid hos helsesykepleier/)).toHaveLength(2);
    expect(figure('npvFiscal')).toBe(formatMoney(school.result.totals.npvFiscal, 'nb'));
    expect(figure('siloGap')).toBe(formatMoney(school.result.totals.siloGap, 'nb'));
    const value = document.querySelector('[data-figure="siloGap"] .figure-value')!;
    const help = document.getElementById(value.getAttribute('aria-describedby')!);
    expect(help).toHaveTextContent(/minste som må flyttes/);
  });

  it('changing a cost changes the figures', async () => {
    render(<OverviewScreen />);
    const before = figure('npvFiscal');
    act(() => {
      useModelStore.getState().update((m) => ({ ...m, costs: m.costs.map((c) => (c.id === 'course' ? { ...c, amounts: ['800000', '800000', '800000', '800000'] } : c)) }));
    });
    const expected = calculate(useModelStore.getState().model).totals;
    // The figures follow the model through a deferred render.
    await waitFor(() => expect(figure('npvFiscal')).toBe(formatMoney(expected.npvFiscal, 'nb')), { timeout: 10_000 });
    expect(figure('npvFiscal')).not.toBe(before);
    expect(figure('siloGap')).toBe(formatMoney(expected.siloGap, 'nb'));
  });

  it('every chart has a data table with a caption and header cells', () => {
    render(<OverviewScreen />);
    const tables = chartTables();
    expect(tables).toHaveLength(5);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      expect(table.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(1);
      const rows = table.querySelectorAll('tbody th[scope="row"]').length;
      expect(rows).toBeGreaterThan(0);
      // The summary says how many rows the folded table holds.
      expect(table.closest('details')?.querySelector('summary')).toHaveTextContent(rows === 1 ? 'Vis tallene som tabell (1 rad)' : `Vis tallene som tabell (${rows} rader)`);
    }
  });

  it('the value lens adds the social column and the money lens changes the figures', async () => {
    const user = userEvent.setup();
    render(<OverviewScreen />);
    const whoPays = () => chartTables()[0]!;
    expect(within(whoPays()).queryByRole('columnheader', { name: 'Sosial verdi' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'All verdi (også økonomisk og sosial)' }));
    expect(within(whoPays()).getByRole('columnheader', { name: 'Sosial verdi' })).toBeInTheDocument();

    const costsOfSchool = () => within(whoPays()).getByRole('rowheader', { name: 'Grunnskole' }).nextElementSibling!.textContent;
    expect(costsOfSchool()).toBe(formatMoney('-1798790.96', 'nb'));
    await user.click(screen.getByRole('radio', { name: 'Budsjettkroner (ikke neddiskontert)' }));
    expect(costsOfSchool()).toBe(formatMoney('-1900000', 'nb'));
  });

  it('the money-flow table switches between kroner and percent', async () => {
    const user = userEvent.setup();
    render(<OverviewScreen />);
    const flows = () => chartTables()[2]!;
    expect(within(flows()).getByRole('rowheader', { name: 'Grunnskole betaler' }).nextElementSibling).toHaveTextContent(/1\s798\s791\skr/);
    await user.click(screen.getByRole('radio', { name: 'Prosent' }));
    expect(within(flows()).getByRole('rowheader', { name: 'Grunnskole betaler' }).nextElementSibling).toHaveTextContent(/100,0\s%/);
  });

  it('shows the uncertainty summary of an example at once, with no worker', () => {
    vi.stubGlobal('Worker', FakeWorker);
    render(<OverviewScreen />);
    const summary = screen.getByTestId('uncertainty-summary');
    expect(summary).toHaveAttribute('aria-busy', 'false');
    expect(summary.querySelector('.uncertainty-summary-headline')).not.toBeNull();
    expect(FakeWorker.all).toHaveLength(0);
  });

  it('a large model\'s uncertainty summary is calculated in workers, which stop when the overview is left', () => {
    vi.stubGlobal('Worker', FakeWorker);
    act(() => useModelStore.getState().replace(heavy));
    const { unmount } = render(<OverviewScreen />);
    const summary = screen.getByTestId('uncertainty-summary');
    expect(summary).toHaveAttribute('aria-busy', 'true');
    expect(within(summary).getByRole('status')).toHaveTextContent('Beregner');
    expect(FakeWorker.of('simulation')).toHaveLength(1);
    expect(FakeWorker.of('sensitivity')).toHaveLength(1);
    unmount();
    for (const w of FakeWorker.all) expect(w.terminated).toBe(true);
  });

  it('speaks English when English is chosen', () => {
    act(() => useLangStore.getState().setLang('en'));
    render(<OverviewScreen />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Overview: Mestringskurs i ungdomsskolen');
    expect(figure('npvFiscal')).toBe(formatMoney(school.result.totals.npvFiscal, 'en'));
    expect(screen.getByText(/^Grunnskole pays NOK/)).toBeInTheDocument();
  });
});
