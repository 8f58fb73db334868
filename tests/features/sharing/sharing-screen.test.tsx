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
import { EXAMPLES, exampleCase } from '../../charts/examples';
import { applyAgreement } from '../../../src/features/sharing/agreement';
import { proposalRows } from '../../../src/features/sharing/sharing-table';

const youth = exampleCase('youth');
const model = () => useModelStore.getState().model;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(youth.model);
});
afterEach(cleanup);

describe('SharingScreen', () => {
  it('shows each sector now, the split, and what is still to transfer on top of the transfers in the model', () => {
    render(<SharingScreen />);
    const table = screen.getByRole('table', { name: /Forslaget til kostnadsdeling/ });
    const row = within(table).getByRole('rowheader', { name: 'NAV stat' }).closest('tr')!;
    const share = youth.result.costSharing!.find((c) => c.sector === 'navstate')!;
    const figures = youth.result.sectors.find((s) => s.id === 'navstate')!;
    // The youth example already has a transfer out of NAV stat: it counts against what the split asks.
    const still = Number(share.requiredTransferPv) - (Number(figures.pvTransfersOut) - Number(figures.pvTransfersIn));
    expect(Number(figures.pvTransfersOut)).toBeGreaterThan(0);
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual([
      formatMoney(figures.npv, 'nb'),
      formatPercent(share.share, 'nb', 1),
      formatMoney(share.contributionPv, 'nb'),
      formatMoney(still.toFixed(2), 'nb'),
      formatMoney(share.npvAfter, 'nb'),
    ]);
    // households gain nothing in budgets and pay nothing: left out
    expect(within(table).queryByRole('rowheader', { name: 'De unge' })).toBeNull();
  });

  it.each(EXAMPLES.flatMap((c) => [
    { name: `${c.name}, as shipped`, model: c.model },
    { name: `${c.name}, agreement applied`, model: applyAgreement(c.model, c.result, (a, b) => `${a}-${b}`) },
  ]))('$name: now − still to transfer = with the agreement, on every row', ({ model: m }) => {
    const result = calculate(m);
    const rows = proposalRows(result, m);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) {
      // Yearly øre rounding of the transfers may leave an øre per year.
      expect(Math.abs(Number(r.npvNow) - Number(r.stillNeeded) - Number(r.share.npvAfter))).toBeLessThanOrEqual(0.01 * m.years + 0.01);
    }
  });

  it('says how much of the silo gap the transfers in the model close', () => {
    render(<SharingScreen />);
    const without = calculate({ ...youth.model, transfers: [] }).totals.siloGap;
    const text = screen.getByText(/lukker .* av et silogap på/).textContent;
    expect(text).toContain(`silogap på ${formatMoney(without, 'nb')}`);
    expect(text).toContain(`gjenstår, er ${formatMoney(youth.result.totals.siloGap, 'nb')}`);
  });

  it('makes the proposal the agreement in one undoable step, then says it is in place', async () => {
    const user = userEvent.setup();
    render(<SharingScreen />);
    const button = screen.getByRole('button', { name: 'Gjør dette til avtalen' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    expect(model().transfers.length).toBeGreaterThan(0);
    expect(model().transfers.map((t) => t.id)).not.toContain('navshare');
    expect(calculate(model()).totals.siloGap).toBe('0.00');
    await waitFor(() => expect(screen.getByText(/Silogapet er nå 0\skr/).closest('[role="status"]')).not.toBeNull(), { timeout: 10_000 });
    await waitFor(() => expect(screen.getByText(/lukker .* av et silogap på/)).toHaveTextContent(/Det som gjenstår, er 0\skr/), { timeout: 10_000 });

    // The table no longer asks for a transfer: every row is agreed and now equals with the agreement.
    const table = screen.getByRole('table', { name: /Forslaget til kostnadsdeling/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
      expect(cells[3]).toBe('Avtalt');
      expect(cells[0]).toBe(cells[4]);
    }
    // The button says the agreement is in place, keeps the focus, and a second press changes nothing.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/Avtalen er lagt inn: overføringene i modellen er de samme som forslaget/);
    expect(button).toHaveFocus();
    const applied = model();
    const steps = useModelStore.temporal.getState().pastStates.length;
    await user.click(button);
    expect(model()).toBe(applied);
    expect(useModelStore.temporal.getState().pastStates.length).toBe(steps);

    act(() => undo());
    expect(model().transfers.map((t) => t.id)).toEqual(['navshare']);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 10_000 });
    // The message about the agreement no longer holds after the undo.
    expect(screen.queryByText(/Silogapet er nå/)).toBeNull();
  });

  it('offers to update an agreement the split has moved away from', async () => {
    const user = userEvent.setup();
    const applied = applyAgreement(youth.model, youth.result, (a, b) => `${a}-${b}`);
    const [first, ...rest] = applied.costs;
    useModelStore.getState().replace({ ...applied, costs: [{ ...first!, amounts: first!.amounts.map((a) => String(Number(a) * 2)) }, ...rest] });
    render(<SharingScreen />);
    const button = screen.getByRole('button', { name: 'Oppdater avtalen' });
    expect(button).toHaveAccessibleDescription(/Forslaget har endret seg siden avtalen ble lagt inn/);
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'), { timeout: 10_000 });
    expect(button).toHaveTextContent('Gjør dette til avtalen');
    expect(calculate(model()).totals.siloGap).toBe('0.00');
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
