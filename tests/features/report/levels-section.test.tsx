// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { calculate } from '../../../src/engine/calculate';
import { parseModel } from '../../../src/engine/parse';
import { LevelsSection } from '../../../src/features/report/levels-section';
import { reportMessages } from '../../../src/features/report/messages';
import { LANGS } from '../../../src/i18n/catalog';
import { useLangStore } from '../../../src/i18n/lang-store';

afterEach(cleanup);

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();

const plain = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('LevelsSection', () => {
  it.each(LANGS)('%s: the NPV column is named as the budget NPV of the key figures', (lang) => {
    // The same words as the headline figure, so a reader matches the column to it.
    expect(reportMessages[lang]['col.npvFiscal']).toBe(reportMessages[lang]['fig.npvFiscal']);
    useLangStore.getState().setLang(lang);
    render(<LevelsSection model={school} result={calculate(school)} />);
    for (const table of screen.getAllByRole('table')) {
      const heads = within(table).getAllByRole('columnheader').map(plain);
      expect(heads).toContain(reportMessages[lang]['col.npvFiscal']);
      expect(heads).not.toContain(reportMessages[lang]['col.npv']);
    }
  });

  it('shows the pupils’ 0 budget NPV under that name, beside their other value', () => {
    useLangStore.getState().setLang('nb');
    render(<LevelsSection model={school} result={calculate(school)} />);
    const table = screen.getByRole('table', { name: reportMessages.nb['levels.sectorTable'] });
    const heads = within(table).getAllByRole('columnheader').map(plain);
    const row = within(table).getByRole('rowheader', { name: 'Elever og familier' }).closest('tr')!;
    // Cells after the row header: the header list minus its first column.
    const cells = within(row).getAllByRole('cell').map(plain);
    const at = (name: string) => cells[heads.indexOf(name) - 1];
    expect(at(reportMessages.nb['col.npvFiscal'])).toBe('0');
    expect(at(reportMessages.nb['col.pvOther'])).not.toBe('0');
  });
});
