/**
 * The workbook picture without a spreadsheet engine: what must hold for every model so
 * the file stays live and auditable. (Values are checked by LibreOffice in
 * excel-libreoffice.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CohortBenefit, Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import { columnName, type XCell } from '../../src/io/excel-cells';
import { YEAR_COL } from '../../src/io/excel-inputs';
import { buildWorkbook } from '../../src/io/excel-workbook';
import { TOTAL_KEYS } from '../../src/io/excel-summary';
import { arbitraryModel } from '../engine/arbitraries';

const school = (() => {
  const outcome = parseModel(JSON.parse(readFileSync(join(__dirname, '../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!outcome.ok) throw new Error('fixture');
  return outcome.model;
})();

const cellAt = (wb: ReturnType<typeof buildWorkbook>, sheet: string, row: number, col: number): XCell =>
  wb.sheets.find((s) => s.name === sheet)!.rows[row - 1]?.[col] ?? null;

describe('workbook structure', () => {
  it.each([0, 1, 25, 26, 27, 51, 52, 701, 702])('column %i has the spreadsheet name', (i) => {
    const expected = ({ 0: 'A', 1: 'B', 25: 'Z', 26: 'AA', 27: 'AB', 51: 'AZ', 52: 'BA', 701: 'ZZ', 702: 'AAA' } as Record<number, string>)[i];
    expect(columnName(i)).toBe(expected);
  });

  it.each([['nb', ['Sammendrag', 'Inndata', 'Beregning']], ['en', ['Summary', 'Inputs', 'Calculation']]] as const)(
    'sheets are named in %s, summary first', (lang, names) => {
      expect(buildWorkbook(school, lang).sheets.map((s) => s.name)).toEqual(names);
    });

  it('every figure on the Summary sheet is a formula, never a pasted number, for any model', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      const wb = buildWorkbook(model, 'nb');
      const cells = [
        ...TOTAL_KEYS.map((k) => wb.refs.summary.totals[k]),
        ...[...wb.refs.summary.sectors.values()].flatMap((s) => [s.pvCosts, s.pvFiscal, s.npv]),
        ...[...wb.refs.summary.costSharing.values()].flatMap((s) => [s.share, s.contributionPv, s.requiredTransferPv, s.npvAfter]),
      ];
      for (const at of cells) expect(cellAt(wb, at.sheet, at.row, at.col)?.t).toBe('formula');
    }), { numRuns: 30 });
  });

  it('no formula starts with "=" (the file stores formulas without it) and none is empty', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      for (const sheet of buildWorkbook(model, 'en').sheets) {
        for (const row of sheet.rows) for (const cell of row) if (cell?.t === 'formula') expect(cell.f).toMatch(/^[^=\s]/);
      }
    }), { numRuns: 30 });
  });

  it('a cohort gain’s formula has one term per cohort year whose k = t − c − lag counts (0 ≤ k < duration)', () => {
    const arb = fc.record({ lag: fc.integer({ min: 0, max: 6 }), duration: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }), years: fc.integer({ min: 1, max: 12 }) });
    fc.assert(fc.property(arb, ({ lag, duration, years }) => {
      const line = { ...(school.benefits[0] as CohortBenefit), lag, duration };
      const model: Model = { ...school, years, benefits: [line] };
      const wb = buildWorkbook(model, 'nb');
      const row = wb.refs.calc.gainRows.get(line.id)!;
      const sizesRow = wb.refs.inputs.cohortRows.get(line.cohort)!;
      for (let t = 0; t < years; t++) {
        const cell = cellAt(wb, wb.refs.calc.sheet, row, YEAR_COL + t);
        if (cell?.t !== 'formula') throw new Error('not a formula');
        let expected = 0;
        for (let c = 0; c <= t; c++) {
          const k = t - c - lag;
          if (k >= 0 && (duration === null || k < duration)) expected++;
        }
        const terms = cell.f.match(new RegExp(`[A-Z]+\\$${sizesRow}\\b`, 'g')) ?? [];
        expect(terms).toHaveLength(expected);
        if (expected === 0) expect(cell.f).toBe('0');
      }
    }));
  });

  it('Inputs holds every cost amount within the horizon as an editable number', () => {
    const wb = buildWorkbook(school, 'nb');
    for (const c of school.costs) {
      const row = wb.refs.inputs.costRows.get(c.id)!;
      for (let t = 0; t < school.years; t++) {
        const cell = cellAt(wb, wb.refs.inputs.sheet, row, YEAR_COL + t);
        expect(cell).toMatchObject({ t: 'num', v: Number(c.amounts[t] ?? '0'), style: 'input' });
      }
    }
  });

  it('with a discount schedule the rate per year is looked up from the schedule table', () => {
    const model: Model = { ...school, discountSchedule: [{ fromYear: 0, rate: '0.04' }, { fromYear: 5, rate: '0.03' }] };
    const wb = buildWorkbook(model, 'en');
    expect(wb.refs.inputs.discountRate).toBeNull();
    const factor = cellAt(wb, wb.refs.calc.sheet, wb.refs.calc.factorRow - 1, YEAR_COL + 3);
    expect(factor?.t === 'formula' && factor.f).toMatch(/^LOOKUP\(/);
  });
});
