// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LibraryScreen } from '../../../src/features/unit-library/library-screen';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useOwnLibrary } from '../../../src/store/own-library';
import { ownValuesFileText, parseOwnValuesFile, type OwnValue } from '../../../src/store/own-library-file';

const own = (overrides: Partial<OwnValue> = {}): OwnValue => ({
  id: 'own-1', label: 'Avlastning', value: '4200', unit: 'per day', priceYear: 2024, bearer: 'kom-omsorg',
  source: 'Eget regnskap', confidence: 'primary', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides,
});
const values = () => useOwnLibrary.getState().values;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useOwnLibrary.setState({ values: [] });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(); FileReader reads it. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

async function fill(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const field = screen.getByRole('textbox', { name });
  await user.clear(field);
  await user.type(field, text);
}

describe('LibraryScreen', () => {
  it('shows every published value with price year, bearer, source and source type', () => {
    render(<LibraryScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Enhetsverdier' })).toBeInTheDocument();
    expect(screen.getByText('12 av 12 verdier')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Omsorgstiltak i barnevernet/ });
    expect(row).toHaveTextContent(/1\s500\s000\skr/);
    expect(row).toHaveTextContent('per tilfelle');
    expect(row).toHaveTextContent('2019');
    expect(row).toHaveTextContent('Barnevernstjenesten');
    expect(row).toHaveTextContent('Aftenposten 2019');
    expect(row).toHaveTextContent('Sekundærkilde');
    // Published values are not the user's to edit.
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('refuses an incomplete own value with linked messages, then adds it', async () => {
    const user = userEvent.setup();
    render(<LibraryScreen />);
    await user.click(screen.getByRole('button', { name: 'Legg til verdi' }));
    const name = screen.getByRole('textbox', { name: 'Navn på verdien' });
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Må fylles ut.');
    expect(screen.getByRole('textbox', { name: 'Prisår' })).toHaveAccessibleDescription('Må fylles ut.');
    expect(values()).toEqual([]);

    await fill(user, 'Navn på verdien', 'Plass i avlastningsbolig');
    await fill(user, 'Beløp i kroner', '4 200,50');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Enhet' }), 'per day');
    await fill(user, 'Prisår', '1850');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvem bærer kostnaden' }), 'kom-omsorg');
    await fill(user, 'Kilde', 'Regnskap Eksempel kommune 2024');
    await user.click(screen.getByRole('button', { name: 'Legg til verdi' }));
    expect(screen.getByRole('textbox', { name: 'Prisår' })).toHaveAccessibleDescription('Skriv et årstall mellom 1900 og 2200.');
    await fill(user, 'Prisår', '2024');
    await user.click(screen.getByRole('button', { name: 'Legg til verdi' }));

    expect(values()).toHaveLength(1);
    expect(values()[0]).toMatchObject({ label: 'Plass i avlastningsbolig', value: '4200.5', unit: 'per day', priceYear: 2024, bearer: 'kom-omsorg' });
    expect(screen.getByText('«Plass i avlastningsbolig» er lagt til.')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Plass i avlastningsbolig/ })).toHaveTextContent('Egen verdi');
    expect(screen.getByText('13 av 13 verdier')).toBeInTheDocument();
  });

  it('edits and deletes an own value (deleting asks first)', async () => {
    const user = userEvent.setup();
    useOwnLibrary.setState({ values: [own()] });
    render(<LibraryScreen />);
    await user.click(screen.getByRole('button', { name: 'Endre Avlastning' }));
    expect(screen.getByRole('textbox', { name: 'Beløp i kroner' })).toHaveValue('4200');
    await fill(user, 'Beløp i kroner', '4500');
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }));
    expect(values()).toMatchObject([{ id: 'own-1', value: '4500' }]);

    await user.click(screen.getByRole('button', { name: 'Slett Avlastning' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Slette «Avlastning»?' });
    expect(values()).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Slett verdien' }));
    expect(values()).toEqual([]);
  });

  it('a bad file is refused with its problems and changes nothing', async () => {
    const user = userEvent.setup();
    useOwnLibrary.setState({ values: [own()] });
    render(<LibraryScreen />);
    const text = JSON.stringify({ format: 'gevinstkart-unit-values', version: 1, values: [own({ id: 'x' }), { ...own({ id: 'y' }), priceYear: 'i fjor' }] });
    await user.upload(screen.getByLabelText('Les inn verdier fra fil'), new File([text], 'kollega.json', { type: 'application/json' }));
    const alert = await screen.findByText('kollega.json ble ikke lest inn, ingenting er endret:');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('Verdi nr. 2: prisåret mangler eller er ugyldig.');
    expect(values()).toEqual([own()]);
  });

  it('export then import: a colleague’s file adds and replaces values', async () => {
    const user = userEvent.setup();
    let exported: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      exported = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    useOwnLibrary.setState({ values: [own()] });
    render(<LibraryScreen />);
    await user.click(screen.getByRole('button', { name: 'Last ned egne verdier' }));
    expect(parseOwnValuesFile(await blobText(exported!))).toEqual({ ok: true, values: [own()] });

    const theirs = ownValuesFileText([own({ value: '4400' }), own({ id: 'own-2', label: 'Dagsenter' })]);
    await user.upload(screen.getByLabelText('Les inn verdier fra fil'), new File([theirs], 'kollega.json', { type: 'application/json' }));
    expect(await screen.findByText('Lest inn fra kollega.json: 1 nye, 1 endret, 0 uendret.')).toBeInTheDocument();
    expect(values().map((v) => [v.id, v.value])).toEqual([['own-1', '4400'], ['own-2', '4200']]);
  });
});
