/**
 * Spec audit, §2.1–§2.4: costs, gains, optimism bias, cohorts and discounting on models
 * the golden cases do not cover. Rate "0" keeps most sums plain so they can be checked
 * by hand; the comments show the arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { cohortGain, cost, figuresOf, gain, rawModel, type FigureCase } from './spec-audit-helpers';

const r0 = { discountRate: '0' };
const k = (sizes: string[]) => ({ cohorts: [{ id: 'k', sizes }] });

const costsAndGains: FigureCase[] = [
  {
    name: 'a negative cost is income: PV costs below zero, ratios negative, no cost sharing',
    model: rawModel({ ...r0, costs: [cost(['-100', '-50'])], benefits: [gain(['10'])] }),
    // 10 / −150 = −0.0666…
    expected: { 'totals.pvCosts': '-150.00', 'totals.npvFiscal': '160.00', 'totals.bcrFiscal': '-0.066667', 'totals.sroi': '-0.066667', costSharing: null },
  },
  {
    name: 'a negative gain is a disbenefit and lowers the budget net',
    model: rawModel({ ...r0, costs: [cost(['100'])], benefits: [gain(['-10', '-20', '30'])] }),
    expected: { 'totals.pvFiscal': '0.00', 'years.1.net': '-20.00', 'sectors.1.breakEvenYear': 2032, 'sectors.1.horizonNet': '0.00' },
  },
  {
    name: 'a line optimism bias of "0" overrides the model default; an absent one takes it',
    model: rawModel({
      ...r0, optimismBias: { costs: '0.2', benefits: '0.3' },
      costs: [cost(['100']), cost(['100'], { id: 'c2', optimismBias: '0' })],
      benefits: [gain(['100']), gain(['100'], { id: 'g2', optimismBias: '0' })],
    }),
    // 120 + 100 and 70 + 100
    expected: { 'totals.pvCosts': '220.00', 'totals.pvBenefits.cashable': '170.00' },
  },
  {
    name: 'no model optimism bias: lines without their own get none',
    model: rawModel({
      ...r0, costs: [cost(['100'], { optimismBias: '0.5' }), cost(['100'], { id: 'c2' })],
      benefits: [gain(['100'], { optimismBias: '0.25' }), gain(['100'], { id: 'g2' })],
    }),
    expected: { 'totals.pvCosts': '250.00', 'totals.pvBenefits.cashable': '175.00' },
  },
  {
    name: 'a model optimism bias with only `costs` leaves benefits unbiased',
    model: rawModel({ ...r0, optimismBias: { costs: '0.2' }, costs: [cost(['100'])], benefits: [gain(['100'])] }),
    expected: { 'totals.pvCosts': '120.00', 'totals.pvBenefits.cashable': '100.00' },
  },
  {
    name: 'adjustments multiply: deadweight 1 removes the gain; effect 0 gives nothing',
    model: rawModel({ ...r0, ...k(['1']), costs: [cost(['100'])], benefits: [gain(['300'], { deadweight: '1' }), cohortGain({ id: 'g2', effect: '0' })] }),
    expected: { 'totals.pvFiscal': '0.00', 'totals.bcrFiscal': '0.000000', 'totals.shareOutsidePayers': null, costSharing: null },
  },
  {
    name: 'a negative unit value gives a disbenefit per participant',
    // sizes 4, 1; 0.5 × −25.5 = −12.75 each: year 0: 4 → −51; year 1: 5 → −63.75; year 2: only the second cohort (duration 2) → −12.75
    model: rawModel({ ...r0, ...k(['4', '1']), benefits: [cohortGain({ effect: '0.5', unitValue: '-25.5', duration: 2 })] }),
    expected: { 'years.0.cashable': '-51.00', 'years.1.cashable': '-63.75', 'years.2.cashable': '-12.75', 'totals.pvFiscal': '-127.50' },
  },
];

// Sizes 10, 5, 2.5 × 100, lag 1, drop-off 10 %: year 1: 1000; year 2: 900 + 500; year 3: 810 + 450 + 250.
const timing = (line: Record<string, unknown>) =>
  rawModel({ ...r0, years: 4, ...k(['10', '5', '2.5']), benefits: [cohortGain({ lag: 1, dropOff: '0.1', ...line })] });

const cohorts: FigureCase[] = [
  { name: 'duration null lasts to the horizon', model: timing({ duration: null }), expected: { 'years.0.cashable': '0.00', 'years.3.cashable': '1510.00', 'totals.pvFiscal': '3910.00' } },
  { name: 'an absent duration is the same as null', model: timing({}), expected: { 'years.3.cashable': '1510.00', 'totals.pvFiscal': '3910.00' } },
  { name: 'duration 1 keeps only the first year per cohort', model: timing({ duration: 1 }), expected: { 'years.2.cashable': '500.00', 'years.3.cashable': '250.00', 'totals.pvFiscal': '1750.00' } },
  { name: 'duration 2', model: timing({ duration: 2 }), expected: { 'years.3.cashable': '700.00', 'totals.pvFiscal': '3100.00' } },
  {
    name: 'a lag equal to the horizon gives nothing',
    model: rawModel({ ...r0, ...k(['10']), costs: [cost(['1'])], benefits: [cohortGain({ lag: 3 })] }),
    expected: { 'totals.pvFiscal': '0.00', 'totals.shareOutsidePayers': null },
  },
  { name: 'lag horizon − 1 reaches the last year only', model: rawModel({ ...r0, ...k(['10']), benefits: [cohortGain({ lag: 2 })] }), expected: { 'years.1.cashable': '0.00', 'years.2.cashable': '1000.00' } },
  {
    name: 'drop-off 1 keeps the first year of each cohort only ((1 − 1)^0 = 1)',
    model: rawModel({ ...r0, ...k(['10', '3']), benefits: [cohortGain({ dropOff: '1' })] }),
    expected: { 'years.0.cashable': '1000.00', 'years.1.cashable': '300.00', 'years.2.cashable': '0.00' },
  },
  {
    name: 'cohort sizes with decimals are exact',
    // 0.37 × 1234.56 = 456.7872; × 0.5 = 228.3936; × 1.75 = 799.3776
    model: rawModel({ ...r0, years: 2, ...k(['0.5', '1.25']), benefits: [cohortGain({ effect: '0.37', unitValue: '1234.56' })] }),
    expected: { 'years.0.cashable': '228.39', 'years.1.cashable': '799.38', 'totals.pvFiscal': '1027.77' },
  },
];

const tenYearly = { costs: [cost(Array<string>(16).fill('1'))] };
const discounting: FigureCase[] = [
  {
    name: 'a negative rate grows the future: r = −0.5 doubles each year',
    model: rawModel({ discountRate: '-0.5', costs: [cost(['0', '0', '100'])] }),
    expected: { 'years.2.discountFactor': '4.0000000000', 'totals.pvCosts': '400.00' },
  },
  {
    name: 'rate 1 halves each year; discountFactor is rounded half-to-even to 10 decimals',
    // 2^−11 = 0.00048828125 (a tie: stays …812); 2^−15 = 0.000030517578125 (rounds up)
    model: rawModel({ years: 16, discountRate: '1', ...tenYearly }),
    expected: { 'years.11.discountFactor': '0.0004882812', 'years.15.discountFactor': '0.0000305176', 'years.15.year': 2045 },
  },
  {
    name: 'a one-entry schedule replaces discountRate',
    model: rawModel({ discountRate: '0.5', discountSchedule: [{ fromYear: 0, rate: '0.1' }] }),
    expected: { 'years.1.discountFactor': '0.9090909091', 'years.2.discountFactor': '0.8264462810' },
  },
  {
    name: 'r(t) is the rate of the last entry with fromYear < t: fromYear 2 first applies to the step into year 3',
    // D(2) = 1/1.21; D(3) = D(2)/2
    model: rawModel({ years: 4, discountSchedule: [{ fromYear: 0, rate: '0.1' }, { fromYear: 2, rate: '1' }] }),
    expected: { 'years.2.discountFactor': '0.8264462810', 'years.3.discountFactor': '0.4132231405' },
  },
  {
    name: 'a schedule entry beyond the horizon changes nothing',
    model: rawModel({ years: 5, discountSchedule: [{ fromYear: 0, rate: '0' }, { fromYear: 7, rate: '0.5' }], costs: [cost(['1', '1', '1', '1', '1'])] }),
    expected: { 'years.4.discountFactor': '1.0000000000', 'totals.pvCosts': '5.00' },
  },
  {
    name: 'JSON numbers are taken by their shortest text and computed exactly',
    // costs × 1.05: 105000, 0.105 (a tie → 0.10), 0.000000105; PV = 105000 + 0.105/1.1 + …
    model: rawModel({ discountRate: 0.1, optimismBias: { costs: 0.05 }, costs: [cost([100000, 0.1, 1e-7])], benefits: [gain([12.5, -3])] }),
    expected: { 'years.1.costs': '0.10', 'years.2.costs': '0.00', 'totals.pvCosts': '105000.10', 'totals.pvFiscal': '9.77' },
  },
];

describe('spec audit §2.1–2.2: costs and gains', () => {
  it.each(costsAndGains)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});

describe('spec audit §2.2: cohort timing', () => {
  it.each(cohorts)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});

describe('spec audit §2.4: discounting', () => {
  it.each(discounting)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});
