// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { parseModel } from '../../../src/engine/parse';
import { ReportScreen } from '../../../src/features/report/report-screen';
import { uncertaintySummaryData } from '../../../src/charts/uncertainty-summary-data';
import { formatPercent } from '../../../src/i18n/format';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useModelStore } from '../../../src/store/model-store';

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();
const expected = uncertaintySummaryData(school);

afterEach(() => {
  cleanup();
  act(() => useLangStore.getState().setLang('nb'));
});

describe('the report’s uncertainty summary', () => {
  it.each([
    ['nb', 'Hvor sikre er tallene?', 'seed 1'],
    ['en', 'How sure are the figures?', 'seed 1'],
  ] as const)('has the figures in the first render, ready to print (%s)', (lang, title, seed) => {
    act(() => {
      useLangStore.getState().setLang(lang);
      useModelStore.getState().replace(school);
    });
    render(<ReportScreen />);
    // No waiting: a print right after load must find the numbers.
    const section = screen.getByTestId('uncertainty-summary');
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(within(section).getByRole('heading', { name: title })).toBeTruthy();
    const bup = school.sectors.find((s) => s.id === 'bup')!;
    const row = within(section).getByRole('rowheader', { name: bup.name }).closest('tr')!;
    expect(row.textContent).toContain(formatPercent(expected.sectors.find((s) => s.id === 'bup')!.prob.toFixed(6), lang, 1));
    expect(within(section).getAllByRole('listitem')).toHaveLength(3);
    expect(section.textContent).toContain(seed);
  });
});
