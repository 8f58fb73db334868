/**
 * Spec audit, §2.5–§2.6 and §3 rounding: totals, ratios that may be undefined, the share
 * outside payers, cost sharing, levels, break-even years, half-to-even rounding.
 */
import { describe, expect, it } from 'vitest';
import { cost, figuresOf, gain, rawModel, resultOf, sector, transfer, type FigureCase } from './spec-audit-helpers';

const r0 = { discountRate: '0' };

const totals: FigureCase[] = [
  {
    name: 'no costs at all: bcrFiscal, sroi and cost sharing are null',
    model: rawModel({ benefits: [gain(['10', '10'])] }),
    expected: { 'totals.pvCosts': '0.00', 'totals.bcrFiscal': null, 'totals.sroi': null, costSharing: null, 'totals.shareOutsidePayers': '1.000000' },
  },
  {
    name: 'costs that cancel within a year give pvCosts exactly 0',
    model: rawModel({ costs: [cost(['100']), cost(['-100'], { id: 'c2' })], benefits: [gain(['10'])] }),
    expected: { 'totals.pvCosts': '0.00', 'totals.bcrFiscal': null, 'totals.sroi': null, costSharing: null },
  },
  {
    name: 'pvFiscal < 0: no share outside payers, no cost sharing, a negative bcrFiscal',
    model: rawModel({ ...r0, costs: [cost(['100'])], benefits: [gain(['-10'])] }),
    expected: { 'totals.shareOutsidePayers': null, costSharing: null, 'totals.bcrFiscal': '-0.100000', 'totals.npvFiscal': '-110.00' },
  },
  {
    name: 'social value only: pvFiscal 0, sroi counts it',
    model: rawModel({ ...r0, costs: [cost(['100'])], benefits: [gain(['50'], { type: 'social' })] }),
    expected: { 'totals.shareOutsidePayers': null, costSharing: null, 'totals.bcrFiscal': '0.000000', 'totals.sroi': '0.500000', 'totals.npv': '-50.00', 'totals.npvFiscal': '-100.00' },
  },
  {
    name: 'a sector with tiny costs (printed 0.00) is still a payer; only pvCosts = 0 counts as outside',
    model: rawModel({
      ...r0, sectors: [sector('a', 'municipal'), sector('b', 'state'), sector('c', 'county')],
      costs: [cost(['100']), cost(['0.001'], { id: 'c2', sector: 'b' })],
      benefits: [gain(['500']), gain(['250'], { id: 'g2', sector: 'c', type: 'capacity' })],
    }),
    expected: { 'sectors.1.pvCosts': '0.00', 'totals.shareOutsidePayers': '0.333333' },
  },
  {
    name: 'ratios round half-to-even to 6 decimals',
    // 2.000001 / 2 = 1.0000005 → 1.000000; 2.000003 / 2 = 1.0000015 → 1.000002
    model: rawModel({ ...r0, costs: [cost(['2'])], benefits: [gain(['2.000001']), gain(['0.000002'], { id: 'g2', type: 'social' })] }),
    expected: { 'totals.bcrFiscal': '1.000000', 'totals.sroi': '1.000002' },
  },
];

const sharing: FigureCase[] = [
  {
    name: 'negative fiscal gains count as 0 in the split but stay in npvAfter',
    // g = 25, 300, 0; P = 325; pvCosts 200
    model: rawModel({
      ...r0, sectors: [sector('a', 'municipal'), sector('b', 'state'), sector('x', 'county')],
      costs: [cost(['100', '100'])],
      benefits: [gain(['300']), gain(['-50'], { id: 'g2', sector: 'x' }), gain(['25'], { id: 'g3', sector: 'a', type: 'capacity' })],
    }),
    expected: {
      costSharing: [
        { sector: 'a', share: '0.076923', contributionPv: '15.38', requiredTransferPv: '-184.62', npvAfter: '9.62', contributions: ['7.69', '7.69', '0.00'] },
        { sector: 'b', share: '0.923077', contributionPv: '184.62', requiredTransferPv: '184.62', npvAfter: '115.38', contributions: ['92.31', '92.31', '0.00'] },
        { sector: 'x', share: '0.000000', contributionPv: '0.00', requiredTransferPv: '0.00', npvAfter: '-50.00', contributions: ['0.00', '0.00', '0.00'] },
      ],
    },
  },
  {
    name: 'shares round half-to-even: 1 / 2 000 000 = 0.0000005 → 0.000000',
    model: rawModel({ ...r0, costs: [cost(['2000000'])], benefits: [gain(['1999999']), gain(['1'], { id: 'g2', sector: 'a' })] }),
    expected: { 'costSharing.0.share': '0.000000', 'costSharing.1.share': '1.000000', 'costSharing.0.contributionPv': '1.00', 'totals.shareOutsidePayers': '1.000000' },
  },
  {
    name: 'a sector with only transfers: its transfers show, the split ignores them',
    model: rawModel({
      ...r0, sectors: [sector('a', 'municipal'), sector('b', 'state'), sector('t', 'county')],
      costs: [cost(['100'])], benefits: [gain(['300'])], transfers: [transfer('b', 't', ['50', '10'])],
    }),
    expected: {
      'sectors.2.pvTransfersIn': '60.00', 'sectors.2.npv': '60.00', 'sectors.2.breakEvenYear': 2030, 'sectors.1.pvTransfersOut': '60.00',
      'sectors.1.npv': '240.00', 'costSharing.2.share': '0.000000', 'costSharing.1.share': '1.000000', 'totals.siloGap': '100.00',
      'years.0.bySector.t.transfersIn': '50.00', 'years.0.net': '200.00',
    },
  },
];

const levels: FigureCase[] = [
  {
    name: 'a transfer inside one level counts both in and out for the level',
    model: rawModel({
      ...r0, sectors: [sector('a', 'municipal'), sector('a2', 'municipal'), sector('b', 'state')],
      costs: [cost(['100'])], benefits: [gain(['300'])], transfers: [transfer('a2', 'a', ['50', '10'])],
    }),
    expected: { 'levels.0.level': 'municipal', 'levels.0.pvTransfersIn': '60.00', 'levels.0.pvTransfersOut': '60.00', 'levels.0.npv': '-100.00', 'levels.1.level': 'state' },
  },
  {
    name: 'levels appear in order of first appearance, once each',
    model: rawModel({ sectors: [sector('h', 'household'), sector('a', 'municipal'), sector('b', 'state'), sector('h2', 'household'), sector('v', 'voluntary')] }),
    expected: { 'levels.0.level': 'household', 'levels.1.level': 'municipal', 'levels.2.level': 'state', 'levels.3.level': 'voluntary' },
  },
];

// Sector a pays 100 in year 0 and gains the amounts: net = amounts − 100 in year 0.
const breakEven = (amounts: string[], over = {}) => rawModel({ ...r0, years: 5, costs: [cost(['100'])], benefits: [gain(amounts, { sector: 'a' })], ...over });
const breakEvens: FigureCase[] = [
  { name: 'the cumulative touches 0, dips, and ends at 0', model: breakEven(['0', '100', '-1', '1', '0']), expected: { 'sectors.0.breakEvenYear': 2033, 'totals.breakEvenYear': 2033 } },
  { name: 'the cumulative turns positive, dips below 0, recovers', model: breakEven(['0', '150', '-60', '20', '0']), expected: { 'sectors.0.breakEvenYear': 2033 } },
  { name: 'the cumulative ends exactly at 0', model: breakEven(['0', '50', '0', '0', '50']), expected: { 'sectors.0.breakEvenYear': 2034, 'years.4.cumulativeNet': '0.00' } },
  { name: 'the cumulative ends a cent short', model: breakEven(['0', '50', '0', '0', '49.99']), expected: { 'sectors.0.breakEvenYear': null, 'sectors.0.discountedBreakEvenYear': null } },
  {
    name: 'discounting can keep a project from breaking even',
    model: breakEven(['0', '105'], { discountRate: '0.1', years: 2 }),
    expected: { 'totals.breakEvenYear': 2031, 'totals.discountedBreakEvenYear': null },
  },
  { name: 'a sector with no flows breaks even in year 0', model: breakEven([]), expected: { 'sectors.1.breakEvenYear': 2030, 'sectors.1.discountedBreakEvenYear': 2030 } },
  {
    name: 'a one-year horizon: plan and contract years reach past it',
    model: rawModel({ years: 1, planYears: 4, procurement: { threshold: '50', contractYears: 3 }, costs: [cost(['100', '7'], { kind: 'purchase' })], benefits: [gain(['300'])] }),
    expected: {
      'totals.planNet': '200.00', 'totals.budgetYearNet': '200.00', 'totals.breakEvenYear': 2030, 'totals.discountedBreakEvenYear': 2030,
      'years.0.discountFactor': '1.0000000000', 'procurement.0.contractValue': '100.00', 'costSharing.1.contributions': ['100.00'],
    },
  },
  { name: 'planYears beyond the horizon sums all years', model: breakEven(['0', '50'], { planYears: 10 }), expected: { 'totals.planNet': '-50.00', 'sectors.0.planNet': '-50.00', 'sectors.0.horizonNet': '-50.00' } },
];

const rounding: FigureCase[] = [
  {
    name: 'money rounds half-to-even at exactly half a cent',
    model: rawModel({ ...r0, costs: [cost(['0.125', '0.375', '-0.125'])], benefits: [gain(['-0.135', '0.015', '-0.025'])] }),
    expected: {
      'years.0.costs': '0.12', 'years.1.costs': '0.38', 'years.2.costs': '-0.12', 'totals.pvCosts': '0.38',
      'years.0.cashable': '-0.14', 'years.1.cashable': '0.02', 'years.2.cashable': '-0.02', 'totals.pvFiscal': '-0.14',
    },
  },
  {
    name: 'a value that rounds to zero prints without a minus sign',
    // net: 0.001 + 0.004 = 0.005 (a tie → 0.00), 0, −0.004; pvFiscal −0.003; bcrFiscal −0.003 / −0.004
    model: rawModel({ ...r0, costs: [cost(['-0.004'])], benefits: [gain(['0.001', '0', '-0.004'])] }),
    expected: {
      'totals.pvCosts': '0.00', 'totals.pvFiscal': '0.00', 'totals.npvFiscal': '0.00', 'years.0.net': '0.00', 'years.2.net': '0.00',
      'totals.bcrFiscal': '0.750000', 'totals.shareOutsidePayers': null,
    },
  },
  {
    name: 'ties reached through the optimism bias and the adjustments',
    // 0.1 × 1.25 = 0.125; 1 × (1 − 0.875) = 0.125
    model: rawModel({ ...r0, costs: [cost(['0.1'], { optimismBias: '0.25' })], benefits: [gain(['1'], { deadweight: '0.875' })] }),
    expected: { 'totals.pvCosts': '0.12', 'totals.pvFiscal': '0.12' },
  },
  {
    name: 'ties reached through an exact discount factor (rate 1)',
    model: rawModel({ discountRate: '1', costs: [cost(['0', '0.25'])], benefits: [gain(['0', '0.75'])] }),
    expected: { 'totals.pvCosts': '0.12', 'totals.pvFiscal': '0.38' },
  },
];

describe('spec audit §2.5: totals and ratios', () => {
  it.each(totals)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});

describe('spec audit §2.6: equal-return cost sharing', () => {
  it.each(sharing)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});

describe('spec audit §2.5: levels', () => {
  it.each(levels)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
  it('two sectors of one level make one level', () => {
    expect(resultOf(levels[1]!.model).levels).toHaveLength(4);
  });
});

describe('spec audit §2.5: break-even and period nets', () => {
  it.each(breakEvens)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});

describe('spec audit §3: half-to-even rounding', () => {
  it.each(rounding)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});
