/**
 * The uncertain inputs of a model: every figure that may carry a low / likely / high range
 * (docs/model-format-v2.md), with the user's range where there is one and otherwise the
 * stated default of ±25 % of the model's value, kept inside the field's own rules of
 * spec §1. Sensitivity, simulation and the two-way grid all work from this one list.
 */
import { isCohortBenefit, type BenefitLine, type DecimalString, type Model, type Range, type RangedBenefitField, type ScenarioOverride } from '../model';
import { Dec } from '../decimal';
import { plainDecimal } from './apply-scenario';

export type InputRef =
  | { kind: 'model'; field: 'discountRate' }
  | { kind: 'cost'; id: string; field: 'factor' }
  | { kind: 'benefit'; id: string; field: RangedBenefitField };

export interface UncertainInput {
  /** Stable and unique: "model:discountRate", "cost:course:factor", "benefit:cw:effect". */
  key: string;
  ref: InputRef;
  /** The model's own value; a factor's is "1". */
  value: DecimalString;
  low: DecimalString;
  likely: DecimalString;
  high: DecimalString;
  /** "user": the model carries a range; "default": ±25 % of the value. */
  source: 'user' | 'default';
  /** Whole years (lag, duration): sampled values are rounded. */
  integer: boolean;
  bounds: FieldBounds;
}

export interface FieldBounds {
  min: DecimalString | null;
  max: DecimalString | null;
}

/** The stated default spread when the user gives no range. */
export const DEFAULT_SPREAD = '0.25';

const FRACTION: FieldBounds = { min: '0', max: '1' };
const NON_NEGATIVE: FieldBounds = { min: '0', max: null };
/** A discount rate must stay above −100 %: −99 % is as low as a range goes. */
const RATE: FieldBounds = { min: '-0.99', max: '1' };

export function fieldBounds(ref: InputRef): FieldBounds {
  if (ref.kind === 'model') return RATE;
  if (ref.kind === 'cost') return NON_NEGATIVE;
  switch (ref.field) {
    case 'unitValue':
      return { min: null, max: null };
    case 'deadweight':
    case 'attribution':
    case 'displacement':
    case 'dropOff':
      return FRACTION;
    case 'duration':
      return { min: '1', max: null };
    default:
      return NON_NEGATIVE;
  }
}

export function inputKey(ref: InputRef): string {
  return ref.kind === 'model' ? 'model:discountRate' : `${ref.kind}:${ref.id}:${ref.field}`;
}

/** The override that sets this input to a value: the bridge to `applyOverrides`. */
export function inputOverride(ref: InputRef, value: DecimalString): ScenarioOverride {
  if (ref.kind === 'model') return { kind: 'model', field: 'discountRate', value };
  if (ref.kind === 'cost') return { kind: 'cost', id: ref.id, field: 'factor', value };
  return { kind: 'benefit', id: ref.id, field: ref.field === 'amounts' ? 'factor' : ref.field, value };
}

function clamp(value: Dec, bounds: FieldBounds): Dec {
  let v = value;
  if (bounds.min !== null && v.lessThan(bounds.min)) v = new Dec(bounds.min);
  if (bounds.max !== null && v.greaterThan(bounds.max)) v = new Dec(bounds.max);
  return v;
}

/**
 * ±25 % of the value, clamped to the field's rules. Whole years move by a quarter of the
 * value rounded, but at least one year either way (a lag of 1 becomes 0 … 2); a value of
 * zero has no spread, since a quarter of nothing is nothing.
 */
export function defaultRange(value: DecimalString, ref: InputRef, integer: boolean): { low: Dec; high: Dec } {
  const v = new Dec(value);
  const bounds = fieldBounds(ref);
  if (integer) {
    const step = v.isZero() ? v : Dec.max(1, v.times(DEFAULT_SPREAD).toDecimalPlaces(0, Dec.ROUND_HALF_UP));
    return { low: clamp(v.minus(step), bounds), high: clamp(v.plus(step), bounds) };
  }
  const a = v.times(new Dec(1).minus(DEFAULT_SPREAD));
  const b = v.times(new Dec(1).plus(DEFAULT_SPREAD));
  return { low: clamp(Dec.min(a, b), bounds), high: clamp(Dec.max(a, b), bounds) };
}

function makeInput(ref: InputRef, value: DecimalString | null, range: Range | undefined): UncertainInput | null {
  const integer = ref.kind === 'benefit' && (ref.field === 'lag' || ref.field === 'duration');
  const bounds = fieldBounds(ref);
  // A gain lasting to the horizon (duration null) has no value to spread: only a user range makes it uncertain.
  if (value === null && !range) return null;
  if (range) {
    const low = new Dec(range.low);
    const high = new Dec(range.high);
    const likely = new Dec(range.likely ?? value ?? range.high);
    // A value edited outside the range after the range was set: the likely value stays inside it.
    const kept = Dec.min(high, Dec.max(low, likely));
    return {
      key: inputKey(ref), ref, value: value ?? range.high, low: plainDecimal(low), likely: plainDecimal(kept), high: plainDecimal(high),
      source: 'user', integer, bounds,
    };
  }
  const base = value ?? '0';
  const { low, high } = defaultRange(base, ref, integer);
  return {
    key: inputKey(ref), ref, value: base, low: plainDecimal(low), likely: plainDecimal(new Dec(base)), high: plainDecimal(high),
    source: 'default', integer, bounds,
  };
}

const COHORT_FIELDS = ['effect', 'unitValue', 'deadweight', 'attribution', 'displacement', 'dropOff', 'lag', 'duration'] as const;
const DIRECT_FIELDS = ['amounts', 'deadweight', 'attribution', 'displacement'] as const;

function benefitValue(line: BenefitLine, field: RangedBenefitField): DecimalString | null {
  if (field === 'amounts') return '1';
  if (!isCohortBenefit(line)) return line[field as 'deadweight' | 'attribution' | 'displacement'];
  if (field === 'lag') return String(line.lag);
  if (field === 'duration') return line.duration === null ? null : String(line.duration);
  return line[field];
}

/**
 * Every uncertain input, in model order: the discount rate (only without a discount
 * schedule, whose steps are a policy choice rather than an estimate), each cost line's
 * factor, then each gain line's fields.
 */
export function uncertainInputs(model: Model): UncertainInput[] {
  const out: (UncertainInput | null)[] = [];
  if (!model.discountSchedule?.length) out.push(makeInput({ kind: 'model', field: 'discountRate' }, model.discountRate, model.discountRateRange));
  for (const c of model.costs) out.push(makeInput({ kind: 'cost', id: c.id, field: 'factor' }, '1', c.range));
  for (const b of model.benefits) {
    const fields = isCohortBenefit(b) ? COHORT_FIELDS : DIRECT_FIELDS;
    for (const field of fields) out.push(makeInput({ kind: 'benefit', id: b.id, field }, benefitValue(b, field), b.ranges?.[field]));
  }
  return out.filter((i): i is UncertainInput => i !== null);
}

/** An input whose low and high are equal cannot move any figure. */
export function isDegenerate(input: UncertainInput): boolean {
  return new Dec(input.low).equals(input.high);
}
