// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeasureScreen } from '../../../src/features/measure/measure-screen';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { calculate } from '../../../src/engine/calculate';
import { formatMoney } from '../../../src/i18n/format';
import { R109_SCHEDULE } from '../../../src/engine/model';
import { aModel } from '../sectors/a-model';

const model = () => useModelStore.getState().model;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(aModel());
});
afterEach(cleanup);

async function enter(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const field = screen.getByRole('textbox', { name: label });
  await user.click(field);
  await user.keyboard('{Control>}a{/Control}');
  await user.keyboard(`${text}{Enter}`);
  return field;
}

describe('MeasureScreen', () => {
  it.each([
    ['Antall år det regnes på', '0', 'Tallet må være minst 1.'],
    ['Antall år det regnes på', '101', 'Tallet kan høyst være 100.'],
    ['Første budsjettår', '1850', 'Tallet må være minst 1900.'],
    ['Rente (realrente, prosent per år)', '-100', 'Renten må være høyere enn −100\u00a0%.'],
    ['Trekk i gevinstene', '120', 'Trekket kan høyst være 100\u00a0%.'],
  ])('refuses %s = %s at the field and keeps the model', async (label, text, message) => {
    const user = userEvent.setup();
    render(<MeasureScreen />);
    const before = model();
    const field = await enter(user, label, text);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(model()).toBe(before);
  });

  it('shortens the horizon without losing amounts, and the summary follows', async () => {
    const user = userEvent.setup();
    render(<MeasureScreen />);
    await enter(user, 'Antall år det regnes på', '1');
    expect(model().years).toBe(1);
    expect(model().costs[0]!.amounts).toEqual(['100', '100', '100']);
    const npv = formatMoney(calculate(model()).totals.npvFiscal, 'nb');
    expect(screen.getByRole('region', { name: 'Hovedtall nå' })).toHaveTextContent(
      `Netto nåverdi for budsjettene: ${npv}`.replace(/\s+/g, ' '),
    );
  });

  it('switches to the R-109 schedule in one click and back to a constant rate', async () => {
    const user = userEvent.setup();
    render(<MeasureScreen />);
    await user.click(screen.getByRole('radio', { name: 'Fallende rente etter R-109' }));
    expect(model().discountSchedule).toEqual(R109_SCHEDULE);
    expect(screen.getByRole('textbox', { name: 'Rente (realrente, prosent per år)' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: 'Fast rente' }));
    expect(model().discountSchedule).toBeUndefined();
    await enter(user, 'Rente (realrente, prosent per år)', '2,5');
    expect(model().discountRate).toBe('0.025');
  });

  it('writes percent fields as fractions and the threshold as kroner', async () => {
    const user = userEvent.setup();
    render(<MeasureScreen />);
    await enter(user, 'Påslag på kostnadene', '10 %');
    await enter(user, 'Terskel for kunngjøring (kr eks. mva.)', '1 300 000');
    await enter(user, 'Kontraktens lengde i år', '3');
    const year = await enter(user, 'Første budsjettår', '2030');
    expect(model().startYear).toBe(2030);
    // A calendar year is never shown with a thousands gap.
    expect(year).toHaveValue('2030');
    expect(model().optimismBias.costs).toBe('0.1');
    expect(model().procurement).toEqual({ threshold: '1300000', contractYears: 3 });
  });

  it('saves proposer and municipality trimmed, and blanking one removes it', async () => {
    const user = userEvent.setup();
    render(<MeasureScreen />);
    await enter(user, 'Foreslått av', ' Mestring AS ');
    await enter(user, 'Kommune', 'Bodø');
    expect(model()).toMatchObject({ proposer: 'Mestring AS', municipality: 'Bodø' });
    const field = screen.getByRole('textbox', { name: 'Foreslått av' });
    await user.clear(field);
    await user.tab();
    expect('proposer' in model()).toBe(false);
    expect(model().municipality).toBe('Bodø');
  });

  it('shows the start year as the price base until another is chosen, and refuses years outside 1900–2200', async () => {
    const user = userEvent.setup();
    render(<MeasureScreen />);
    const field = screen.getByRole('textbox', { name: 'Prisnivå (år)' });
    expect(field).toHaveValue('2027');
    expect(field).toHaveAccessibleDescription(/Året som alle kronebeløp i modellen er i/);
    await enter(user, 'Første budsjettår', '2029');
    expect(field).toHaveValue('2029');
    expect('priceBaseYear' in model()).toBe(false);

    await enter(user, 'Prisnivå (år)', '2201');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Tallet kan høyst være 2200.'));
    expect('priceBaseYear' in model()).toBe(false);
    await enter(user, 'Prisnivå (år)', '2024');
    expect(model().priceBaseYear).toBe(2024);
    expect(field).toHaveValue('2024');
  });

  it('labels the new fields in English too', () => {
    useLangStore.getState().setLang('en');
    useModelStore.getState().replace(aModel({ priceBaseYear: 2025, proposer: 'Mestring AS' }));
    render(<MeasureScreen />);
    expect(screen.getByRole('textbox', { name: 'Proposed by' })).toHaveValue('Mestring AS');
    expect(screen.getByRole('textbox', { name: 'Municipality' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Price base (year)' })).toHaveValue('2025');
    expect(screen.getByRole('textbox', { name: 'Price base (year)' })).toHaveAccessibleDescription(/The year whose kroner all amounts/);
  });

  it('every field has a help text read with it', () => {
    render(<MeasureScreen />);
    for (const field of screen.getAllByRole('textbox')) {
      if ((field as HTMLInputElement).disabled) continue;
      expect(field).toHaveAccessibleDescription(/\S/);
    }
  });
});
