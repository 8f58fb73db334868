// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModelsScreen } from '../../../src/features/models/models-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { aModel } from '../../builders';
import { resetAppStores } from '../../store/helpers';

const SCHOOL = 'Mestringskurs i ungdomsskolen';
const store = () => useModelStore.getState();
const names = () => store().library.map((e) => e.name);
const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

beforeEach(resetAppStores);
afterEach(cleanup);

describe('my models', () => {
  it('lists every model and marks the open one', () => {
    store().addModel(aModel({ title: 'Leksehjelp' }));
    render(<ModelsScreen />);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([SCHOOL, 'Leksehjelp (åpen nå)']);
    expect(rowOf('Leksehjelp')).toHaveAttribute('aria-current', 'true');
  });

  it('opens another model', async () => {
    store().addModel(aModel({ title: 'Leksehjelp' }));
    const user = userEvent.setup();
    render(<ModelsScreen />);
    await user.click(screen.getByRole('button', { name: `Åpne «${SCHOOL}»` }));
    expect(store().model.title).toBe(SCHOOL);
  });

  it('duplicates a model under a "(kopi)" name without opening it', async () => {
    const user = userEvent.setup();
    render(<ModelsScreen />);
    await user.click(screen.getByRole('button', { name: `Lag kopi av «${SCHOOL}»` }));
    expect(names()).toEqual([SCHOOL, `${SCHOOL} (kopi)`]);
    expect(store().model.title).toBe(SCHOOL);
    expect(screen.getByRole('status')).toHaveTextContent(`${SCHOOL} (kopi)`);
  });

  it('renames a model; an empty name is refused with a message', async () => {
    const user = userEvent.setup();
    render(<ModelsScreen />);
    await user.click(screen.getByRole('button', { name: `Gi nytt navn til «${SCHOOL}»` }));
    const input = screen.getByLabelText(`Nytt navn på «${SCHOOL}»`);
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Lagre navnet' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Navnet kan ikke være tomt.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.type(input, 'Mestring 2.0{Enter}');
    expect(names()).toEqual(['Mestring 2.0']);
  });

  it('Escape cancels a rename', async () => {
    const user = userEvent.setup();
    render(<ModelsScreen />);
    await user.click(screen.getByRole('button', { name: `Gi nytt navn til «${SCHOOL}»` }));
    await user.type(screen.getByLabelText(`Nytt navn på «${SCHOOL}»`), 'xyz{Escape}');
    expect(names()).toEqual([SCHOOL]);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('delete asks first; cancel keeps the model', async () => {
    store().addModel(aModel({ title: 'Leksehjelp' }));
    const user = userEvent.setup();
    render(<ModelsScreen />);
    await user.click(screen.getByRole('button', { name: 'Slett «Leksehjelp»' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Slette «Leksehjelp»?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(names()).toEqual([SCHOOL, 'Leksehjelp']);
  });

  it('a confirmed delete can be undone, and the model comes back where it was', async () => {
    store().addModel(aModel({ title: 'Leksehjelp' }));
    store().addModel(aModel({ title: 'Tredje' }));
    const user = userEvent.setup();
    render(<ModelsScreen />);
    await user.click(screen.getByRole('button', { name: 'Slett «Leksehjelp»' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Slett' }));
    expect(names()).toEqual([SCHOOL, 'Tredje']);
    const undo = screen.getByRole('button', { name: 'Angre slettingen' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(names()).toEqual([SCHOOL, 'Leksehjelp', 'Tredje']);
    expect(screen.queryByRole('button', { name: 'Angre slettingen' })).toBeNull();
  });

  it('the last model cannot be deleted, and says why', () => {
    render(<ModelsScreen />);
    const del = screen.getByRole('button', { name: `Slett «${SCHOOL}»` });
    expect(del).toBeDisabled();
    expect(del).toHaveAccessibleDescription('Den siste modellen kan ikke slettes.');
  });

  it('speaks English when asked', () => {
    useLangStore.setState({ lang: 'en' });
    render(<ModelsScreen />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('My models');
    expect(screen.getByRole('button', { name: `Duplicate "${SCHOOL}"` })).toBeInTheDocument();
  });
});
