/**
 * A large, deterministic model for benchmarks (here, in the browser and elsewhere):
 * 100 sectors, 1 000 lines (500 cost lines and 500 gain lines, half of the gains driven
 * by one of 10 cohorts), 20 transfers and a 60-year horizon with the R-109 schedule.
 * Every list covers all 60 years, so nothing is cheap by being short.
 */
import { BENEFIT_TYPES, LEVELS, R109_SCHEDULE, type BenefitLine, type Model } from '../src/engine/model';

export interface LargeModelOptions {
  sectors?: number;
  costLines?: number;
  gainLines?: number;
  cohorts?: number;
  transfers?: number;
  years?: number;
}

/** mulberry32: a tiny seeded generator, so every call builds the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function largeModel(options: LargeModelOptions = {}): Model {
  const { sectors = 100, costLines = 500, gainLines = 500, cohorts = 10, transfers = 20, years = 60 } = options;
  const rnd = random(20270101);
  const int = (max: number) => Math.floor(rnd() * max);
  /** Money with øre: "123456.78". */
  const money = (max: number) => (int(max * 100) / 100).toFixed(2);
  const share = () => (int(100) / 100).toFixed(2);
  const series = (max: number) => Array.from({ length: years }, () => money(max));
  const sectorId = (i: number) => `sector-${i}`;

  const benefits: BenefitLine[] = Array.from({ length: gainLines }, (_, i) => {
    const head = {
      id: `gain-${i}`, label: `Gevinst ${i}`, sector: sectorId(int(sectors)), type: BENEFIT_TYPES[i % BENEFIT_TYPES.length]!,
      deadweight: share(), attribution: share(), displacement: (int(30) / 100).toFixed(2),
    };
    if (i % 2 === 0) return { ...head, amounts: series(200_000) };
    return {
      ...head, cohort: `cohort-${int(cohorts)}`, effect: (int(50) / 100).toFixed(2), unitValue: money(300_000),
      lag: int(4), duration: i % 3 === 0 ? null : 1 + int(10), dropOff: (int(20) / 100).toFixed(2),
    };
  });

  return {
    format: 'gevinstkart-model',
    version: 2,
    title: 'Stor modell for ytelsesmåling',
    description: '',
    currency: 'NOK',
    startYear: 2027,
    years,
    discountRate: '0.04',
    discountSchedule: R109_SCHEDULE.map((s) => ({ ...s })),
    planYears: 4,
    optimismBias: { costs: '0.1', benefits: '0.05' },
    procurement: { threshold: '100000', contractYears: 4 },
    sectors: Array.from({ length: sectors }, (_, i) => ({ id: sectorId(i), name: `Sektor ${i}`, level: LEVELS[i % LEVELS.length]! })),
    costs: Array.from({ length: costLines }, (_, i) => ({
      id: `cost-${i}`, label: `Kostnad ${i}`, sector: sectorId(int(sectors)), kind: i % 3 === 0 ? 'internal' : 'purchase',
      amounts: series(500_000),
    })),
    cohorts: Array.from({ length: cohorts }, (_, i) => ({ id: `cohort-${i}`, label: `Kull ${i}`, sizes: series(500) })),
    benefits,
    transfers: Array.from({ length: transfers }, (_, i) => {
      const from = int(sectors);
      return { id: `transfer-${i}`, label: `Overføring ${i}`, from: sectorId(from), to: sectorId((from + 1 + int(sectors - 1)) % sectors), amounts: series(100_000) };
    }),
  };
}
