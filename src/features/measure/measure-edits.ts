/**
 * Pure edits and field checks for the measure's settings (spec §1, top-level fields).
 * Checks return a code the screen translates; an edit is only applied with a valid value,
 * so the model always keeps its last valid setting while the field shows the problem.
 */
import { Dec as Decimal } from '../../engine/decimal';
import { R109_SCHEDULE, type DecimalString, type DiscountStep, type Model } from '../../engine/model';
import { withPriceBaseYear } from '../../engine/price';

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
  priceBaseYear: { min: 1900, max: 2200 },
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
 * The price base goes through `withPriceBaseYear`, so unit values converted by annual
 * growth are worked out again for the new year instead of keeping a stale factor.
 */
export function setInteger(model: Model, field: IntegerField, value: number): Model {
  if (field === 'contractYears') return { ...model, procurement: { ...model.procurement, contractYears: value } };
  if (field === 'priceBaseYear') return withPriceBaseYear(model, value);
  if (field === 'startYear' && model.priceBaseYear === undefined) return followingStartYear(model, value);
  return { ...model, [field]: value };
}

/**
 * Without a price base of its own the model's kroner are those of its start year (v2
 * default), so moving the start year moves the price base too: growth-converted unit
 * values follow it, and the model keeps having no explicit price base.
 */
function followingStartYear(model: Model, startYear: number): Model {
  const { priceBaseYear: _set, ...rest } = withPriceBaseYear({ ...model, startYear }, startYear);
  return rest;
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

export type OptionalTextField = 'proposer' | 'municipality';

/** Proposer and municipality are optional: a blank text removes the field, so the report leaves it out. */
export function setOptionalText(model: Model, field: OptionalTextField, value: string): Model {
  const text = value.trim();
  if (text !== '') return { ...model, [field]: text };
  if (model[field] === undefined) return model;
  const { [field]: _dropped, ...rest } = model;
  return rest;
}

/** The model's sources; an empty list is left out of the file rather than saved as []. */
function withSources(model: Model, sources: string[]): Model {
  if (sources.length > 0) return { ...model, sources };
  const { sources: _dropped, ...rest } = model;
  return rest;
}

/** Adds a source at the end; a blank text adds nothing. */
export function addSource(model: Model, text: string): Model {
  const source = text.trim();
  return source === '' ? model : withSources(model, [...(model.sources ?? []), source]);
}

/** Rewrites one source; blank text or an index outside the list changes nothing (deleting is its own action). */
export function setSource(model: Model, index: number, text: string): Model {
  const sources = model.sources ?? [];
  const source = text.trim();
  if (source === '' || index < 0 || index >= sources.length || sources[index] === source) return model;
  return withSources(model, sources.map((s, i) => (i === index ? source : s)));
}

export function removeSource(model: Model, index: number): Model {
  const sources = model.sources ?? [];
  if (index < 0 || index >= sources.length) return model;
  return withSources(model, sources.filter((_, i) => i !== index));
}
