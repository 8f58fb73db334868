/**
 * A line's unit value with its source and conversion, in one sentence a reader can redo:
 * "SSB, … (2022): 15 562 kr per døgn × 365 × 1,123 (indeks 100 → 112,3) = 6 378 785,99 kr
 * per år i 2027-kroner". Shown on the gain line and in the report's assumptions.
 */
import { Dec } from '../engine/decimal';
import { isDecimalString } from '../engine/decimal-string';
import type { UnitValueSource } from '../engine/model';
import { convertedUnitValue } from '../engine/price';
import { translator, type Lang } from '../i18n/catalog';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format';
import { useLang } from '../i18n/use-messages';
import { unitValueMessages } from './unit-value-messages';

/** Kroner with øre only when there are any: "15 562 kr", "6 378 785,99 kr". */
export function formatKroner(value: string, lang: Lang): string {
  return formatMoney(value, lang, { decimals: /\.\d*[1-9]/.test(value) ? 2 : 0 });
}

/** A factor shown to at most 6 decimals: enough to check a sum, short enough to read. */
export function formatFactor(value: string, lang: Lang): string {
  if (!isDecimalString(value)) return formatNumber(null, lang);
  return formatNumber(new Dec(value).toDecimalPlaces(6).toFixed(), lang);
}

export interface SourceNoteInput {
  source: UnitValueSource;
  /** The line's unit value now (it may have been edited by hand since the pick). */
  unitValue: string;
  priceBaseYear: number;
}

export interface SourceNote {
  /** The sentence with the conversion. */
  text: string;
  /** Set when the value was not converted from another year's kroner. */
  unconverted: string | null;
  /** Set when the line's unit value no longer equals the documented conversion. */
  edited: string | null;
}

export function sourceNote({ source, unitValue, priceBaseYear }: SourceNoteInput, lang: Lang): SourceNote {
  const t = translator(unitValueMessages, lang);
  const base = priceBaseYear;
  const parts = [t('note', { source: source.source, year: source.priceYear, value: formatKroner(source.value, lang), unit: t(`unit.${source.unit}`) })];
  if (source.unitFactor !== '1') parts.push(`× ${formatFactor(source.unitFactor, lang)}`);
  let unconverted: string | null = null;
  if (source.priceMethod === 'index') {
    parts.push(`× ${formatFactor(source.priceFactor, lang)} (${t('note.method.index', { from: formatFactor(source.indexFrom ?? '', lang), to: formatFactor(source.indexTo ?? '', lang) })})`);
  } else if (source.priceMethod === 'growth') {
    const rate = formatPercent(source.growthRate ?? null, lang, 2, { trim: true });
    parts.push(`× ${formatFactor(source.priceFactor, lang)} (${t('note.method.growth', { rate, years: base - source.priceYear })})`);
  } else if (source.priceYear !== base) {
    unconverted = t('note.unconverted', { year: source.priceYear, base });
    parts.push(`(${unconverted})`);
  }
  const converted = convertedUnitValue(source);
  parts.push(t('noteResult', { value: formatKroner(converted ?? source.value, lang), base }));
  const edited = converted !== null && !sameAmount(converted, unitValue) ? t('note.edited', { value: formatKroner(unitValue, lang) }) : null;
  return { text: parts.join(' '), unconverted, edited };
}

function sameAmount(a: string, b: string): boolean {
  return isDecimalString(a) && isDecimalString(b) && new Dec(a).eq(b);
}

/** The note as a small paragraph; the unconverted and edited cases are marked, not only coloured. */
export function UnitValueSourceNote(props: SourceNoteInput & { className?: string }) {
  const lang = useLang();
  const t = translator(unitValueMessages, lang);
  const note = sourceNote(props, lang);
  return (
    <p className={['unit-value-source-note', props.className].filter(Boolean).join(' ')} data-unconverted={note.unconverted ? 'true' : undefined}>
      <span className="visually-hidden">{t('noteLabel')}: </span>
      {note.text}
      {note.edited ? <> <em>{note.edited}</em></> : null}
    </p>
  );
}
