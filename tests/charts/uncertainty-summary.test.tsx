// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import type { Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import { oneIn } from '../../src/engine/uncertainty/switching';
import { Dec } from '../../src/engine/decimal';
import { UncertaintySummary } from '../../src/charts/uncertainty-summary';
import { uncertaintySummaryData } from '../../src/charts/uncertainty-summary-data';
import { formatNumber, formatPercent } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/catalog';
import { useLangStore } from '../../src/i18n/lang-store';
import { levelTitle } from '../../src/ui/level-names';

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();
const expected = uncertaintySummaryData(school);
const pct = (p: number, lang: Lang) => formatPercent(p.toFixed(6), lang, 1);
/** "1 in N" for the line carrying most of the fiscal NPV, at the common break-even scale. */
const breakEvenN = (() => {
  const main = school.benefits.find((b) => b.id === 'cw');
  return main && 'effect' in main ? oneIn(new Dec(main.effect).times(expected.switching.effectScale!.value).toDecimalPlaces(12).toFixed()) : null;
})();

afterEach(() => {
  cleanup();
  act(() => useLangStore.getState().setLang('nb'));
});

describe('UncertaintySummary', () => {
  it.each([
    ['nb', 'Hvor sikre er tallene?', 'Beregner', /minst 1 av (\S+) deltakere/, /10\s000 kjøringer, seed 1/],
    ['en', 'How sure are the figures?', 'Calculating', /at least 1 in (\S+) participants/, /10,000 runs, seed 1/],
  ] as const)('shows calculating, then the key figures for the school example (%s)', async (lang, title, calculating, oneInText, method) => {
    act(() => useLangStore.getState().setLang(lang));
    render(<UncertaintySummary model={school} />);
    const section = screen.getByTestId('uncertainty-summary');
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain(calculating);
    await waitFor(() => expect(section.getAttribute('aria-busy')).toBe('false'), { timeout: 5000 });
    const text = section.textContent ?? '';
    expect(text).toContain(pct(expected.fiscal, lang));
    for (const s of expected.sectors) {
      const row = screen.getByRole('rowheader', { name: s.name }).closest('tr')!;
      expect(row.textContent).toContain(pct(s.prob, lang));
    }
    for (const l of expected.levels) expect(screen.getByRole('rowheader', { name: levelTitle(l.level, lang) }).closest('tr')!.textContent).toContain(pct(l.prob, lang));
    expect(screen.queryByRole('rowheader', { name: school.sectors.find((s) => s.id === 'pupils')!.name })).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(text).toMatch(method);
    expect(breakEvenN).not.toBeNull();
    expect(text.match(oneInText)?.[1]).toBe(formatNumber(breakEvenN!, lang, 0));
  });

  it('restarts when the model changes, and prints the new seed', async () => {
    const quick = (seed: number): Model => ({ ...school, simulation: { seed, runs: 500, distribution: 'triangular' } });
    const { rerender } = render(<UncertaintySummary model={quick(11)} />);
    const section = screen.getByTestId('uncertainty-summary');
    await waitFor(() => expect(section.textContent).toContain('seed 11'));
    rerender(<UncertaintySummary model={quick(12)} />);
    expect(section.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(section.textContent).toContain('seed 12'));
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(section.textContent).toContain(pct(uncertaintySummaryData(quick(12)).fiscal, 'nb'));
  });

  it('computes a quick model during render when asked (the report)', () => {
    render(<UncertaintySummary model={school} immediate level={3} />);
    const section = screen.getByTestId('uncertainty-summary');
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'Hvor sikre er tallene?' })).toBeTruthy();
    expect(section.textContent).toContain(pct(expected.fiscal, 'nb'));
  });
});
