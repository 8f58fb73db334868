/**
 * The shape of a version-1 model file (spec §1) as a zod schema. Strict objects refuse
 * unknown keys. Rules that span several entries (unique ids, references, the two kinds
 * of gain line, the schedule order) live in parse-checks.ts, which runs on the raw
 * input so they are reported even when some field elsewhere is broken.
 */
import { z } from 'zod';
import { BENEFIT_TYPES, COST_KINDS, LEVELS } from './model';
import {
  NON_NEGATIVE, RATE, UNIT, decimal, id, integer, oneOf, optionalDecimal, optionalDuration,
  optionalInteger, optionalPatterned, optionalText, text,
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

const costLine = z.strictObject({
  id: id(),
  label: text(''),
  sector: text(),
  kind: oneOf(COST_KINDS),
  amounts: z.array(decimal()),
  optimismBias: optionalDecimal(NON_NEGATIVE),
});

const cohort = z.strictObject({
  id: id(),
  label: text(''),
  sizes: z.array(decimal(NON_NEGATIVE)),
});

/** Both kinds of gain line in one shape; parse-checks.ts enforces "one kind, never both". */
const benefitLine = z.strictObject({
  id: id(),
  label: text(''),
  sector: text(),
  type: oneOf(BENEFIT_TYPES),
  amounts: z.array(decimal()).optional(),
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
});

const transfer = z.strictObject({
  id: id(),
  label: text(''),
  from: text(),
  to: text(),
  amounts: z.array(decimal()),
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
});

export type ModelFileData = z.output<typeof modelSchema>;
export type BenefitData = z.output<typeof benefitLine>;
