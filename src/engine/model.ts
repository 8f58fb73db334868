/**
 * The checked model: what the engine computes from. It mirrors the model file of
 * spec §1 with the version-2 additions of docs/model-format-v2.md, every default filled in. Money, rates, sizes and values
 * stay decimal strings so the model can live in state, files, workers and undo
 * history; the engine turns them into Decimals inside pure functions.
 */

/** A decimal string such as "1250000.50" or "-0.04" (spec §1: no exponent, no comma). */
export type DecimalString = string;
/** A sector's id, unique within the model's sectors. */
export type SectorId = string;
/** Index into the horizon: 0 … years−1. Year index 0 is the budget year. */
export type YearIndex = number;
/** startYear + year index. */
export type CalendarYear = number;

export const LEVELS = ['municipal', 'county', 'state', 'private', 'voluntary', 'household'] as const;
export type Level = (typeof LEVELS)[number];
/** The public levels, in the order the procurement check reports them (spec §2.7). */
export const PUBLIC_LEVELS = ['municipal', 'county', 'state'] as const satisfies readonly Level[];

export const BENEFIT_TYPES = ['cashable', 'capacity', 'economic', 'social'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const COST_KINDS = ['purchase', 'internal'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export interface Sector {
  id: SectorId;
  name: string;
  level: Level;
  /** Display colour chosen by the user (#rrggbb); not part of the calculation. */
  color?: string;
}

/** An uncertainty range (docs/model-format-v2.md): low ≤ likely ≤ high; likely defaults to the model's value. */
export interface Range {
  low: DecimalString;
  likely?: DecimalString;
  high: DecimalString;
}

export interface CostLine {
  id: string;
  label: string;
  sector: SectorId;
  kind: CostKind;
  amounts: DecimalString[];
  optimismBias?: DecimalString;
  /** A factor on the amounts ("0.9" … "1.3"). */
  range?: Range;
}

export interface Cohort {
  id: string;
  label: string;
  sizes: DecimalString[];
}

export const RANGED_BENEFIT_FIELDS = ['effect', 'unitValue', 'deadweight', 'attribution', 'displacement', 'dropOff', 'lag', 'duration', 'amounts'] as const;
export type RangedBenefitField = (typeof RANGED_BENEFIT_FIELDS)[number];

interface BenefitBase {
  id: string;
  label: string;
  sector: SectorId;
  type: BenefitType;
  deadweight: DecimalString;
  attribution: DecimalString;
  displacement: DecimalString;
  optimismBias?: DecimalString;
  /** Uncertainty ranges per field; `amounts` is a factor on a direct line's amounts. */
  ranges?: Partial<Record<RangedBenefitField, Range>>;
}

export const PRICE_UNITS = ['per year', 'per month', 'per week', 'per day', 'per case'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

/** Where a unit value comes from and how it was converted to money per outcome per year in the model's prices. */
export interface UnitValueSource {
  libraryId?: string;
  label: string;
  source: string;
  priceYear: number;
  /** As published, in the kroner of priceYear, per unit. */
  value: DecimalString;
  unit: PriceUnit;
  unitFactor: DecimalString;
  priceMethod: 'none' | 'index' | 'growth';
  priceFactor: DecimalString;
  growthRate?: DecimalString;
  indexFrom?: DecimalString;
  indexTo?: DecimalString;
  confidence?: 'primary' | 'secondary';
}

export interface DirectBenefit extends BenefitBase {
  amounts: DecimalString[];
}

export interface CohortBenefit extends BenefitBase {
  cohort: string;
  effect: DecimalString;
  unitValue: DecimalString;
  lag: number;
  /** Years the gain lasts per cohort; null = to the horizon. */
  duration: number | null;
  dropOff: DecimalString;
  unitValueSource?: UnitValueSource;
}

export type BenefitLine = DirectBenefit | CohortBenefit;

export function isCohortBenefit(b: BenefitLine): b is CohortBenefit {
  return 'cohort' in b;
}

export interface Transfer {
  id: string;
  label: string;
  from: SectorId;
  to: SectorId;
  amounts: DecimalString[];
}

export interface DiscountStep {
  fromYear: number;
  rate: DecimalString;
}

export interface Simulation {
  seed: number;
  runs: number;
  distribution: 'pert' | 'triangular';
}

export type ScenarioOverride =
  | { kind: 'model'; field: 'discountRate'; value: DecimalString }
  | { kind: 'cost'; id: string; field: 'factor'; value: DecimalString }
  | { kind: 'cohort'; id: string; field: 'factor'; value: DecimalString }
  | { kind: 'benefit'; id: string; field: 'effect' | 'unitValue' | 'deadweight' | 'attribution' | 'displacement' | 'dropOff' | 'lag' | 'duration' | 'optimismBias' | 'factor'; value: DecimalString };

export interface Scenario {
  id: string;
  name: string;
  description?: string;
  overrides: ScenarioOverride[];
}

export interface Model {
  format: 'gevinstkart-model';
  version: 2;
  title: string;
  description: string;
  currency: string;
  startYear: CalendarYear;
  years: number;
  discountRate: DecimalString;
  discountSchedule?: DiscountStep[];
  planYears: number;
  optimismBias: { costs: DecimalString; benefits: DecimalString };
  procurement: { threshold: DecimalString; contractYears: number };
  sectors: Sector[];
  costs: CostLine[];
  cohorts: Cohort[];
  benefits: BenefitLine[];
  transfers: Transfer[];
  // Version-2 additions (docs/model-format-v2.md); all optional, none changes §2 of the spec.
  priceBaseYear?: number;
  proposer?: string;
  municipality?: string;
  sources?: string[];
  simulation?: Simulation;
  discountRateRange?: Range;
  scenarios?: Scenario[];
}

export const MODEL_FORMAT = 'gevinstkart-model';
export const MODEL_VERSION = 2;

/** The Norwegian R-109 declining schedule (spec §2.4). */
export const R109_SCHEDULE: DiscountStep[] = [
  { fromYear: 0, rate: '0.04' },
  { fromYear: 40, rate: '0.03' },
  { fromYear: 75, rate: '0.02' },
];
