// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SharingScreen } from '../../../src/features/sharing/sharing-screen';
import { useModelStore } from '../../../src/store/model-store';
import { undo } from '../../../src/store/history';
import { useLangStore } from '../../../src/i18n/lang-store';
import { calculate } from '../../../src/engine/calculate';
import { formatMoney, formatPercent } from '../../../src/i18n/format';
import { exampleCase } from '../../charts/examples';

const youth = exampleCase('youth');
const model = () => useModelStore.getState().model;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(youth.model);
});
afterEach(cleanup);

describe('SharingScreen', () => {
  it('shows the equal-return split beside each sector\'s NPV today', () => {
    render(<SharingScreen />);
    const table = screen.getByRole('table', { name: /Forslaget til kostnadsdeling/ });
    const row = within(table).getByRole('rowheader', { name: 'NAV kommune (sosialhjelp)' }).closest('tr')!;
    const share = youth.result.costSharing!.find((c) => c.sector === 'navmun')!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual([
      formatMoney(youth.result.sectors.find((s) => s.id === 'navmun')!.npv, 'nb'),
      formatPercent(share.share, 'nb', 1),
      formatMoney(share.contributionPv, 'nb'),
      formatMoney(share.requiredTransferPv, 'nb'),
      formatMoney(share.npvAfter, 'nb'),
    ]);
    // households gain nothing in budgets and pay nothing: left out
    expect(within(table).queryByRole('rowheader', { name: 'De unge' })).toBeNull();
  });

  it('says how much of the silo gap the transfers in the model close', () => {
    render(<SharingScreen />);
    const without = calculate({ ...youth.model, transfers: [] }).totals.siloGap;
    const text = screen.getByText(/lukker .* av et silogap på/).textContent;
    expect(text).toContain(`silogap på ${formatMoney(without, 'nb')}`);
    expect(text).toContain(`gjenstår, er ${formatMoney(youth.result.totals.siloGap, 'nb')}`);
  });

  it('makes the proposal the agreement in one undoable step', async () => {
    const user = userEvent.setup();
    render(<SharingScreen />);
    await user.click(screen.getByRole('button', { name: 'Gjør dette til avtalen' }));
    expect(model().transfers.length).toBeGreaterThan(0);
    expect(model().transfers.map((t) => t.id)).not.toContain('navshare');
    expect(calculate(model()).totals.siloGap).toBe('0.00');
    expect(screen.getByText(/Silogapet er nå 0\skr/).closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(screen.getByText(/lukker .* av et silogap på/)).toHaveTextContent(/Det som gjenstår, er 0\skr/), { timeout: 10_000 });
    act(() => undo());
    expect(model().transfers.map((t) => t.id)).toEqual(['navshare']);
  });

  it('lets the procurement threshold be changed and shows the check against it', async () => {
    const user = userEvent.setup();
    render(<SharingScreen />);
    expect(screen.getByText(/Kommune: kjøp for 1\s150\s000\skr over 4 år\. Det er på eller over terskelen/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Terskel (kr eksklusive mva.)' });
    await user.clear(field);
    await user.type(field, '1 300 000{Enter}');
    expect(model().procurement.threshold).toBe('1300000');
    await waitFor(() => expect(screen.getByText(/Det er under terskelen på 1\s300\s000\skr/)).toBeInTheDocument(), { timeout: 10_000 });
  });
});
