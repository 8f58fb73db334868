// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SectorsScreen } from '../../../src/features/sectors/sectors-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { parseModel } from '../../../src/engine/parse';
import { aModel } from './a-model';

const model = () => useModelStore.getState().model;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(aModel());
});
afterEach(cleanup);

describe('SectorsScreen', () => {
  it('adds a sector from a Norwegian preset, grouped by level', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    const select = screen.getByRole('combobox', { name: 'Sektor' });
    // The presets come grouped by level of government.
    expect(within(select).getByRole('group', { name: 'Fylkeskommune' })).toHaveTextContent('Videregående opplæring');
    await user.selectOptions(select, 'kom-barnehage');
    await user.click(screen.getByRole('button', { name: 'Legg til valgt sektor' }));

    expect(model().sectors.at(-1)).toMatchObject({ id: 'kom-barnehage', name: 'Barnehage', level: 'municipal' });
    expect(screen.getByRole('textbox', { name: 'Navn på sektor 4' })).toHaveValue('Barnehage');
    expect(screen.getByText('Barnehage er lagt til.')).toBeInTheDocument();
    expect(parseModel(model()).ok).toBe(true);
  });

  it('asks before deleting a used sector, lists what will move, and moves it', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    await user.click(screen.getByRole('button', { name: 'Slett Grunnskole' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Slette «Grunnskole»?' });
    const used = within(dialog).getByRole('list', { name: 'Disse linjene bruker sektoren:' });
    const items = within(used).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Kostnad: Kurs',
      'Kostnad: Lærertid',
      'Overføring: Barnevernet betaler (fra Barnevern til Grunnskole)',
      'Overføring: NAV betaler (fra NAV stat til Grunnskole)',
    ]);
    // Nothing changes until the user confirms.
    expect(model().sectors).toHaveLength(3);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Flytt til' }), 'cw');
    // The transfer between the two cannot survive the move, and the dialog says so.
    expect(within(dialog).getByRole('status')).toHaveTextContent('Barnevernet betaler');
    await user.click(within(dialog).getByRole('button', { name: 'Flytt og slett sektoren' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    // The focused delete button is gone with its row; focus lands on the table, not the page.
    expect(screen.getByRole('table', { name: 'Sektorer i modellen' })).toHaveFocus();
    expect(model().sectors.map((s) => s.id)).toEqual(['cw', 'nav']);
    expect(model().costs.map((c) => c.sector)).toEqual(['cw', 'cw']);
    expect(model().transfers.map((t) => [t.id, t.from, t.to])).toEqual([['share-nav', 'nav', 'cw']]);
  });

  it('can delete the lines with the sector instead', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    await user.click(screen.getByRole('button', { name: 'Slett Barnevern' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Slett dem sammen med sektoren' }));
    await user.click(within(dialog).getByRole('button', { name: 'Slett sektoren og linjene' }));
    expect(model().benefits.map((b) => b.id)).toEqual(['benefits']);
    expect(model().transfers.map((t) => t.id)).toEqual(['share-nav']);
  });

  it('cancelling the dialog changes nothing', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    const before = model();
    await user.click(screen.getByRole('button', { name: 'Slett NAV stat' }));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(model()).toBe(before);
  });

  it('deletes an unused sector at once, and adds a custom one only with a name', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    await user.click(screen.getByRole('button', { name: 'Legg til egen sektor' }));
    expect(screen.getByText('Skriv et navn på sektoren.')).toBeInTheDocument();
    expect(model().sectors).toHaveLength(3);

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Frivilligsentralen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Forvaltningsnivå' }), 'voluntary');
    await user.click(screen.getByRole('button', { name: 'Legg til egen sektor' }));
    expect(model().sectors.at(-1)).toMatchObject({ id: 'frivilligsentralen', level: 'voluntary' });

    await user.click(screen.getByRole('button', { name: 'Slett Frivilligsentralen' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(model().sectors.map((s) => s.id)).toEqual(['school', 'cw', 'nav']);
  });

  it('reorders by keyboard and keeps focus on the button', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    const up = screen.getByRole('button', { name: 'Flytt NAV stat opp' });
    up.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(model().sectors.map((s) => s.id)).toEqual(['nav', 'school', 'cw']);
    expect(screen.getByRole('button', { name: 'Flytt NAV stat opp' })).toHaveFocus();
    // At the top, "up" does nothing more.
    await user.keyboard('{Enter}');
    expect(model().sectors.map((s) => s.id)).toEqual(['nav', 'school', 'cw']);
  });

  it('refuses a blank name and keeps the last valid one', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    const field = screen.getByRole('textbox', { name: 'Navn på sektor 2' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/\S/);
    expect(model().sectors[1]!.name).toBe('Barnevern');
    await user.type(field, 'Barnevernstjenesten{Enter}');
    expect(model().sectors[1]!.name).toBe('Barnevernstjenesten');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('says what uses each sector, in words that count', () => {
    render(<SectorsScreen />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => (r as HTMLTableRowElement).cells[3]!.textContent)).toEqual(['2 kostnader, 2 overføringer', '1 gevinst, 1 overføring', '1 gevinst, 1 overføring']);
  });

  it('speaks English when English is chosen', async () => {
    useLangStore.getState().setLang('en');
    const user = userEvent.setup();
    render(<SectorsScreen />);
    const select = screen.getByRole('combobox', { name: 'Sector' });
    expect(within(select).getByRole('group', { name: 'County' })).toHaveTextContent('Upper-secondary education');
    expect(screen.getByRole('combobox', { name: 'Level of government for NAV stat' })).toHaveDisplayValue('State');
    await user.click(screen.getByRole('button', { name: 'Delete Barnevern' }));
    expect(screen.getByRole('alertdialog', { name: 'Delete “Barnevern”?' })).toHaveTextContent('Gain: Færre plasseringer');
  });

  it('recolours from the palette', async () => {
    const user = userEvent.setup();
    render(<SectorsScreen />);
    await user.click(screen.getByRole('button', { name: 'Bruk vinrød for NAV stat' }));
    expect(model().sectors[2]!.color).toBe('#882266');
  });

  it('keeps the sector table in its own keyboard-scrollable box, named by its caption', () => {
    render(<SectorsScreen />);
    const table = screen.getByRole('table', { name: 'Sektorer i modellen' });
    const region = screen.getByRole('region', { name: 'Sektorer i modellen' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(table);
  });
});
