/**
 * The shape of a model file (spec §1 and docs/model-format-v2.md) as a zod schema. Strict objects refuse
 * unknown keys. Rules that span several entries (unique ids, references, the two kinds
 * of gain line, the schedule order) live in parse-checks.ts, which runs on the raw
 * input so they are reported even when some field elsewhere is broken.
 */
import { z } from 'zod';
import { BENEFIT_TYPES, COST_KINDS, LEVELS, PRICE_UNITS } from './model';
import {
  type DecimalRange,
  NON_NEGATIVE, RATE, UNIT, decimal, decimalList, id, integer, oneOf, optionalDecimal, optionalDuration,
  optionalDecimalList, optionalInteger, optionalPatterned, optionalText, text,
} from './parse-fields';

/** What an absent field means (spec §1). */
export const DEFAULTS = {
  currency: 'NOK',
  discountRate: '0.04',
  planYears: 4,
  optimismBias: { costs: '0', benefits: '0' },
  procurement: { threshold: '100000', contractYears: 4 },
} as const;

const sector = z.strictObject({
  id: id(),
  name: text(),
  level: oneOf(LEVELS),
  color: optionalPatterned(/^#[0-9a-fA-F]{6}$/, 'badColor'),
});

/** low / likely / high (docs/model-format-v2.md); order and integer rules live in parse-checks.ts. */
const range = (bounds?: DecimalRange) =>
  z.strictObject({ low: decimal(bounds), likely: optionalDecimal(bounds), high: decimal(bounds) }).optional();

const benefitRanges = z
  .strictObject({
    effect: range(NON_NEGATIVE),
    unitValue: range(),
    deadweight: range(UNIT),
    attribution: range(UNIT),
    displacement: range(UNIT),
    dropOff: range(UNIT),
    lag: range(NON_NEGATIVE),
    duration: range({ min: '1' }),
    amounts: range(NON_NEGATIVE),
  })
  .optional();

const unitValueSource = z
  .strictObject({
    libraryId: optionalText(),
    label: text(''),
    source: text(''),
    priceYear: integer({ min: 1900, max: 2200 }),
    value: decimal(),
    unit: oneOf(PRICE_UNITS),
    unitFactor: decimal(NON_NEGATIVE, '1'),
    priceMethod: oneOf(['none', 'index', 'growth'] as const),
    priceFactor: decimal(NON_NEGATIVE, '1'),
    growthRate: optionalDecimal(RATE),
    indexFrom: optionalDecimal({ min: '0', minOpen: true }),
    indexTo: optionalDecimal(NON_NEGATIVE),
    confidence: oneOf(['primary', 'secondary'] as const).optional(),
  })
  .optional();

export const OVERRIDE_KINDS = ['model', 'cost', 'cohort', 'benefit'] as const;
export const OVERRIDE_FIELDS = [
  'discountRate', 'factor', 'effect', 'unitValue', 'deadweight', 'attribution', 'displacement', 'dropOff', 'lag', 'duration', 'optimismBias',
] as const;

const scenario = z.strictObject({
  id: id(),
  name: text(''),
  description: optionalText(),
  overrides: z.array(z.strictObject({ kind: oneOf(OVERRIDE_KINDS), id: optionalText(), field: oneOf(OVERRIDE_FIELDS), value: decimal() })),
});

const simulation = z
  .strictObject({
    seed: integer({ min: 0, max: 4294967295 }, 1),
    runs: integer({ min: 100, max: 100000 }, 10000),
    distribution: oneOf(['pert', 'triangular'] as const).optional(),
  })
  .optional();

const costLine = z.strictObject({
  id: id(),
  label: text(''),
  sector: text(),
  kind: oneOf(COST_KINDS),
  amounts: decimalList(),
  optimismBias: optionalDecimal(NON_NEGATIVE),
  range: range(NON_NEGATIVE),
});

const cohort = z.strictObject({
  id: id(),
  label: text(''),
  sizes: decimalList(NON_NEGATIVE),
});

/** Both kinds of gain line in one shape; parse-checks.ts enforces "one kind, never both". */
const benefitLine = z.strictObject({
  id: id(),
  label: text(''),
  sector: text(),
  type: oneOf(BENEFIT_TYPES),
  amounts: optionalDecimalList(),
  cohort: optionalText(),
  effect: optionalDecimal(NON_NEGATIVE),
  unitValue: optionalDecimal(),
  lag: optionalInteger({ min: 0 }),
  duration: optionalDuration(),
  dropOff: optionalDecimal(UNIT),
  deadweight: decimal(UNIT, '0'),
  attribution: decimal(UNIT, '0'),
  displacement: decimal(UNIT, '0'),
  optimismBias: optionalDecimal(UNIT),
  ranges: benefitRanges,
  unitValueSource,
});

const transfer = z.strictObject({
  id: id(),
  label: text(''),
  from: text(),
  to: text(),
  amounts: decimalList(),
});

const discountStep = z.strictObject({
  fromYear: integer({ min: 0 }),
  rate: decimal(RATE),
});

export const modelSchema = z.strictObject({
  // Checked (and migrated) before the schema runs; listed so they count as known keys.
  format: z.unknown(),
  version: z.unknown(),
  title: text(''),
  description: text(''),
  currency: optionalPatterned(/^[A-Z]{3}$/, 'badCurrency'),
  startYear: integer({ min: 1900, max: 2200 }),
  years: integer({ min: 1, max: 100 }),
  discountRate: decimal(RATE, DEFAULTS.discountRate),
  discountSchedule: z.array(discountStep).optional(),
  planYears: integer({ min: 1 }, DEFAULTS.planYears),
  optimismBias: z
    .strictObject({ costs: decimal(NON_NEGATIVE, DEFAULTS.optimismBias.costs), benefits: decimal(UNIT, DEFAULTS.optimismBias.benefits) })
    .optional(),
  procurement: z
    .strictObject({
      threshold: decimal(NON_NEGATIVE, DEFAULTS.procurement.threshold),
      contractYears: integer({ min: 1 }, DEFAULTS.procurement.contractYears),
    })
    .optional(),
  sectors: z.array(sector),
  costs: z.array(costLine).optional(),
  cohorts: z.array(cohort).optional(),
  benefits: z.array(benefitLine).optional(),
  transfers: z.array(transfer).optional(),
  // Version-2 additions, all optional.
  priceBaseYear: optionalInteger({ min: 1900, max: 2200 }),
  proposer: optionalText(),
  municipality: optionalText(),
  sources: z.array(text()).optional(),
  simulation,
  discountRateRange: range(RATE),
  scenarios: z.array(scenario).optional(),
});

export type ModelFileData = z.output<typeof modelSchema>;
export type BenefitData = z.output<typeof benefitLine>;
