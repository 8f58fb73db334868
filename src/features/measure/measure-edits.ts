/**
 * Pure edits and field checks for the measure's settings (spec §1, top-level fields).
 * Checks return a code the screen translates; an edit is only applied with a valid value,
 * so the model always keeps its last valid setting while the field shows the problem.
 */
import { Dec as Decimal } from '../../engine/decimal';
import { R109_SCHEDULE, type DecimalString, type DiscountStep, type Model } from '../../engine/model';

export type DiscountMode = 'constant' | 'r109' | 'custom';

function sameSchedule(a: readonly DiscountStep[], b: readonly DiscountStep[]): boolean {
  return a.length === b.length && a.every((s, i) => s.fromYear === b[i]!.fromYear && new Decimal(s.rate).eq(b[i]!.rate));
}

/** 'custom' is a schedule from an opened file that is not R-109: shown, never silently replaced. */
export function discountMode(model: Model): DiscountMode {
  if (!model.discountSchedule) return 'constant';
  return sameSchedule(model.discountSchedule, R109_SCHEDULE) ? 'r109' : 'custom';
}

/** R-109 sets the declining schedule (which replaces the rate); constant removes it. */
export function setDiscountMode(model: Model, mode: 'constant' | 'r109'): Model {
  if (mode === 'r109') return { ...model, discountSchedule: R109_SCHEDULE.map((s) => ({ ...s })) };
  if (!model.discountSchedule) return model;
  const { discountSchedule: _dropped, ...rest } = model;
  return rest;
}

export interface IntegerRule {
  min: number;
  max?: number;
}

export type IntegerCheckCode = 'notInteger' | 'tooSmall' | 'tooLarge';

/** Checks a parsed number (a canonical decimal string) against a whole-number range. */
export function checkInteger(value: DecimalString, rule: IntegerRule): IntegerCheckCode | null {
  const n = new Decimal(value);
  if (!n.isInteger()) return 'notInteger';
  if (n.lt(rule.min)) return 'tooSmall';
  if (rule.max !== undefined && n.gt(rule.max)) return 'tooLarge';
  return null;
}

/** The integer fields of the measure with their ranges from spec §1. */
export const INTEGER_RULES = {
  startYear: { min: 1900, max: 2200 },
  years: { min: 1, max: 100 },
  planYears: { min: 1, max: 100 },
  contractYears: { min: 1, max: 100 },
} as const satisfies Record<string, IntegerRule>;

export type IntegerField = keyof typeof INTEGER_RULES;

export type DecimalCheckCode = 'rateTooLow' | 'rateTooHigh' | 'negative' | 'aboveOne';

/** A discount rate r must satisfy −1 < r ≤ 1 (spec §1): at −100 % the discount factor divides by zero. */
export function checkRate(value: DecimalString): DecimalCheckCode | null {
  const r = new Decimal(value);
  if (r.lte(-1)) return 'rateTooLow';
  if (r.gt(1)) return 'rateTooHigh';
  return null;
}

export function checkNonNegative(value: DecimalString): DecimalCheckCode | null {
  return new Decimal(value).lt(0) ? 'negative' : null;
}

/** Gains cannot be cut by more than all of them: the benefits optimism bias lies in [0, 1]. */
export function checkUnit(value: DecimalString): DecimalCheckCode | null {
  return checkNonNegative(value) ?? (new Decimal(value).gt(1) ? 'aboveOne' : null);
}

/**
 * Sets an integer setting. The horizon only changes `years`: amounts beyond a shorter
 * horizon stay in the model (spec §1), so lengthening it again brings them back.
 */
export function setInteger(model: Model, field: IntegerField, value: number): Model {
  if (field === 'contractYears') return { ...model, procurement: { ...model.procurement, contractYears: value } };
  return { ...model, [field]: value };
}

export function setDiscountRate(model: Model, rate: DecimalString): Model {
  return { ...model, discountRate: rate };
}

export function setOptimismBias(model: Model, side: 'costs' | 'benefits', value: DecimalString): Model {
  return { ...model, optimismBias: { ...model.optimismBias, [side]: value } };
}

export function setThreshold(model: Model, threshold: DecimalString): Model {
  return { ...model, procurement: { ...model.procurement, threshold } };
}

export function setText(model: Model, field: 'title' | 'description', value: string): Model {
  return { ...model, [field]: value };
}
