// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isCohortBenefit, type Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { GainsScreen } from '../../../src/features/gains/gains-screen';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useModelStore } from '../../../src/store/model-store';
import { aCohortBenefit, aModel, aSector } from '../../builders';

const NBSP = '\u00a0';
const kr = (digits: string) => `${digits.replace(/ /g, NBSP)}${NBSP}kr`;
const model = () => useModelStore.getState().model;

/** Two sectors and nothing else: each test adds the lines it reasons about. */
const start = (over: Partial<Model> = {}): Model =>
  aModel({
    years: 4,
    sectors: [aSector({ id: 'cw', name: 'Barnevern' }), aSector({ id: 'nav', name: 'NAV stat', level: 'state' })],
    costs: [], cohorts: [], benefits: [], transfers: [],
    ...over,
  });

const withCohortLine = () =>
  start({
    cohorts: [{ id: 'pupils', label: 'Elever', sizes: ['100', '0', '0', '0'] }],
    benefits: [aCohortBenefit({ id: 'g', label: 'Færre tiltak', sector: 'cw', unitValue: '1000', lag: 0 })],
  });

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(start());
});
afterEach(cleanup);

const card = (name: string) => screen.getByRole('article', { name: `Gevinst: ${name}` });
/** The yearly figures shown next to a line, as the user reads them. */
const profile = (name: string) => {
  const figure = within(card(name)).getByRole('figure', { name: 'Justert gevinst per år' });
  return within(figure).getAllByRole('cell').map((c) => c.textContent);
};
/** The years labelling the profile's rows. */
const profileYears = (name: string) => {
  const figure = within(card(name)).getByRole('figure', { name: 'Justert gevinst per år' });
  return within(figure).getAllByRole('rowheader').map((c) => c.textContent);
};

describe('GainsScreen', () => {
  it('adds a cohort-driven gain line, and its profile follows the lag', async () => {
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    await user.click(screen.getByRole('button', { name: 'Legg til gevinst regnet ut fra deltakere' }));
    // With no cohort yet, one is made along with the line.
    expect(model().cohorts).toHaveLength(1);
    expect(within(card('Ny gevinst')).getByRole('textbox', { name: 'Navn' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Deltakere, 2027' }), '200{Enter}');
    const line = card('Ny gevinst');
    const effect = within(line).getByRole('textbox', { name: 'Effekt (% av deltakerne)' });
    await user.clear(effect);
    await user.type(effect, '10{Enter}');
    const value = within(line).getByRole('textbox', { name: 'Verdi per utfall per år (kr)' });
    await user.clear(value);
    await user.type(value, '1 000{Enter}');
    await user.click(within(line).getByRole('checkbox', { name: 'Varer ut perioden' }));
    const duration = within(line).getByRole('textbox', { name: 'Varighet (år)' });
    await user.clear(duration);
    await user.type(duration, '2{Enter}');
    // 200 participants × 10 % × 1 000 kr for two years from the start year.
    expect(profile('Ny gevinst')).toEqual([kr('20 000'), kr('20 000'), kr('0'), kr('0')]);
    expect(profileYears('Ny gevinst')).toEqual(['2027', '2028', '2029', '2030']);

    const lag = within(line).getByRole('textbox', { name: 'Forsinkelse (år)' });
    await user.clear(lag);
    await user.type(lag, '1{Enter}');
    expect(profile('Ny gevinst')).toEqual([kr('0'), kr('20 000'), kr('20 000'), kr('0')]);
    expect(parseModel(model()).ok).toBe(true);
  });

  it('drop-off and deadweight show in the profile, and the sparkline has a name', async () => {
    useModelStore.getState().replace(withCohortLine());
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    expect(within(card('Færre tiltak')).getByRole('img', { name: /Færre tiltak, 2027–2030/ })).toBeInTheDocument();
    const drop = within(card('Færre tiltak')).getByRole('textbox', { name: 'Avtakende effekt (% per år)' });
    await user.clear(drop);
    await user.type(drop, '50{Enter}');
    expect(profile('Færre tiltak')).toEqual([kr('10 000'), kr('5 000'), kr('2 500'), kr('1 250')]);
    const deadweight = within(card('Færre tiltak')).getByRole('textbox', { name: 'Dødvekt (%)' });
    // The plain-language help with its example sits behind a "?" beside the field.
    const help = within(card('Færre tiltak')).getByRole('button', { name: 'Forklaring: Dødvekt (%)' });
    expect(help).toHaveAttribute('aria-expanded', 'false');
    await user.click(help);
    expect(within(card('Færre tiltak')).getByText(/3 av 10 elever ville klart seg/)).toBeVisible();
    await user.clear(deadweight);
    await user.type(deadweight, '30{Enter}');
    expect(profile('Færre tiltak')[0]).toBe(kr('7 000'));
  });

  it.each([
    { field: 'Dødvekt (%)', text: '150', message: 'Skriv en prosent fra 0 til 100.', key: 'deadweight', kept: '0' },
    { field: 'Forsinkelse (år)', text: '-1', message: 'Skriv et helt antall år, 0 eller mer.', key: 'lag', kept: 0 },
    { field: 'Effekt (% av deltakerne)', text: '-5', message: 'Effekten kan ikke være negativ.', key: 'effect', kept: '0.1' },
  ])('$field: "$text" stays in the field with a message and the model keeps $kept', async ({ field, text, message, key, kept }) => {
    useModelStore.getState().replace(withCohortLine());
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    const input = within(card('Færre tiltak')).getByRole('textbox', { name: field });
    await user.clear(input);
    await user.type(input, `${text}{Tab}`);
    expect(input).toHaveValue(text);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(model().benefits[0]![key as 'deadweight']).toBe(kept);
  });

  it('a negative number of participants is refused at the cell and the model keeps its size', async () => {
    useModelStore.getState().replace(withCohortLine());
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    const cell = screen.getByRole('textbox', { name: 'Elever, 2027' });
    await user.clear(cell);
    await user.type(cell, '-5{Tab}');
    expect(cell).toHaveAccessibleDescription(expect.stringContaining('Antallet kan ikke være negativt.'));
    expect(model().cohorts[0]!.sizes[0]).toBe('100');
  });

  it('switching to amounts per year keeps the profile, and undo switches back', async () => {
    useModelStore.getState().replace(withCohortLine());
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    const before = profile('Færre tiltak');
    await user.click(within(card('Færre tiltak')).getByRole('radio', { name: 'Beløp per år' }));
    const line = model().benefits[0]!;
    expect(isCohortBenefit(line)).toBe(false);
    expect(profile('Færre tiltak')).toEqual(before);
    expect(within(card('Færre tiltak')).getByRole('textbox', { name: 'Færre tiltak, 2027' })).toBeInTheDocument();

    useModelStore.temporal.getState().undo();
    expect(await within(card('Færre tiltak')).findByRole('radio', { name: 'Fra deltakere' })).toBeChecked();
    expect(isCohortBenefit(model().benefits[0]!)).toBe(true);
  });

  it('deleting a cohort that a line uses asks first, names the line, and cancel changes nothing', async () => {
    useModelStore.getState().replace(withCohortLine());
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    await user.click(screen.getByRole('button', { name: 'Slett «Elever»' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Slette kullet «Elever»?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Færre tiltak');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(model().cohorts).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Slett «Elever»' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Slett kullet og linjene' }));
    expect(model().cohorts).toHaveLength(0);
    expect(model().benefits).toHaveLength(0);
    expect(parseModel(model()).ok).toBe(true);
  });

  it('sector and type of a gain line are chosen from lists, with the types explained', async () => {
    useModelStore.getState().replace(withCohortLine());
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    const type = within(card('Færre tiltak')).getByRole('combobox', { name: 'Type gevinst' });
    await user.click(within(card('Færre tiltak')).getByRole('button', { name: 'Forklaring: Type gevinst' }));
    expect(within(card('Færre tiltak')).getByText(/ansattes tid som frigjøres/)).toBeVisible();
    await user.selectOptions(type, 'capacity');
    await user.selectOptions(within(card('Færre tiltak')).getByRole('combobox', { name: 'Hvor gevinsten havner' }), 'nav');
    expect(model().benefits[0]).toMatchObject({ type: 'capacity', sector: 'nav' });
  });
});
