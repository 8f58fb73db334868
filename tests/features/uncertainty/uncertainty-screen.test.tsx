// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UncertaintyScreen } from '../../../src/features/uncertainty/uncertainty-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { tornado } from '../../../src/engine/uncertainty/sensitivity';
import { formatMoney } from '../../../src/i18n/format';
import { exampleCase } from '../../charts/examples';
import { largeModel } from '../../../bench/large-model';

const school = exampleCase('school');

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace({ ...school.model, simulation: { seed: 7, runs: 3000, distribution: 'pert' } });
});
afterEach(cleanup);

const section = (name: string) => screen.getByRole('region', { name });
/** Formatted figures use U+00A0 and U+2212; the DOM matchers fold spaces, so match any space. */
const loose = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s'));

describe('UncertaintyScreen', () => {
  it('the tornado table lists the inputs by swing, with the engine\'s figures; the target can be the paying sector', async () => {
    render(<UncertaintyScreen />);
    const region = section('Hva betyr mest?');
    const top = tornado(school.model, { kind: 'fiscal' }).bars[0]!;
    const firstRow = within(region).getAllByRole('row')[1]!;
    expect(firstRow).toHaveTextContent(loose(formatMoney(top.swing, 'nb')));
    const select = within(region).getByLabelText('Netto nåverdi for');
    expect(within(select).getByRole('option', { name: 'Grunnskole (betaler mest)' })).toBeInTheDocument();
    await userEvent.selectOptions(select, 'Grunnskole (betaler mest)');
    const base = tornado(school.model, { kind: 'sector', id: 'school' }).base;
    expect(within(region).getAllByText(loose(`Utgangspunkt: ${formatMoney(base, 'nb')}`)).length).toBeGreaterThan(0);
  });

  it('a large model computes the tornado without a click, with progress (here on the page: jsdom has no Worker)', async () => {
    const model = largeModel({ sectors: 4, costLines: 10, gainLines: 60, years: 20 });
    useModelStore.getState().replace(model);
    render(<UncertaintyScreen />);
    const region = section('Hva betyr mest?');
    expect(within(region).getByRole('progressbar', { name: 'Beregner hva som betyr mest' })).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /^Beregn/ })).toBeNull();
    const base = formatMoney(tornado(model, { kind: 'fiscal' }).base, 'nb');
    expect((await within(region).findAllByText(loose(`Utgangspunkt: ${base}`), {}, { timeout: 15_000 })).length).toBeGreaterThan(0);
    expect(within(region).queryByRole('progressbar')).toBeNull();
  });

  it('states the break-even share of the effects', () => {
    render(<UncertaintyScreen />);
    expect(within(section('Når lønner tiltaket seg?')).getByText(/lønner seg for budsjettene samlet hvis effektene blir minst/)).toBeInTheDocument();
  });

  it('runs a simulation with progress and a result, the same twice for the same seed', async () => {
    render(<UncertaintyScreen />);
    const region = section('Simulering (Monte Carlo)');
    await userEvent.click(within(region).getByRole('button', { name: 'Kjør simulering' }));
    // 3 000 runs go in chunks of 250 with a pause between: the bar shows how far it has come.
    const bar = within(region).getByRole('progressbar');
    expect(bar).toHaveAttribute('max', '3000');
    expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0);
    const first = await within(region).findByText(/Sannsynligheten for at tiltaket lønner seg/, {}, { timeout: 10_000 });
    expect(within(region).getByText(/3\s000 kjøringer, seed 7/)).toBeInTheDocument();
    const percentiles = within(region).getByText(/P10 .* P50 .* P90/).textContent;
    expect(first.textContent).toMatch(/100,0\s%/);
    await userEvent.click(within(region).getByRole('button', { name: 'Kjør simulering' }));
    await within(region).findByText(/Sannsynligheten/, {}, { timeout: 10_000 });
    await waitFor(() => expect(within(region).getByText(/P10 .* P50 .* P90/).textContent).toBe(percentiles));
    expect(within(region).getByRole('table', { name: 'Sannsynlighet for gevinst per budsjettholder' })).toHaveTextContent('Grunnskole');
  });

  it('cancels a running simulation', async () => {
    useModelStore.getState().update((m) => ({ ...m, simulation: { seed: 1, runs: 100_000, distribution: 'pert' } }));
    render(<UncertaintyScreen />);
    const region = section('Simulering (Monte Carlo)');
    await userEvent.click(within(region).getByRole('button', { name: 'Kjør simulering' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Avbryt' }));
    expect(within(region).getByText('Simuleringen ble avbrutt.')).toBeInTheDocument();
    expect(within(region).queryByRole('progressbar')).toBeNull();
  });

  it('a range typed for an effect is stored in the model, and "use default" removes it', async () => {
    render(<UncertaintyScreen />);
    const region = section('Usikkerhetsintervaller');
    const group = within(region).getByText(/^Færre barnevernstiltak \(/);
    await userEvent.click(group);
    const low = within(region).getByLabelText('Færre barnevernstiltak – effekt: Lav');
    await userEvent.clear(low);
    await userEvent.type(low, '0,5{Enter}');
    const line = () => useModelStore.getState().model.benefits.find((b) => b.id === 'cw')!;
    expect(line().ranges?.effect).toEqual({ low: '0.005', high: '0.0125' });
    await userEvent.click(within(region).getByRole('button', { name: 'Bruk standard for Færre barnevernstiltak – effekt' }));
    expect(line().ranges).toBeUndefined();
  });

  it('refuses a low value above the likely value and keeps the model unchanged', async () => {
    render(<UncertaintyScreen />);
    const region = section('Usikkerhetsintervaller');
    await userEvent.click(within(region).getByText(/^Færre barnevernstiltak \(/));
    const low = within(region).getByLabelText('Færre barnevernstiltak – effekt: Lav');
    await userEvent.clear(low);
    await userEvent.type(low, '5{Enter}');
    expect(low).toHaveAttribute('aria-invalid', 'true');
    expect(useModelStore.getState().model.benefits.find((b) => b.id === 'cw')!.ranges).toBeUndefined();
  });

  it('adds a scenario, changes a cost in it and compares it with the base model', async () => {
    render(<UncertaintyScreen />);
    const region = section('Scenarioer');
    await userEvent.click(within(region).getByRole('button', { name: 'Legg til scenario' }));
    await waitFor(() => expect(useModelStore.getState().model.scenarios).toHaveLength(1));
    await userEvent.selectOptions(await within(region).findByLabelText('Anslag som endres'), 'Kurs fra leverandør – beløp (faktor)');
    await userEvent.click(within(region).getByRole('button', { name: 'Legg til endring' }));
    const value = await within(region).findByLabelText('Ny verdi for Kurs fra leverandør – beløp (faktor)');
    await userEvent.clear(value);
    await userEvent.type(value, '200{Enter}');
    expect(useModelStore.getState().model.scenarios![0]!.overrides).toEqual([{ kind: 'cost', id: 'course', field: 'factor', value: '2' }]);
    const table = await within(region).findByRole('table', { name: 'Sammenligning av scenarioer' });
    await waitFor(() => expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Tall', 'Grunnmodell', 'Scenario 1']));
  });
});
