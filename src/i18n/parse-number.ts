/**
 * The one parser for every number the user types or pastes (style rule 4). It accepts the
 * ways Norwegians and English speakers write numbers, and returns the model's canonical
 * decimal string (spec §1: optional minus, 1–20 integer digits, 0–12 decimals) or a code
 * the UI translates. It never throws and never returns NaN.
 *
 * What is accepted
 * - Groups of three separated by a space (ASCII, U+00A0, U+202F, U+2009), '.' or ',':
 *   "1 234 567", "1.234.567", "1,234,567". Groups are checked: "12 34" is refused, so two
 *   numbers typed into one field do not silently become one.
 * - A decimal mark ',' or '.': "1 234,50", "1.234,50", "1,234.50", "1234.5", ",5".
 * - Signs '-', '+', U+2212 '−' and the dashes Word and Excel put in (– ‒ ﹣ －), before or
 *   after a currency word; accounting brackets "(1 000)" mean minus.
 * - Currency words "kr", "kr.", "kroner", "NOK" before or after, and the Norwegian whole-kroner
 *   ending ",-" ("1 000,-").
 * - "12 %" is 0.12 in any field; in a percent field a bare "12" is 12 % too.
 *
 * What is refused on purpose
 * - Exponents ("12e5", "1E3", "1,5E+06"): the model format has none (spec §1), and in a
 *   money field "12e5" is far more likely a slip of the finger than 1 200 000.
 *
 * How one separator is read (the only ambiguous case)
 * When the number has exactly one '.' or ',' and no space groups, that mark is the decimal
 * mark, except in one shape: 1–3 digits (not starting with 0), the mark, exactly three
 * digits. That shape is a thousands separator when it is the grouping mark of the language
 * in use: '.' in Norwegian ("1.234" = 1234, as Norwegians write thousands; "1,234" = 1,234
 * with a decimal comma) and ',' in English ("1,234" = 1234; "1.234" = 1.234). Every other
 * single mark is a decimal mark in both languages ("1,5" and "1.5" are both 1.5).
 * With two kinds of mark, the last one is the decimal mark ("1.234,5", "1,234.5").
 */
import type { Lang } from './catalog';

export type ParseCode = 'empty' | 'notANumber' | 'tooLong';
export type ParseResult = { ok: true; value: string } | { ok: false; code: ParseCode };

export interface ParseOptions {
  /** The field holds a fraction shown as percent: "12" and "12 %" both give "0.12". */
  percent?: boolean;
  /** The language in use, which settles "1.234" / "1,234" (see above). Default 'nb'. */
  lang?: Lang;
}

export const MAX_INTEGER_DIGITS = 20;
export const MAX_DECIMALS = 12;
/** Longer text is refused before any pattern runs. */
const MAX_INPUT_LENGTH = 200;

const fail = (code: ParseCode): ParseResult => ({ ok: false, code });

const SPACES = /[\s\u00a0\u202f\u2009\u2007\u2008\u200a\u205f\u3000]+/g;
const MINUSES = /[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g;
const CURRENCY_START = /^(?:kroner|kr\.?|nok)(?=[\s\d+\-.,(]|$)/i;
const CURRENCY_END = /(?:^|(?<=[\s\d.]))(?:kroner|kr\.?|nok)$/i;

export function parseDecimalInput(text: string, opts: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') return fail('notANumber');
  if (text.length > MAX_INPUT_LENGTH) return fail('tooLong');
  let s = text.replace(SPACES, ' ').replace(MINUSES, '-').trim();
  if (s === '') return fail('empty');

  let negative = false;
  let signs = 0;
  let percent = false;
  let currency = false;

  const bracket = /^\((.*)\)$/.exec(s);
  if (bracket) {
    negative = true;
    signs++;
    s = (bracket[1] ?? '').trim();
  }
  // Leading: sign? currency? sign?  — "-kr 1 000", "kr -1 000", "-NOK 1,000".
  const takeSign = () => {
    const m = /^[+-]/.exec(s);
    if (!m) return;
    signs++;
    if (m[0] === '-') negative = true;
    s = s.slice(1).trim();
  };
  takeSign();
  if (CURRENCY_START.test(s)) {
    currency = true;
    s = s.replace(CURRENCY_START, '').trim();
    takeSign();
  }
  // Trailing: "%" or currency, then the whole-kroner mark ",-" / ".-".
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (CURRENCY_END.test(s)) {
    currency = true;
    s = s.replace(CURRENCY_END, '').trim();
  }
  if (/[.,]-$/.test(s)) s = s.slice(0, -2).trim();
  if (signs > 1 || (percent && currency)) return fail('notANumber');

  const body = splitBody(s, opts.lang ?? 'nb');
  if (!body) return fail('notANumber');

  return canonical(negative, body.int, body.frac, percent || opts.percent ? -2 : 0);
}

interface Body {
  int: string;
  frac: string;
}

/** Splits the digits and marks into integer and fraction digits, checking the groups. */
function splitBody(s: string, lang: Lang): Body | null {
  if (!/^[\d., ]+$/.test(s) || !/\d/.test(s)) return null;
  // A space must sit between two digits ("1 ,5" and "1 .234" are not numbers).
  if (/ (?!\d)|(?<!\d) /.test(s)) return null;

  const hasSpace = s.includes(' ');
  const dots = count(s, '.');
  const commas = count(s, ',');
  let group: string | null = hasSpace ? ' ' : null;
  let decimal: string | null = null;

  if (dots > 0 && commas > 0) {
    if (hasSpace) return null;
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (count(s, decimal) > 1) return null;
  } else if (dots + commas > 1) {
    // "1.234.567" / "1,234,567": the repeated mark groups thousands.
    if (hasSpace) return null;
    group = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const thousandsShape = new RegExp(`^[1-9]\\d{0,2}\\${mark}\\d{3}$`).test(s);
    const languageGroup = lang === 'en' ? ',' : '.';
    if (!hasSpace && thousandsShape && mark === languageGroup) group = mark;
    else decimal = mark;
  }

  const [intText = '', fracText = '', extra] = decimal ? s.split(decimal) : [s, ''];
  if (extra !== undefined) return null;
  if (!/^\d*$/.test(fracText)) return null;
  const int = group ? ungroup(intText, group) : intText;
  if (int === null || !/^\d*$/.test(int)) return null;
  if (int === '' && fracText === '') return null;
  return { int, frac: fracText };
}

/** "1 234 567" → "1234567"; null when the groups are not 1–3 digits then threes. */
function ungroup(text: string, group: string): string | null {
  const parts = text.split(group);
  if (parts.length === 1) return text;
  const [first = '', ...rest] = parts;
  if (!/^\d{1,3}$/.test(first) || !rest.every((p) => /^\d{3}$/.test(p))) return null;
  return parts.join('');
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/**
 * Builds the canonical string by moving the decimal point `shift` places (exact string
 * arithmetic, so no float or Decimal ever sees an unchecked value), then checks the limits.
 */
function canonical(negative: boolean, int: string, frac: string, shift: number): ParseResult {
  // Leading zeros would only inflate the digit count; cut them before the length check.
  let digits = (int + frac).replace(/^0+/, '');
  let point = digits.length - frac.length + shift;
  if (digits === '') return { ok: true, value: '0' };
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) {
    if (point > MAX_INTEGER_DIGITS) return fail('tooLong');
    digits = digits.padEnd(point, '0');
  }
  const intPart = digits.slice(0, point).replace(/^0+/, '') || '0';
  const fracPart = digits.slice(point).replace(/0+$/, '');
  if (intPart.length > MAX_INTEGER_DIGITS || fracPart.length > MAX_DECIMALS) return fail('tooLong');
  const value = fracPart ? `${intPart}.${fracPart}` : intPart;
  return { ok: true, value: negative && value !== '0' ? `-${value}` : value };
}

/** The canonical form every parsed value has (spec §1 decimal strings, normalised). */
export const CANONICAL_DECIMAL = /^-?(?:0|[1-9]\d{0,19})(?:\.\d{0,11}[1-9])?$/;
