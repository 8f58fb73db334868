// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TransfersScreen } from '../../../src/features/transfers/transfers-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { parseModel } from '../../../src/engine/parse';
import { calculate } from '../../../src/engine/calculate';
import { formatMoney } from '../../../src/i18n/format';
import { aModel } from '../sectors/a-model';

const model = () => useModelStore.getState().model;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(aModel({ transfers: [] }));
});
afterEach(cleanup);

describe('TransfersScreen', () => {
  it('adds a transfer, names it, sets payer, recipient and amounts', async () => {
    const user = userEvent.setup();
    render(<TransfersScreen />);
    expect(screen.getByText('Ingen overføringer ennå.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til overføring' }));

    expect(model().transfers).toEqual([{ id: 'transfer-1', label: 'Overføring 1', from: 'school', to: 'cw', amounts: ['0', '0', '0'] }]);
    // The new row's name field has focus, ready to be typed over.
    const name = screen.getByRole('textbox', { name: 'Navn på overføring 1' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'NAV betaler{Enter}');
    expect(model().transfers[0]!.label).toBe('NAV betaler');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Betaler for NAV betaler' }), 'nav');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mottaker for NAV betaler' }), 'school');
    expect(model().transfers[0]).toMatchObject({ from: 'nav', to: 'school' });

    const cell = screen.getByRole('textbox', { name: 'NAV betaler: NAV stat → Grunnskole, 2028' });
    await user.click(cell);
    await user.keyboard('120 000{Enter}');
    expect(model().transfers[0]!.amounts).toEqual(['0', '120000', '0']);
    expect(parseModel(model()).ok).toBe(true);

    // The summary follows the model: the transfer shows in the present value transferred.
    const transferredPv = calculate(model()).sectors.find((s) => s.id === 'school')!.pvTransfersIn;
    expect(Number(transferredPv)).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Hovedtall nå' })).toHaveTextContent(
      // jest-dom folds the no-break spaces of Norwegian number groups into plain spaces.
      `Overført i alt, nåverdi: ${formatMoney(transferredPv, 'nb')}`.replace(/\s+/g, ' '),
    );
  });

  it('choosing the payer as recipient turns the transfer round, so two sectors can pay either way', async () => {
    const user = userEvent.setup();
    render(<TransfersScreen />);
    await user.click(screen.getByRole('button', { name: 'Legg til overføring' }));
    const to = screen.getByRole('combobox', { name: 'Mottaker for Overføring 1' });
    await user.selectOptions(to, 'school');

    expect(model().transfers[0]).toMatchObject({ from: 'cw', to: 'school' });
    expect(to).toHaveValue('school');
    expect(screen.getByRole('combobox', { name: 'Betaler for Overføring 1' })).toHaveValue('cw');
  });

  it('deletes a transfer', async () => {
    const user = userEvent.setup();
    useModelStore.getState().replace(aModel());
    render(<TransfersScreen />);
    await user.click(screen.getByRole('button', { name: 'Slett Barnevernet betaler' }));
    expect(model().transfers.map((t) => t.id)).toEqual(['share-nav']);
    expect(within(screen.getByRole('table', { name: 'Avtaler om kostnadsdeling' })).queryByDisplayValue('Barnevernet betaler')).toBeNull();
  });

  it('offers no transfer with a single sector and says what to do', async () => {
    const user = userEvent.setup();
    useModelStore.getState().replace(aModel({ sectors: [{ id: 'school', name: 'Skole', level: 'municipal' }], costs: [], benefits: [], transfers: [] }));
    render(<TransfersScreen />);
    const add = screen.getByRole('button', { name: 'Legg til overføring' });
    expect(add).toHaveAccessibleDescription(/minst to sektorer/);
    await user.click(add);
    expect(model().transfers).toEqual([]);
  });

  it('names a transfer once in the year grid when its name already gives the route', () => {
    useModelStore.getState().replace(aModel({
      transfers: [
        { id: 'split-cw', label: 'Kostnadsdeling: Barnevern til Grunnskole', from: 'cw', to: 'school', amounts: ['1', '1', '1'] },
        { id: 'nav', label: 'NAV betaler', from: 'nav', to: 'school', amounts: ['1', '1', '1'] },
      ],
    }));
    render(<TransfersScreen />);
    expect(screen.getByRole('rowheader', { name: 'Kostnadsdeling: Barnevern til Grunnskole' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Kostnadsdeling: Barnevern til Grunnskole, 2027' })).toBeInTheDocument();
    expect(screen.queryByText(/Grunnskole: Barnevern → Grunnskole/)).toBeNull();
    // A name that does not say the route still gets it.
    expect(screen.getByRole('rowheader', { name: 'NAV betaler: NAV stat → Grunnskole' })).toBeInTheDocument();
    // The agreements table scrolls in its own box on a phone, reachable by keyboard.
    expect(screen.getByRole('region', { name: 'Avtaler om kostnadsdeling' })).toHaveAttribute('tabindex', '0');
  });
});
