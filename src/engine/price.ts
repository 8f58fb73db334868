/**
 * Unit values from a library (docs/model-format-v2.md, "Unit value source"): a published
 * figure stays in the kroner of its own year and per its own unit; these pure functions
 * turn it into money per outcome per year in the model's price base, exactly (Decimal).
 *
 *   unitValue = value × unitFactor × priceFactor, rounded half-to-even to 2 decimals
 *
 * The price factor is kept in the line's source rounded to 12 decimals (the most a
 * decimal string of spec §1 holds), and the unit value is computed from that stored
 * factor, so anyone re-doing the sum from the file gets the same figure.
 */
import { Dec } from './decimal';
import { isDecimalString } from './decimal-string';
import { isCohortBenefit, type Model, type PriceUnit, type UnitValueSource } from './model';

/** Money per unit → money per year: a day 365, a week 52, a month 12, a year or a case 1. */
export const UNIT_FACTORS = {
  'per year': '1',
  'per month': '12',
  'per week': '52',
  'per day': '365',
  'per case': '1',
} as const satisfies Record<PriceUnit, string>;

export const PRICE_FACTOR_DECIMALS = 12;
export const UNIT_VALUE_DECIMALS = 2;

export function unitFactor(unit: PriceUnit): string {
  return UNIT_FACTORS[unit];
}

/** The model's price base: its own `priceBaseYear`, else its start year (v2 default). */
export function modelPriceBaseYear(model: Pick<Model, 'priceBaseYear' | 'startYear'>): number {
  return model.priceBaseYear ?? model.startYear;
}

/** Only bounded decimal strings ever become Decimals (a hostile "1e9000000" never does). */
function read(text: string | undefined): Dec | null {
  return text !== undefined && isDecimalString(text) ? new Dec(text) : null;
}

/**
 * Rounded half-to-even and written without trailing zeros ("1.123", "3", never "-0"), or
 * null when it does not fit a decimal string of spec §1 (at most 20 digits before the point).
 */
function stored(value: Dec, decimals: number): string | null {
  const rounded = value.toDecimalPlaces(decimals, Dec.ROUND_HALF_EVEN);
  const text = rounded.isZero() ? '0' : rounded.toFixed();
  return isDecimalString(text) ? text : null;
}

/** indexTo / indexFrom; null unless both are positive decimals. */
export function indexFactor(indexFrom: string | undefined, indexTo: string | undefined): string | null {
  const from = read(indexFrom);
  const to = read(indexTo);
  if (!from || !to || !from.gt(0) || !to.gt(0)) return null;
  return stored(to.div(from), PRICE_FACTOR_DECIMALS);
}

/**
 * (1 + rate)^(toYear − fromYear); a value from a later year than the base is deflated
 * (negative exponent). Null when 1 + rate ≤ 0, which no price level can follow.
 */
export function growthFactor(rate: string | undefined, fromYear: number, toYear: number): string | null {
  const g = read(rate);
  const years = toYear - fromYear;
  if (!g || !Number.isInteger(years) || Math.abs(years) > 1000) return null;
  const base = g.plus(1);
  if (!base.gt(0)) return null;
  return stored(base.pow(years), PRICE_FACTOR_DECIMALS);
}

/** What decides a price factor: the method and its inputs. */
export type PriceInputs = Pick<UnitValueSource, 'priceMethod' | 'priceYear' | 'growthRate' | 'indexFrom' | 'indexTo'>;

/** The price factor a source's method gives for this price base; null when its inputs are missing or invalid. */
export function priceFactorFor(inputs: PriceInputs, priceBaseYear: number): string | null {
  switch (inputs.priceMethod) {
    case 'none':
      return '1';
    case 'index':
      return indexFactor(inputs.indexFrom, inputs.indexTo);
    case 'growth':
      return growthFactor(inputs.growthRate, inputs.priceYear, priceBaseYear);
  }
}

/** value × unitFactor × priceFactor rounded half-to-even to 2 decimals; null if an input is not a decimal or the result too large. */
export function convertedUnitValue(source: Pick<UnitValueSource, 'value' | 'unitFactor' | 'priceFactor'>): string | null {
  const value = read(source.value);
  const perYear = read(source.unitFactor);
  const price = read(source.priceFactor);
  if (!value || !perYear || !price) return null;
  return stored(value.times(perYear).times(price), UNIT_VALUE_DECIMALS);
}

/** A source without its derived factor: what the user chose in the library panel. */
export type SourceDraft = Omit<UnitValueSource, 'priceFactor'>;

/**
 * Completes a draft: works out its price factor for this price base and the resulting unit
 * value. Inputs the method does not use are dropped, so a file never carries an index that
 * played no part. Null when the inputs do not give a valid figure.
 */
export function convertSource(draft: SourceDraft, priceBaseYear: number): { source: UnitValueSource; unitValue: string } | null {
  const priceFactor = priceFactorFor(draft, priceBaseYear);
  if (priceFactor === null) return null;
  const { growthRate, indexFrom, indexTo, ...rest } = draft;
  const source: UnitValueSource = {
    ...rest,
    priceFactor,
    ...(draft.priceMethod === 'growth' ? { growthRate } : {}),
    ...(draft.priceMethod === 'index' ? { indexFrom, indexTo } : {}),
  };
  const unitValue = convertedUnitValue(source);
  return unitValue === null ? null : { source, unitValue };
}

export type PriceFlag = {
  code: 'unconvertedPrice';
  params: { benefit: string; label: string; priceYear: number; priceBaseYear: number };
};

/**
 * Lines whose unit value comes from another year's kroner and was not converted: an old
 * figure must never pass for a current one (issue 8 §3). Feeds the credibility warnings.
 */
export function unconvertedPrice(model: Model): PriceFlag[] {
  const base = modelPriceBaseYear(model);
  const flags: PriceFlag[] = [];
  for (const line of model.benefits) {
    if (!isCohortBenefit(line) || !line.unitValueSource) continue;
    const { priceMethod, priceYear } = line.unitValueSource;
    if (priceMethod === 'none' && priceYear !== base) {
      flags.push({ code: 'unconvertedPrice', params: { benefit: line.id, label: line.label, priceYear, priceBaseYear: base } });
    }
  }
  return flags;
}

/**
 * A new price base year for the model. Lines converted by annual growth follow it (their
 * factor and unit value are worked out again); index and unconverted lines cannot (a new
 * index is the user's to give), and the unconverted-price check then speaks for them. A line
 * whose unit value was changed by hand after the pick keeps it.
 */
export function withPriceBaseYear(model: Model, priceBaseYear: number): Model {
  const benefits = model.benefits.map((line) => {
    const source = isCohortBenefit(line) ? line.unitValueSource : undefined;
    if (!isCohortBenefit(line) || !source || source.priceMethod !== 'growth') return line;
    if (convertedUnitValue(source) !== line.unitValue) return line;
    const redone = convertSource(source, priceBaseYear);
    return redone ? { ...line, unitValue: redone.unitValue, unitValueSource: redone.source } : line;
  });
  return { ...model, priceBaseYear, benefits };
}
