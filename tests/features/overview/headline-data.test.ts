import { describe, expect, it } from 'vitest';
import { headlineFigures } from '../../../src/features/overview/headline-data';
import { formatMoney, formatPercent, formatRatio, formatYear } from '../../../src/i18n/format';
import { calculate } from '../../../src/engine/calculate';
import type { Lang } from '../../../src/i18n/catalog';
import { EXAMPLES } from '../../charts/examples';

const cases = EXAMPLES.flatMap((ex) => (['nb', 'en'] as Lang[]).map((lang) => ({ ...ex, lang, label: `${ex.name} (${lang})` })));

describe('headlineFigures', () => {
  it.each(cases)('$label: the totals, formatted from the result, each with an explanation', ({ model, result, lang }) => {
    const byKey = Object.fromEntries(headlineFigures(result, model, lang).map((f) => [f.key, f]));
    expect(byKey.npvFiscal!.value).toBe(formatMoney(result.totals.npvFiscal, lang));
    expect(byKey.bcrFiscal!.value).toBe(formatRatio(result.totals.bcrFiscal, lang));
    expect(byKey.sroi!.value).toBe(formatRatio(result.totals.sroi, lang));
    expect(byKey.breakEven!.value).toBe(formatYear(result.totals.breakEvenYear, lang));
    expect(byKey.siloGap!.value).toBe(formatMoney(result.totals.siloGap, lang));
    expect(byKey.shareOutside!.value).toBe(formatPercent(result.totals.shareOutsidePayers, lang, 0));
    for (const f of Object.values(byKey)) {
      expect(f.help.length).toBeGreaterThan(20);
      expect(`${f.label} ${f.value} ${f.help}`).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
    }
  });

  it.each(cases)('$label: each paying sector gets its budget-year and plan-period net', ({ model, result, lang }) => {
    const figures = headlineFigures(result, model, lang);
    const paying = result.sectors.filter((s) => Number(s.pvCosts) > 0);
    for (const s of paying) {
      expect(figures.find((f) => f.key === `budgetYear-${s.id}`)!.value).toBe(formatMoney(s.budgetYearNet, lang));
      expect(figures.find((f) => f.key === `plan-${s.id}`)!.value).toBe(formatMoney(s.planNet, lang));
    }
    // none for sectors that do not pay
    expect(figures.filter((f) => f.key.startsWith('plan-'))).toHaveLength(paying.length);
  });

  it('marks a loss as negative (the screen repeats the minus sign in colour)', () => {
    const { model, result } = EXAMPLES.find((e) => e.name === 'school')!;
    const figures = headlineFigures(result, model, 'nb');
    expect(figures.find((f) => f.key === 'plan-school')!.negative).toBe(true);
    expect(figures.find((f) => f.key === 'npvFiscal')!.negative).toBe(false);
  });

  it('says "not within the period" when all budgets together never break even', () => {
    const { model } = EXAMPLES.find((e) => e.name === 'school')!;
    const costly = { ...model, costs: model.costs.map((c) => ({ ...c, amounts: c.amounts.map(() => '5000000') })) };
    const result = calculate(costly);
    expect(result.totals.breakEvenYear).toBeNull();
    expect(headlineFigures(result, costly, 'en').find((f) => f.key === 'breakEven')!.value).toBe('Not within the period');
  });
});
