/**
 * fast-check generators for valid, checked models (canonical form: every default
 * explicit, optional keys absent rather than undefined). Sizes are bounded so property
 * tests stay fast: 1–6 sectors, 0–5 cost lines, 0–3 cohorts, 0–6 gain lines mixing
 * direct and cohort-driven, 0–3 transfers, 1–15 years. Lists sometimes reach beyond
 * the horizon, as real files may.
 */
import fc from 'fast-check';
import { BENEFIT_TYPES, COST_KINDS, LEVELS } from '../../src/engine/model';
import type { BenefitLine, Cohort, CostLine, DiscountStep, Model, Sector, Transfer } from '../../src/engine/model';

/** A decimal string with at most two decimals, between min and max (inclusive). */
export function decimalString(min: number, max: number): fc.Arbitrary<string> {
  return fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map(centsText);
}

function centsText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

export const moneyString = decimalString(-1_000_000, 1_000_000);
export const shareString = decimalString(0, 1);
/** Keys that are absent when the generator gives undefined. */
function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  Object.assign(out, base);
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) out[key] = value;
  return out as T;
}

const label = fc.string({ maxLength: 12 });
/** Models in the app are plain objects; fast-check's records default to a null prototype. */
const plain = { noNullPrototype: true } as const;

function yearList(years: number, value: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  return fc.array(value, { maxLength: years + 2 });
}

function pick<T>(list: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...list);
}

const schedule: fc.Arbitrary<DiscountStep[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 3 })
  .chain((later) => {
    const years = [0, ...later.sort((a, b) => a - b)];
    return fc.tuple(...years.map(() => decimalString(0, 0.08))).map((rates) => years.map((fromYear, i) => ({ fromYear, rate: rates[i]! })));
  });

interface Shape {
  years: number;
  sectors: number;
  cohorts: number;
}

function parts({ years, sectors, cohorts }: Shape) {
  const sectorIds = Array.from({ length: sectors }, (_, i) => `s${i}`);
  const cohortIds = Array.from({ length: cohorts }, (_, i) => `k${i}`);
  const sectorList: fc.Arbitrary<Sector[]> = fc.tuple(
    ...sectorIds.map((id) =>
      fc.record({ name: label, level: pick(LEVELS), color: fc.option(fc.constantFrom('#1f77b4', '#D62728'), { nil: undefined }) })
        .map(({ name, level, color }) => withOptional<Sector>({ id, name, level }, { color })),
    ),
  );
  const costs: fc.Arbitrary<CostLine[]> = fc
    .array(
      fc.record({
        label, sector: pick(sectorIds), kind: pick(COST_KINDS), amounts: yearList(years, moneyString),
        optimismBias: fc.option(decimalString(0, 0.5), { nil: undefined }),
      }),
      { maxLength: 5 },
    )
    .map((lines) => lines.map(({ optimismBias, ...line }, i) => withOptional<CostLine>({ id: `c${i}`, ...line }, { optimismBias })));
  const cohortList: fc.Arbitrary<Cohort[]> = fc.tuple(
    ...cohortIds.map((id) => fc.record({ label, sizes: yearList(years, decimalString(0, 500)) }).map((c) => ({ id, ...c }))),
  );
  const adjustments = {
    deadweight: shareString, attribution: shareString, displacement: shareString,
    optimismBias: fc.option(decimalString(0, 0.5), { nil: undefined }),
  };
  const direct = fc.record({ amounts: yearList(years, moneyString), ...adjustments });
  const cohortDriven = fc.record({
    cohort: cohortIds.length > 0 ? pick(cohortIds) : fc.constant(''),
    effect: shareString, unitValue: decimalString(-50_000, 500_000), lag: fc.integer({ min: 0, max: 5 }),
    duration: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }), dropOff: decimalString(0, 0.5), ...adjustments,
  });
  const benefit = fc.record({
    label, sector: pick(sectorIds), type: pick(BENEFIT_TYPES),
    kind: cohortIds.length > 0 ? fc.oneof(direct, cohortDriven) : direct,
  });
  const benefits: fc.Arbitrary<BenefitLine[]> = fc.array(benefit, { maxLength: 6 }).map((lines) =>
    lines.map(({ kind, ...head }, i) => {
      const { optimismBias, ...rest } = kind;
      return withOptional<BenefitLine>({ id: `b${i}`, ...head, ...rest } as BenefitLine, { optimismBias });
    }),
  );
  const transfers: fc.Arbitrary<Transfer[]> =
    sectors < 2
      ? fc.constant([])
      : fc
          .array(fc.record({ label, from: fc.nat(sectors - 1), offset: fc.integer({ min: 1, max: sectors - 1 }), amounts: yearList(years, moneyString) }), { maxLength: 3 })
          .map((list) => list.map(({ from, offset, ...t }, i) => ({ id: `t${i}`, ...t, from: sectorIds[from]!, to: sectorIds[(from + offset) % sectors]! })));
  return { sectorList, costs, cohortList, benefits, transfers };
}

/** A random valid model in canonical form. */
export function arbitraryModel(): fc.Arbitrary<Model> {
  const shape = fc.record({
    years: fc.integer({ min: 1, max: 15 }),
    sectors: fc.integer({ min: 1, max: 6 }),
    cohorts: fc.integer({ min: 0, max: 3 }),
  });
  return shape.chain((s) => {
    const p = parts(s);
    return fc
      .record({
        title: label,
        startYear: fc.integer({ min: 2000, max: 2040 }),
        discountRate: decimalString(-0.02, 0.1),
        discountSchedule: fc.option(schedule, { nil: undefined }),
        planYears: fc.integer({ min: 1, max: 6 }),
        optimismBias: fc.record({ costs: decimalString(0, 0.5), benefits: decimalString(0, 0.5) }, plain),
        procurement: fc.record({ threshold: decimalString(0, 500_000), contractYears: fc.integer({ min: 1, max: 6 }) }, plain),
        sectors: p.sectorList,
        costs: p.costs,
        cohorts: p.cohortList,
        benefits: p.benefits,
        transfers: p.transfers,
      })
      .map(({ discountSchedule, ...rest }) =>
        withOptional<Model>(
          { format: 'gevinstkart-model', version: 2, description: '', currency: 'NOK', years: s.years, ...rest },
          { discountSchedule },
        ),
      );
  });
}
