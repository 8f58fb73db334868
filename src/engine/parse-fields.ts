/**
 * Leaf validators for the model schema. Each is a zod transform that reports a problem
 * code of our own (carried in the issue's params), so every refusal maps to a message
 * in both languages and no zod wording ever reaches the user.
 */
import { z } from 'zod';
import { Dec } from './decimal';
import { readDecimal, shorten } from './decimal-string';
import type { ProblemCode, ProblemParams } from './problems';

export interface FieldIssue {
  code: ProblemCode;
  params?: ProblemParams;
}

type Read<T> = { ok: true; value: T } | { ok: false; issue: FieldIssue };

/** Marks a zod custom issue as ours; parse-issues.ts reads it back. */
export const ISSUE_KEY = 'gevinstkartProblem';

function leaf<T>(read: (input: unknown) => Read<T>) {
  // optional() lets the transform see absent keys, so it decides: default, "missing" or absent.
  return z.unknown().optional().transform((input, ctx): T => {
    const result = read(input);
    if (result.ok) return result.value;
    ctx.issues.push({ code: 'custom', message: result.issue.code, input, params: { [ISSUE_KEY]: result.issue } });
    return z.NEVER;
  });
}

const MISSING: Read<never> = { ok: false, issue: { code: 'missing' } };

export interface DecimalRange {
  min?: string;
  max?: string;
  /** The minimum itself is not allowed: (−1, 1]. */
  minOpen?: boolean;
}

export const UNIT: DecimalRange = { min: '0', max: '1' };
export const NON_NEGATIVE: DecimalRange = { min: '0' };
export const RATE: DecimalRange = { min: '-1', max: '1', minOpen: true };

function rangeParams(value: string | number, range: { min?: string | number; max?: string | number; minOpen?: boolean }): ProblemParams {
  const params: ProblemParams = { value };
  if (range.min !== undefined) params.min = range.min;
  if (range.max !== undefined) params.max = range.max;
  if (range.minOpen) params.minOpen = 1;
  return params;
}

function readDecimalIn(input: unknown, range: DecimalRange | undefined): Read<string> {
  const reading = readDecimal(input);
  if (!reading.ok) {
    if (reading.code === 'wrongType') return { ok: false, issue: { code: 'wrongType', params: { expected: 'decimal' } } };
    return { ok: false, issue: { code: reading.code, params: { value: reading.value } } };
  }
  if (range) {
    // Safe: the text has passed the decimal pattern, so it is at most 34 characters.
    const value = new Dec(reading.value);
    const low = range.min === undefined ? false : range.minOpen ? value.lte(range.min) : value.lt(range.min);
    const high = range.max === undefined ? false : value.gt(range.max);
    if (low || high) return { ok: false, issue: { code: 'outOfRange', params: rangeParams(reading.value, range) } };
  }
  return { ok: true, value: reading.value };
}

/** A required decimal, or `fallback` when absent. */
export function decimal(range?: DecimalRange, fallback?: string) {
  return leaf((input) => (input === undefined ? (fallback === undefined ? MISSING : { ok: true, value: fallback }) : readDecimalIn(input, range)));
}

/** Optional leaves are wrapped in optional(): an absent key stays absent in the output. */
export function optionalDecimal(range?: DecimalRange) {
  return leaf((input) => readDecimalIn(input, range)).optional();
}

interface IntegerRule {
  min: number;
  max?: number;
}

function readInteger(input: unknown, rule: IntegerRule): Read<number> {
  if (typeof input !== 'number') return { ok: false, issue: { code: 'wrongType', params: { expected: 'integer' } } };
  if (!Number.isFinite(input)) return { ok: false, issue: { code: 'notFinite', params: { value: String(input) } } };
  if (!Number.isInteger(input)) return { ok: false, issue: { code: 'notInteger', params: { value: shorten(String(input)) } } };
  if (input < rule.min || (rule.max !== undefined && input > rule.max)) {
    return { ok: false, issue: { code: 'outOfRange', params: rangeParams(input, rule) } };
  }
  return { ok: true, value: input };
}

export function integer(rule: IntegerRule, fallback?: number) {
  return leaf((input) => (input === undefined ? (fallback === undefined ? MISSING : { ok: true, value: fallback }) : readInteger(input, rule)));
}

export function optionalInteger(rule: IntegerRule) {
  return leaf((input) => readInteger(input, rule)).optional();
}

/** `duration`: an integer ≥ 1, or null/absent for "to the horizon". */
export function optionalDuration() {
  return leaf((input): Read<number | null> => (input === null ? { ok: true, value: null } : readInteger(input, { min: 1 }))).optional();
}

const WRONG_TEXT: Read<never> = { ok: false, issue: { code: 'wrongType', params: { expected: 'text' } } };

/** A string; required unless a fallback is given. */
export function text(fallback?: string) {
  return leaf((input): Read<string> => {
    if (input === undefined) return fallback === undefined ? MISSING : { ok: true, value: fallback };
    return typeof input === 'string' ? { ok: true, value: input } : WRONG_TEXT;
  });
}

export function optionalText() {
  return leaf((input): Read<string> => (typeof input === 'string' ? { ok: true, value: input } : WRONG_TEXT)).optional();
}

/** An id: a non-empty string. */
export function id() {
  return leaf((input): Read<string> => {
    if (input === undefined) return MISSING;
    if (typeof input !== 'string') return WRONG_TEXT;
    return input === '' ? { ok: false, issue: { code: 'emptyId' } } : { ok: true, value: input };
  });
}

export function oneOf<const T extends string>(values: readonly T[]) {
  return leaf((input): Read<T> => {
    if (input === undefined) return MISSING;
    if (typeof input !== 'string') return WRONG_TEXT;
    const found = values.find((v) => v === input);
    return found === undefined
      ? { ok: false, issue: { code: 'notOneOf', params: { value: shorten(input), allowed: values.join(', ') } } }
      : { ok: true, value: found };
  });
}

/** An optional string matching `pattern`. */
export function optionalPatterned(pattern: RegExp, code: ProblemCode) {
  return leaf((input): Read<string> => {
    if (typeof input !== 'string') return WRONG_TEXT;
    return pattern.test(input) ? { ok: true, value: input } : { ok: false, issue: { code, params: { value: shorten(input) } } };
  }).optional();
}

/**
 * A list of decimals (amounts, sizes) checked in one pass. A zod schema per entry costs
 * far more than the check itself, and a 60-year model holds tens of thousands of entries.
 */
function decimalListLeaf(range: DecimalRange | undefined) {
  return z.unknown().optional().transform((input, ctx): string[] => {
    if (input === undefined) {
      ctx.issues.push({ code: 'custom', message: 'missing', input, params: { [ISSUE_KEY]: { code: 'missing' } } });
      return z.NEVER;
    }
    if (!Array.isArray(input)) {
      const issue: FieldIssue = { code: 'wrongType', params: { expected: 'list' } };
      ctx.issues.push({ code: 'custom', message: issue.code, input, params: { [ISSUE_KEY]: issue } });
      return z.NEVER;
    }
    const values: string[] = new Array<string>(input.length);
    for (let i = 0; i < input.length; i++) {
      const item: unknown = input[i];
      const result = readDecimalIn(item, range);
      if (result.ok) values[i] = result.value;
      else ctx.issues.push({ code: 'custom', message: result.issue.code, input: item, path: [i], params: { [ISSUE_KEY]: result.issue } });
    }
    return values;
  });
}

export function decimalList(range?: DecimalRange) {
  return decimalListLeaf(range);
}

export function optionalDecimalList(range?: DecimalRange) {
  return decimalListLeaf(range).optional();
}
