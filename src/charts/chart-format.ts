/**
 * Figures in and around charts, always through the app's one formatter. Axis ticks
 * show thousands of kroner (the axis says so) to keep them short; tables and tooltips
 * show whole kroner.
 */
import type { Lang } from '../i18n/catalog';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format';

/** A chart number (kroner, rounded to øre) as money text. */
export function moneyText(value: number, lang: Lang): string {
  return formatMoney(Number.isFinite(value) ? value.toFixed(2) : null, lang);
}

/** Axis ticks in thousands of kroner: 1 800 000 → "1 800". */
export function thousandsTick(value: number, lang: Lang): string {
  return formatNumber(Number.isFinite(value) ? (value / 1000).toFixed(3) : null, lang, 0);
}

/** A chart number that already is percent (0–100) as percent text. */
export function percentText(value: number, lang: Lang): string {
  return formatPercent(Number.isFinite(value) ? (value / 100).toFixed(6) : null, lang, 1);
}
