// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverviewScreen } from '../../../src/features/overview/overview-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { calculate } from '../../../src/engine/calculate';
import { formatMoney } from '../../../src/i18n/format';
import { exampleCase } from '../../charts/examples';

const school = exampleCase('school');

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(school.model);
});
afterEach(cleanup);

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
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(5);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      expect(table.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(1);
      expect(table.querySelectorAll('th[scope="row"]').length).toBeGreaterThan(0);
      expect(table.closest('details')?.querySelector('summary')).toHaveTextContent('Vis tallene som tabell');
    }
  });

  it('the value lens adds the social column and the money lens changes the figures', async () => {
    const user = userEvent.setup();
    render(<OverviewScreen />);
    const whoPays = () => screen.getAllByRole('table')[0]!;
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
    const flows = () => screen.getAllByRole('table')[2]!;
    expect(within(flows()).getByRole('rowheader', { name: 'Grunnskole betaler' }).nextElementSibling).toHaveTextContent(/1\s798\s791\skr/);
    await user.click(screen.getByRole('radio', { name: 'Prosent' }));
    expect(within(flows()).getByRole('rowheader', { name: 'Grunnskole betaler' }).nextElementSibling).toHaveTextContent(/100,0\s%/);
  });

  it('speaks English when English is chosen', () => {
    act(() => useLangStore.getState().setLang('en'));
    render(<OverviewScreen />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Overview: Mestringskurs i ungdomsskolen');
    expect(figure('npvFiscal')).toBe(formatMoney(school.result.totals.npvFiscal, 'en'));
    expect(screen.getByText(/^Grunnskole pays NOK/)).toBeInTheDocument();
  });
});
