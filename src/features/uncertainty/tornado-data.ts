/** The tornado as chart rows: each bar runs from the starting NPV to the NPV with the input low, and to it high. */
import type { Model } from '../../engine/model';
import type { Tornado } from '../../engine/uncertainty/sensitivity';
import type { Translate } from '../../i18n/catalog';
import { inputLabel } from './input-labels';
import type { UncertaintyKey } from './messages';

export interface TornadoRow {
  key: string;
  name: string;
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
      low: [base, Number(b.atLow)],
      high: [base, Number(b.atHigh)],
      atLow: b.atLow,
      atHigh: b.atHigh,
      swing: b.swing,
    }));
}
