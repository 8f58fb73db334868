/**
 * Checks of single gain fields (spec §1 ranges), applied at the field so that invalid
 * text stays where the user typed it and the model keeps its last valid value. Each
 * returns the message key to show, or null. Values arrive as canonical decimal strings
 * (NumberField has already parsed them); percent fields arrive as fractions.
 */
import { Dec } from '../../engine/decimal';

export type GainProblem = 'rateRange' | 'effectNegative' | 'lagWhole' | 'durationWhole' | 'sizeNegative';

/** Deadweight, attribution, displacement, drop-off and optimism bias: a share from 0 to 1. */
export function checkRate(value: string): GainProblem | null {
  const v = new Dec(value);
  return v.isNegative() || v.greaterThan(1) ? 'rateRange' : null;
}

/** Outcomes per participant: any share or count, never below zero. */
export function checkEffect(value: string): GainProblem | null {
  return new Dec(value).isNegative() ? 'effectNegative' : null;
}

export function checkSize(value: string): GainProblem | null {
  return new Dec(value).isNegative() ? 'sizeNegative' : null;
}

function wholeAtLeast(value: string, min: number): boolean {
  const v = new Dec(value);
  // A safe integer, so the number the model stores is exactly the one typed.
  return v.isInteger() && v.greaterThanOrEqualTo(min) && v.lessThanOrEqualTo(Number.MAX_SAFE_INTEGER);
}

/** Years before the gain begins: a whole number, 0 or more. */
export function checkLag(value: string): GainProblem | null {
  return wholeAtLeast(value, 0) ? null : 'lagWhole';
}

/** Years the gain lasts per cohort: a whole number, 1 or more. */
export function checkDuration(value: string): GainProblem | null {
  return wholeAtLeast(value, 1) ? null : 'durationWhole';
}
