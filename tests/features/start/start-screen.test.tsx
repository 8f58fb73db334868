// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StartScreen } from '../../../src/features/start/start-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { resetAppStores } from '../../store/helpers';

const SCHOOL = 'Mestringskurs i ungdomsskolen';
const YOUTH = 'Unge uten jobb møter ensomme eldre';
const store = () => useModelStore.getState();

beforeEach(async () => {
  await resetAppStores();
  window.location.hash = '#/start';
});
afterEach(cleanup);

describe('start screen: examples', () => {
  it('offers both examples', () => {
    render(<StartScreen />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([SCHOOL, YOUTH]);
  });

  it('opens the youth example as a new model and goes to the overview', async () => {
    const user = userEvent.setup();
    render(<StartScreen />);
    await user.click(screen.getByRole('button', { name: `Åpne eksempelet «${YOUTH}»` }));
    expect(store().model.title).toBe(YOUTH);
    expect(store().library).toHaveLength(2);
    expect(window.location.hash).toBe('#/overview');
  });

  it('reopens an untouched copy of an example instead of adding it twice', async () => {
    const user = userEvent.setup();
    render(<StartScreen />);
    await user.click(screen.getByRole('button', { name: `Åpne eksempelet «${YOUTH}»` }));
    await user.click(screen.getByRole('button', { name: `Åpne eksempelet «${SCHOOL}»` }));
    expect(store().model.title).toBe(SCHOOL);
    expect(store().library).toHaveLength(2);
  });

  it('adds a fresh copy when the one in the list has been edited', async () => {
    store().update((m) => ({ ...m, description: 'endret' }));
    const user = userEvent.setup();
    render(<StartScreen />);
    await user.click(screen.getByRole('button', { name: `Åpne eksempelet «${SCHOOL}»` }));
    expect(store().library).toHaveLength(2);
    expect(store().model.description).not.toBe('endret');
  });
});

describe('start screen: guided new model', () => {
  it('builds a valid model from the answers, makes it active and goes to the overview', async () => {
    const user = userEvent.setup();
    render(<StartScreen />);
    await user.type(screen.getByLabelText('Navn på tiltaket'), 'Leksehjelp');
    await user.clear(screen.getByLabelText('Første budsjettår'));
    await user.type(screen.getByLabelText('Første budsjettår'), '2028');
    await user.clear(screen.getByLabelText('Antall år i beregningen'));
    await user.type(screen.getByLabelText('Antall år i beregningen'), '3');
    await user.type(screen.getByLabelText(/^Sektor som betaler/), 'Grunnskole');
    await user.selectOptions(screen.getByLabelText('Forvaltningsnivå'), 'county');
    await user.type(screen.getByLabelText(/^Hva kostnaden gjelder/), 'Kursledere');
    await user.type(screen.getByLabelText('Beløp per år (kr)'), '1 234 567,50');
    await user.click(screen.getByRole('button', { name: 'Lag modellen' }));

    const { model, library } = store();
    expect(library).toHaveLength(2);
    expect(model).toMatchObject({ title: 'Leksehjelp', startYear: 2028, years: 3 });
    expect(model.sectors).toEqual([{ id: 'grunnskole', name: 'Grunnskole', level: 'county' }]);
    expect(model.costs[0]).toMatchObject({ label: 'Kursledere', sector: 'grunnskole', amounts: ['1234567.5', '1234567.5', '1234567.5'] });
    expect(window.location.hash).toBe('#/overview');
  });

  it('an incomplete form changes nothing, marks the fields and focuses the first one', async () => {
    const user = userEvent.setup();
    render(<StartScreen />);
    await user.clear(screen.getByLabelText('Antall år i beregningen'));
    await user.click(screen.getByRole('button', { name: 'Lag modellen' }));
    expect(store().library).toHaveLength(1);
    expect(window.location.hash).toBe('#/start');
    const title = screen.getByLabelText('Navn på tiltaket');
    expect(title).toHaveFocus();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Fyll ut dette feltet.');
    expect(screen.getByLabelText('Antall år i beregningen')).toHaveAccessibleDescription('Skriv et helt antall år fra 1 til 100.');
    expect(screen.getByText('Modellen ble ikke laget ennå: rett feltene som er merket.')).toHaveAttribute('role', 'alert');
  });

  it('marks an empty amount like every other field, and a typed amount clears the mark', async () => {
    const user = userEvent.setup();
    render(<StartScreen />);
    await user.click(screen.getByRole('button', { name: 'Lag modellen' }));
    const amount = screen.getByLabelText('Beløp per år (kr)');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount.getAttribute('aria-describedby')).toBeTruthy();
    const message = document.getElementById(amount.getAttribute('aria-describedby')!)!;
    expect(message).toHaveAttribute('role', 'alert');
    expect(message.textContent).not.toBe('');
    // One message, in the field's own place: not a second copy beside it.
    expect([...document.querySelectorAll('[role="alert"]')].filter((e) => e.textContent === message.textContent)).toHaveLength(1);
    await user.type(amount, '1 000,5');
    await user.tab();
    expect(amount).not.toHaveAttribute('aria-invalid');
    expect(amount).toHaveValue('1\u00a0000,50');
  });

  it('fixing a field clears its message', async () => {
    const user = userEvent.setup();
    render(<StartScreen />);
    await user.click(screen.getByRole('button', { name: 'Lag modellen' }));
    await user.type(screen.getByLabelText('Navn på tiltaket'), 'X');
    expect(screen.getByLabelText('Navn på tiltaket')).not.toHaveAttribute('aria-invalid');
  });

  it('is in English when English is chosen', () => {
    useLangStore.setState({ lang: 'en' });
    render(<StartScreen />);
    expect(screen.getByLabelText('Name of the measure')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the model' })).toBeInTheDocument();
  });
});
