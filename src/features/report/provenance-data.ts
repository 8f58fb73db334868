/**
 * Where the report's figures come from (pure): the price base, each gain line's unit
 * value with its documented conversion, and the distinct sources behind them. Decimal
 * strings stay unformatted; the components write them in the reader's language.
 */
import { isCohortBenefit, type Model, type UnitValueSource } from '../../engine/model';
import { convertedUnitValue, modelPriceBaseYear } from '../../engine/price';
import { Dec } from '../../engine/decimal';
import { isDecimalString } from '../../engine/decimal-string';

export interface PriceBase {
  year: number;
  /** True when the model chose no year of its own and its kroner are those of the start year. */
  isDefault: boolean;
}

export function priceBaseOf(model: Model): PriceBase {
  return { year: modelPriceBaseYear(model), isDefault: model.priceBaseYear === undefined };
}

export interface UnitValueRow {
  id: string;
  label: string;
  source: UnitValueSource;
  /** What the engine computes from: the line's unit value. */
  unitValue: string;
  /** value × unitFactor × priceFactor as documented; null if the source's figures do not give one. */
  converted: string | null;
  /** The line's unit value was changed by hand after the conversion. */
  edited: boolean;
  /** From another year's kroner with no price conversion (issue 8 §3). */
  unconverted: boolean;
}

function sameAmount(a: string, b: string): boolean {
  return isDecimalString(a) && isDecimalString(b) && new Dec(a).eq(b);
}

/** Every cohort-driven gain line that documents its unit value, in the model's order. */
export function unitValueRows(model: Model): UnitValueRow[] {
  const base = modelPriceBaseYear(model);
  return model.benefits.flatMap((b) => {
    if (!isCohortBenefit(b) || !b.unitValueSource) return [];
    const source = b.unitValueSource;
    const converted = convertedUnitValue(source);
    return [{
      id: b.id,
      label: b.label,
      source,
      unitValue: b.unitValue,
      converted,
      edited: converted !== null && !sameAmount(converted, b.unitValue),
      unconverted: source.priceMethod === 'none' && source.priceYear !== base,
    }];
  });
}

export interface CitedSource {
  source: string;
  priceYear: number;
  /** Labels of the gain lines that take a unit value from it. */
  usedBy: string[];
}

/**
 * The distinct unit-value sources, one per source text and price year (the same
 * publication from two years is two sources), in the order first met.
 */
export function unitValueSources(model: Model): CitedSource[] {
  const byKey = new Map<string, CitedSource>();
  for (const row of unitValueRows(model)) {
    const source = row.source.source.trim();
    const key = `${source}\u0000${row.source.priceYear}`;
    const found = byKey.get(key);
    if (found) found.usedBy.push(row.label);
    else byKey.set(key, { source, priceYear: row.source.priceYear, usedBy: [row.label] });
  }
  return [...byKey.values()];
}

/** The user's own sources for the model, blank lines left out. */
export function modelSources(model: Model): string[] {
  return (model.sources ?? []).map((s) => s.trim()).filter((s) => s !== '');
}
