/** The tornado as chart rows: each bar runs from the starting NPV to the NPV with the input low, and to it high. */
import type { Model } from '../../engine/model';
import type { Tornado } from '../../engine/uncertainty/sensitivity';
import type { Translate } from '../../i18n/catalog';
import { inputLabel, lineLabel } from '../../charts/input-labels';
import type { UncertainInput } from '../../engine/uncertainty/inputs';
import type { UncertaintyKey } from './messages';

export interface TornadoRow {
  key: string;
  name: string;
  /** The name in two parts, for a two-line axis label: the line, and the field. */
  line: string;
  field: string;
  /** [from, to] in kroner, for recharts' floating bars. */
  low: [number, number];
  high: [number, number];
  atLow: string;
  atHigh: string;
  swing: string;
}

/** Bars worth drawing: the largest swings first, never the ones that move nothing. */
export const MAX_BARS = 12;

export function tornadoRows(model: Model, tornado: Tornado, t: Translate<UncertaintyKey>): TornadoRow[] {
  const base = Number(tornado.base);
  return tornado.bars
    .filter((b) => Number(b.swing) !== 0)
    .map((b) => ({
      key: b.input.key,
      name: inputLabel(model, b.input.ref, t),
      ...nameParts(model, b.input, t),
      low: [base, Number(b.atLow)],
      high: [base, Number(b.atHigh)],
      atLow: b.atLow,
      atHigh: b.atHigh,
      swing: b.swing,
    }));
}

function nameParts(model: Model, input: UncertainInput, t: Translate<UncertaintyKey>): { line: string; field: string } {
  const ref = input.ref;
  if (ref.kind === 'model') return { line: t('field.discountRate'), field: '' };
  return { line: lineLabel(model, ref, t), field: t(`field.${ref.field}`) };
}

/** Bounds of the value axis: every bar end and the starting point, with a little room. */
export function tornadoDomain(rows: readonly TornadoRow[], base: number): [number, number] {
  let lo = base;
  let hi = base;
  for (const r of rows) {
    lo = Math.min(lo, r.low[1], r.high[1]);
    hi = Math.max(hi, r.low[1], r.high[1]);
  }
  const span = hi - lo || Math.abs(base) || 1;
  // Round outwards to a round step, so the axis ticks fall on round figures.
  const step = 10 ** Math.floor(Math.log10(span)) / 2;
  return [Math.floor((lo - span * 0.02) / step) * step, Math.ceil((hi + span * 0.02) / step) * step];
}
