// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculate } from '../../../src/engine/calculate';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { ReportScreen } from '../../../src/features/report/report-screen';
import { formatMoney } from '../../../src/i18n/format';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useModelStore } from '../../../src/store/model-store';
import { modelFingerprint } from '../../../src/ui/fingerprint';

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(school);
});
afterEach(cleanup);

const figure = (key: string) => document.querySelector(`[data-figure="${key}"] dd`)?.textContent;

describe('ReportScreen', () => {
  it('prints the model’s fingerprint and headline figures in the chosen language', async () => {
    render(<ReportScreen />);
    const fingerprint = await modelFingerprint(school);
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(await screen.findByText(fingerprint, {}, { timeout: 10_000 })).toBeInTheDocument();
    const totals = calculate(school).totals;
    expect(figure('npvFiscal')).toBe(formatMoney(totals.npvFiscal, 'nb'));
    expect(figure('pvCosts')).toBe(formatMoney(totals.pvCosts, 'nb'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(school.title);
  });

  it('switches every heading to English with the language', async () => {
    useLangStore.getState().setLang('en');
    render(<ReportScreen />);
    expect(screen.getByRole('heading', { name: 'Assumptions and method' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cost-sharing proposal' })).toBeInTheDocument();
    expect(figure('npvFiscal')).toBe(formatMoney(calculate(school).totals.npvFiscal, 'en'));
  });

  it('the year table shows each sector’s budget net per year in whole kroner', () => {
    render(<ReportScreen />);
    const table = screen.getAllByRole('table', { name: /Budsjettnetto per sektor og år/ })[0]!;
    const rows = within(table).getAllByRole('row');
    // header + one row per year
    expect(rows).toHaveLength(1 + school.years);
    const first = within(rows[1]!).getAllByRole('cell').map((c) => c.textContent);
    const y0 = calculate(school).years[0]!;
    expect(first[0]).toBe(new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(Number(y0.bySector.school!.net)));
  });

  it('says the model has no sources, and lists every gain line’s adjustments', () => {
    render(<ReportScreen />);
    expect(screen.getByText(/ingen kilder registrert/)).toBeInTheDocument();
    const gains = screen.getByRole('table', { name: 'Gevinstlinjer og justeringer' });
    // Header, then each gain line followed by its basis on a line of its own.
    expect(within(gains).getAllByRole('row')).toHaveLength(1 + 2 * school.benefits.length);
    for (const b of school.benefits) expect(within(gains).getByRole('rowheader', { name: b.label })).toBeInTheDocument();
  });

  it('refuses a share link for a model too large for one, offering the file instead', async () => {
    const user = userEvent.setup({ delay: null });
    const big: Model = { ...school, description: Array.from({ length: 500 }, (_, i) => `ord${i * 7919}`).join(' ') };
    useModelStore.getState().replace(big);
    render(<ReportScreen />);
    await user.click(screen.getByRole('button', { name: 'Lag delingslenke' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(/for stor for en lenke/);
    expect(within(alert).getByRole('button', { name: 'Lagre modellen som fil' })).toBeInTheDocument();
  });

  it('makes a share link that holds the model in the fragment', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ReportScreen />);
    await user.click(screen.getByRole('button', { name: 'Lag delingslenke' }));
    const field = await screen.findByLabelText<HTMLInputElement>('Delingslenke', {}, { timeout: 10_000 });
    expect(field.value).toMatch(/#\/share\/[A-Za-z0-9_-]+$/);
    expect(field.value.length).toBeLessThanOrEqual(2000);
  });

  it('the print button opens the browser’s print dialog', async () => {
    const user = userEvent.setup({ delay: null });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<ReportScreen />);
    await user.click(screen.getByRole('button', { name: 'Skriv ut eller lagre som PDF' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
