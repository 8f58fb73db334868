/**
 * How much of the silo gap the transfers already in the model close: the same model is
 * calculated once more without its transfers, and the two gaps are compared.
 */
import { calculate } from '../../engine/calculate';
import { Dec } from '../../engine/decimal';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';

export interface TransferEffect {
  /** Silo gap with no transfers at all. */
  gapWithout: string;
  /** Silo gap with the model's transfers (the result shown everywhere else). */
  gapWith: string;
  /** gapWithout − gapWith; negative when the transfers make matters worse. */
  closed: string;
  /** closed / gapWithout; null when there was no gap to close. */
  shareClosed: string | null;
}

export function transferEffect(model: Model, result: Result): TransferEffect {
  const gapWith = new Dec(result.totals.siloGap);
  const gapWithout = model.transfers.length === 0 ? gapWith : new Dec(calculate({ ...model, transfers: [] }).totals.siloGap);
  const closed = gapWithout.minus(gapWith);
  return {
    gapWithout: gapWithout.toFixed(2),
    gapWith: gapWith.toFixed(2),
    closed: closed.toFixed(2),
    shareClosed: gapWithout.isZero() ? null : closed.div(gapWithout).toFixed(6),
  };
}
