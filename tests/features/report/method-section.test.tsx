// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { calculate } from '../../../src/engine/calculate';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { MethodSection } from '../../../src/features/report/method-section';
import type { Lang } from '../../../src/i18n/catalog';
import { useLangStore } from '../../../src/i18n/lang-store';

afterEach(cleanup);

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();

/** The school example with the purchase raised 10 % by its own optimism bias. */
const withCostBias: Model = { ...school, costs: school.costs.map((c) => (c.id === 'course' ? { ...c, optimismBias: '0.1' } : c)) };

const plain = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function biasCell(table: string, line: string): string {
  const row = within(screen.getByRole('table', { name: table })).getByRole('rowheader', { name: line }).closest('tr')!;
  const cells = within(row).getAllByRole('cell');
  const col = within(screen.getByRole('table', { name: table })).getAllByRole('columnheader').findIndex((h) => /Optimisme|Optimism/.test(plain(h)));
  return plain(cells[col - 1]);
}

function show(model: Model, lang: Lang) {
  useLangStore.getState().setLang(lang);
  render(<MethodSection model={model} result={calculate(model)} />);
}

describe('MethodSection: optimism signs', () => {
  it.each([
    ['nb', 'Gevinstlinjer og justeringer', 'Flere tidlige henvisninger de første årene', '0 %'],
    ['nb', 'Gevinstlinjer og justeringer', 'Færre barnevernstiltak', '\u221210 %'],
    ['nb', 'Kostnadslinjer', 'Lærertid til opplæring', '0 %'],
    ['nb', 'Kostnadslinjer', 'Kurs fra leverandør', '+10 %'],
    ['en', 'Gain lines and adjustments', 'Flere tidlige henvisninger de første årene', '0%'],
    ['en', 'Cost lines', 'Kurs fra leverandør', '+10%'],
  ] as const)('%s: %s, %s shows %s', (lang, table, line, expected) => {
    show(withCostBias, lang);
    expect(biasCell(table, line)).toBe(expected);
  });

  it('writes no "+0" or "−0" anywhere in the method section', () => {
    show(school, 'nb');
    expect(document.body.textContent).not.toMatch(/[+\u2212-]0(?:[,.]0+)?\s?%/);
  });

  it('gives each gain line’s basis a full-width line of its own, not a column', () => {
    show(school, 'nb');
    const table = screen.getByRole('table', { name: 'Gevinstlinjer og justeringer' });
    const heads = within(table).getAllByRole('columnheader').map(plain);
    expect(heads).not.toContain('Grunnlag');
    const row = within(table).getByRole('rowheader', { name: 'Færre barnevernstiltak' }).closest('tr')!;
    const basis = row.nextElementSibling!;
    expect(basis.querySelector('td')).toHaveAttribute('colspan', String(heads.length));
    expect(plain(basis)).toMatch(/^Grunnlag: Elever som tar kurset: 0,01 per deltaker × 250\s000\skr; forsinkelse 1 år/);
  });
});
