/**
 * Decimal strings at the border (spec §1): an optional minus, at most 20 digits, and
 * optionally a point with at most 12 digits; no exponent, no spaces, no comma.
 * Everything here works on text only, so a hostile value such as "1e9000000" is
 * refused before any Decimal is built from it.
 */

export const DECIMAL_PATTERN = /^-?\d{1,20}(\.\d{1,12})?$/;
/** Looks like a plain decimal but has too many digits: told apart for a clearer message. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export type DecimalReading =
  | { ok: true; value: string }
  | { ok: false; code: 'notANumber' | 'tooManyDigits' | 'notFinite' | 'wrongType'; value: string };

export function isDecimalString(text: string): boolean {
  return DECIMAL_PATTERN.test(text);
}

/**
 * Reads a model value that should be a decimal: a decimal string as it is, or a finite
 * JSON number by its shortest exact text (0.1 → "0.1", 1e-7 → "0.0000001").
 */
export function readDecimal(input: unknown): DecimalReading {
  if (typeof input === 'string') {
    if (DECIMAL_PATTERN.test(input)) return { ok: true, value: input };
    // Only a bounded prefix is ever tested or shown: a value may be megabytes long.
    const shown = shorten(input);
    const code = input.length <= 200 && PLAIN_NUMBER.test(input) ? 'tooManyDigits' : 'notANumber';
    return { ok: false, code, value: shown };
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, code: 'notFinite', value: String(input) };
    const text = plainNumberText(input);
    if (DECIMAL_PATTERN.test(text)) return { ok: true, value: text };
    return { ok: false, code: 'tooManyDigits', value: shorten(String(input)) };
  }
  return { ok: false, code: 'wrongType', value: '' };
}

/**
 * The shortest exact text of a finite number without an exponent. String() already
 * gives the shortest text that reads back as the same number; only its exponent form
 * ("1e-7", "1.5e+21") is spelled out here, digit by digit, with no rounding.
 */
export function plainNumberText(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exp = '0'] = match;
  const digits = whole + fraction;
  // Position of the decimal point within `digits` after applying the exponent.
  const point = whole.length + Number(exp);
  let result: string;
  if (point <= 0) result = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) result = digits + '0'.repeat(point - digits.length);
  else result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + stripLeadingZeros(result);
}

function stripLeadingZeros(text: string): string {
  return text.replace(/^0+(?=\d)/, '');
}

/** Keeps messages readable when a value is huge. */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
