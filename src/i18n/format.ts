/**
 * The one formatter for every figure the user sees (style rule 4). Values arrive as the
 * engine's decimal strings and are handed to Intl.NumberFormat AS STRINGS: since Intl
 * NumberFormat v3 (Node 20, Chrome 106, Firefox 116, Safari 15.4) `format("…")` keeps every
 * digit, so 20-digit amounts are neither rounded through a float nor shown as 1.2e+19.
 * Rounding is half-to-even, the same rule the engine uses for its outputs (spec §3).
 *
 * Nothing here ever shows NaN, Infinity or undefined: a missing or unreadable value is "–".
 */
import type { Lang } from './catalog';

export type { Lang };

/** Shown for null, undefined and anything that is not a finite number. */
export const NO_VALUE = '–';

type NumberInput = string | number | null | undefined;

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/*
 * A bounded plain decimal (optionally with an exponent, which Intl reads exactly too).
 * The bound keeps a hostile "1e9000000" from ever reaching Intl.
 */
const DECIMAL_TEXT = /^[+-]?(?:\d{1,40}(?:\.\d{0,40})?|\.\d{1,40})(?:[eE][+-]?\d{1,2})?$/;

/** The value as a string Intl reads exactly, or null when there is nothing to show. */
export function toFormattable(v: NumberInput): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return DECIMAL_TEXT.test(s) ? s : null;
}

const cache = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build and a year grid shows hundreds of figures. */
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang] ?? LOCALES.nb, {
      roundingMode: 'halfEven',
      // "−0" after rounding -0.4 would look like a loss; show plain 0.
      signDisplay: 'negative',
      ...options,
    });
    cache.set(key, nf);
  }
  return nf;
}

function run(v: NumberInput, lang: Lang, options: Intl.NumberFormatOptions): string {
  const s = toFormattable(v);
  if (s === null) return NO_VALUE;
  // Intl.NumberFormat.format accepts decimal strings (the TS lib types lag behind).
  const out = numberFormat(lang, options).format(s as unknown as number);
  return /NaN|∞|Infinity/.test(out) ? NO_VALUE : out;
}

function clampDigits(d: number | undefined, fallback: number): number {
  if (d === undefined || !Number.isFinite(d)) return fallback;
  return Math.min(20, Math.max(0, Math.trunc(d)));
}

export interface MoneyOptions {
  /** Decimals shown (default 0: budgets are read in whole kroner). */
  decimals?: number;
}

/**
 * Money in NOK: "1 234 567 kr" (nb; U+00A0 groups, U+2212 minus) or "NOK 1,234,567" (en).
 */
export function formatMoney(v: NumberInput, lang: Lang, opts: MoneyOptions = {}): string {
  const d = clampDigits(opts.decimals, 0);
  return run(v, lang, {
    style: 'currency',
    currency: 'NOK',
    // Norwegian readers expect "kr"; an English reader would not know "kr" is NOK.
    currencyDisplay: lang === 'nb' ? 'symbol' : 'code',
    minimumFractionDigits: d,
    maximumFractionDigits: d,
  });
}

/**
 * A fraction shown as percent: "0.045" → "4,5 %" (nb) / "4.5%" (en).
 * `decimals` is the number of decimals shown; by default exactly that many (so a table
 * column lines up); `trim: true` drops trailing zeros ("4 %" rather than "4,0 %").
 */
export function formatPercent(ratio: NumberInput, lang: Lang, decimals = 1, opts: { trim?: boolean } = {}): string {
  const d = clampDigits(decimals, 1);
  return run(ratio, lang, {
    style: 'percent',
    minimumFractionDigits: opts.trim ? 0 : d,
    maximumFractionDigits: d,
  });
}

/**
 * A plain number with grouping: "1 234,5". With `decimals` exactly that many decimals are
 * shown; without, as many as the value has (up to 12, the model's limit). `grouping: false`
 * for figures that are names rather than amounts (a year typed into a field).
 */
export function formatNumber(v: NumberInput, lang: Lang, decimals?: number, opts: { grouping?: boolean } = {}): string {
  const useGrouping = opts.grouping === false ? false : undefined;
  if (decimals === undefined) {
    return run(v, lang, { minimumFractionDigits: 0, maximumFractionDigits: 12, useGrouping });
  }
  const d = clampDigits(decimals, 0);
  return run(v, lang, { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping });
}

/**
 * A money amount as a field shows it: whole kroner without decimals ("1 234"), and an amount
 * with øre always with both øre digits ("1 234,50", not "1 234,5"); finer fractions (a unit
 * value of 0,125 kr) keep their digits.
 */
export function formatAmount(v: NumberInput, lang: Lang, opts: { grouping?: boolean } = {}): string {
  const s = toFormattable(v);
  if (s === null) return NO_VALUE;
  const useGrouping = opts.grouping === false ? false : undefined;
  const whole = /^[+-]?\d*(?:\.0*)?$/.test(s) || (/[eE]/.test(s) && Number.isInteger(Number(s)));
  return run(s, lang, { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 12, useGrouping });
}

/** A ratio such as benefit per krone spent: "3,99" (always two decimals). */
export function formatRatio(v: NumberInput, lang: Lang): string {
  return run(v, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A calendar year, never grouped: "2027", not "2 027". */
export function formatYear(year: NumberInput, lang: Lang): string {
  return run(year, lang, { useGrouping: false, maximumFractionDigits: 0 });
}

/**
 * The text put into a number field while the user edits it: the full value, no grouping,
 * the language's decimal mark and an ASCII minus (easy to type over). For percent fields
 * the fraction is shown as percent without the sign: "0.045" → "4,5".
 */
export function formatEditable(v: NumberInput, lang: Lang, opts: { percent?: boolean } = {}): string {
  if (toFormattable(v) === null) return '';
  const shown = opts.percent ? shiftDecimal(String(v).trim(), 2) : v;
  return run(shown, lang, { useGrouping: false, minimumFractionDigits: 0, maximumFractionDigits: 20 }).replace('\u2212', '-');
}

/** Moves the decimal point `by` places right in a plain decimal string (exact, no floats). */
function shiftDecimal(s: string, by: number): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m) return s; // exponent forms: Intl still reads them; shifting is not needed there
  const [, sign = '', int = '', frac = ''] = m;
  const digits = int + frac.padEnd(by, '0');
  const point = int.length + by;
  return `${sign}${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`;
}

const dateCache = new Map<string, Intl.DateTimeFormat>();

/** A date such as "5. mars 2024" / "5 March 2024"; "–" for a missing or invalid date. */
export function formatDate(date: Date | string | number | null | undefined, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (date === null || date === undefined) return NO_VALUE;
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) return NO_VALUE;
  const key = `${lang}|${style}`;
  let df = dateCache.get(key);
  if (!df) {
    df = new Intl.DateTimeFormat(LOCALES[lang] ?? LOCALES.nb, { dateStyle: style === 'long' ? 'long' : 'short' });
    dateCache.set(key, df);
  }
  return df.format(d);
}

// The parser lives beside the formatter so callers find both in one place.
export { parseDecimalInput, type ParseResult, type ParseCode, type ParseOptions } from './parse-number';
