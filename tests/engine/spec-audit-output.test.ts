/**
 * Spec audit, §2.7 and §3: the procurement check, the horizon warnings and the exact
 * shape of the result object (every field present, null where undefined, integers
 * where the spec says years).
 */
import { describe, expect, it } from 'vitest';
import { cohortGain, cost, figuresOf, gain, rawModel, resultOf, sector, transfer, type FigureCase } from './spec-audit-helpers';

const procurement: FigureCase[] = [
  {
    name: 'public levels in the order municipal, county, state; only those with purchase lines; raw amounts',
    model: rawModel({
      years: 5, sectors: [sector('s', 'state'), sector('p', 'private'), sector('c', 'county'), sector('m', 'municipal')],
      optimismBias: { costs: '0.5' }, procurement: { threshold: '100', contractYears: 2 },
      costs: [
        cost(['60', '40', '1000'], { sector: 's', kind: 'purchase' }),
        cost(['1000'], { id: 'c2', sector: 'p', kind: 'purchase' }),
        cost(['-10', '5'], { id: 'c3', sector: 'm', kind: 'purchase' }),
        cost(['5000'], { id: 'c4', sector: 'c' }),
      ],
    }),
    expected: {
      procurement: [
        { level: 'municipal', contractValue: '-5.00', threshold: '100.00', reachesThreshold: false },
        { level: 'state', contractValue: '100.00', threshold: '100.00', reachesThreshold: true },
      ],
    },
  },
  {
    name: 'contract years beyond the horizon count the horizon only; threshold 0 is reached by 0',
    model: rawModel({ years: 2, procurement: { threshold: '0', contractYears: 10 }, costs: [cost(['60', '40', '1000'], { kind: 'purchase' }), cost(['0'], { id: 'c2', sector: 'b', kind: 'purchase' })] }),
    expected: {
      procurement: [
        { level: 'municipal', contractValue: '100.00', threshold: '0.00', reachesThreshold: true },
        { level: 'state', contractValue: '0.00', threshold: '0.00', reachesThreshold: true },
      ],
    },
  },
  {
    name: 'defaults: threshold 100 000 over 4 contract years',
    model: rawModel({ years: 6, costs: [cost(['25000', '25000', '25000', '24999.99', '100000'], { kind: 'purchase' })] }),
    expected: { procurement: [{ level: 'municipal', contractValue: '99999.99', threshold: '100000.00', reachesThreshold: false }] },
  },
  { name: 'no purchase lines: an empty list', model: rawModel({ costs: [cost(['1000000'])] }), expected: { procurement: [] } },
];

describe('spec audit §2.7: the procurement check', () => {
  it.each(procurement)('$name', (c) => expect(figuresOf(c)).toEqual(c.expected));
});

describe('spec audit §3: warnings, one per list beyond the horizon', () => {
  const result = resultOf(rawModel({
    years: 2,
    costs: [cost(['1', '2', '3']), cost(['1', '2'], { id: 'c2' })],
    cohorts: [{ id: 'k', sizes: ['1', '2', '3', '4'] }],
    benefits: [cohortGain(), gain(['1', '1', '1', '1'], { id: 'g2' })],
    transfers: [transfer('a', 'b', ['1', '1', '1', '1', '1'])],
  }));
  const warnings = result.warnings as string[];

  it('has one entry per list that is too long, in model order, none for the cohort-driven line', () => {
    expect(warnings.map((w) => w.split(':')[0])).toEqual(['costs[0].amounts', 'cohorts[0].sizes', 'benefits[1].amounts', 'transfers[0].amounts']);
  });

  it('words the plural exactly as the golden case does', () => {
    expect(warnings.slice(1)).toEqual([
      'cohorts[0].sizes: 2 entries beyond the horizon are ignored',
      'benefits[1].amounts: 2 entries beyond the horizon are ignored',
      'transfers[0].amounts: 3 entries beyond the horizon are ignored',
    ]);
  });

  it('names the single extra entry (the spec gives no singular wording; the golden plural is the pattern)', () => {
    expect(warnings[0]).toMatch(/^costs\[0\]\.amounts: 1 entr(y|ies) beyond the horizon (is|are) ignored$/);
  });

  it('computes as if the extra entries were absent', () => {
    expect(figuresOf({ name: '', model: rawModel({ years: 2, discountRate: '0', costs: [cost(['1', '2', '300'])] }), expected: { 'totals.pvCosts': '' } })).toEqual({ 'totals.pvCosts': '3.00' });
  });
});

const TYPES = ['cashable', 'capacity', 'economic', 'social'];
const FIGURES = ['pvCosts', 'pvBenefits', 'pvTransfersIn', 'pvTransfersOut', 'npv', 'breakEvenYear', 'discountedBreakEvenYear', 'budgetYearNet', 'planNet', 'horizonNet'];
const MONEY = /^-?\d+\.\d{2}$/;

describe('spec audit §3: the shape of the result', () => {
  const model = rawModel({
    sectors: [sector('a', 'municipal'), sector('b', 'state'), sector('z', 'state')],
    costs: [cost(['100', '100'], { kind: 'purchase' })], benefits: [gain(['300', '-1']), gain(['50'], { id: 'g2', sector: 'z', type: 'economic' })],
  });
  const result = resultOf(model);

  it('has exactly the top-level keys of §3', () => {
    expect(Object.keys(result).sort()).toEqual(['costSharing', 'format', 'levels', 'procurement', 'sectors', 'totals', 'version', 'warnings', 'years']);
    expect([result.format, result.version]).toEqual(['gevinstkart-result', 1]);
  });

  it('totals carry every figure of §3, no more', () => {
    expect(Object.keys(result.totals as object).sort()).toEqual([
      'pvCosts', 'pvBenefits', 'pvFiscal', 'pvBenefitsTotal', 'npvFiscal', 'npvCashable', 'npv', 'bcrFiscal', 'sroi',
      'breakEvenYear', 'discountedBreakEvenYear', 'budgetYearNet', 'planNet', 'siloGap', 'shareOutsidePayers',
    ].sort());
    expect(Object.keys((result.totals as { pvBenefits: object }).pvBenefits)).toEqual(TYPES);
  });

  it('sectors and levels carry the same figures, keyed by id and level, in model order', () => {
    const sectors = result.sectors as Record<string, unknown>[];
    const levels = result.levels as Record<string, unknown>[];
    expect(sectors.map((s) => s.id)).toEqual(['a', 'b', 'z']);
    expect(levels.map((l) => l.level)).toEqual(['municipal', 'state']);
    for (const s of sectors) expect(Object.keys(s).sort()).toEqual([...FIGURES, 'id'].sort());
    for (const l of levels) expect(Object.keys(l).sort()).toEqual([...FIGURES, 'level'].sort());
  });

  it('cost sharing lists every sector, zero shares included, with one contribution per year', () => {
    const sharing = result.costSharing as Record<string, unknown>[];
    expect(sharing.map((s) => [s.sector, s.share])).toEqual([['a', '0.000000'], ['b', '1.000000'], ['z', '0.000000']]);
    for (const s of sharing) {
      expect(Object.keys(s)).toEqual(['sector', 'share', 'contributionPv', 'requiredTransferPv', 'npvAfter', 'contributions']);
      expect(s.contributions).toHaveLength(3);
    }
  });

  it('years: one row per year with integer calendar years and bySector keyed by sector id', () => {
    const years = result.years as Record<string, unknown>[];
    expect(years.map((y) => y.year)).toEqual([2030, 2031, 2032]);
    for (const y of years) {
      expect(Object.keys(y)).toEqual(['year', 'discountFactor', 'costs', ...TYPES, 'net', 'cumulativeNet', 'bySector']);
      expect(y.discountFactor).toMatch(/^\d+\.\d{10}$/);
      const bySector = y.bySector as Record<string, Record<string, unknown>>;
      expect(Object.keys(bySector)).toEqual(['a', 'b', 'z']);
      for (const row of Object.values(bySector)) {
        expect(Object.keys(row)).toEqual(['costs', ...TYPES, 'transfersIn', 'transfersOut', 'net']);
        for (const v of Object.values(row)) expect(v).toMatch(MONEY);
      }
    }
  });

  it('break-even years are integers or null, never strings', () => {
    const t = result.totals as Record<string, unknown>;
    expect(Number.isInteger(t.breakEvenYear)).toBe(true);
    expect((result.sectors as Record<string, unknown>[]).map((s) => s.breakEvenYear)).toEqual([null, 2030, 2030]);
  });
});
