/**
 * How a chosen library value becomes the line's unit value: the unit factor (shown and
 * editable), the price adjustment to the model's price base (none, an index ratio or an
 * annual growth rate), and the result. The state is plain strings so a half-filled form
 * simply has no result yet.
 */
import { useId } from 'react';
import { Dec } from '../engine/decimal';
import type { UnitValueSource } from '../engine/model';
import { convertSource, unitFactor, type SourceDraft } from '../engine/price';
import type { Lang } from '../i18n/catalog';
import { formatYear } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { NumberField } from './number-field';
import { entryName, type UnitLibraryEntry } from './unit-value-entries';
import { unitValueMessages } from './unit-value-messages';
import { formatKroner } from './unit-value-source-note';

export const PRICE_METHODS = ['none', 'index', 'growth'] as const satisfies readonly UnitValueSource['priceMethod'][];

export interface ConversionState {
  unitFactor: string;
  priceMethod: UnitValueSource['priceMethod'];
  indexFrom: string;
  indexTo: string;
  growthRate: string;
}

/**
 * Where the form starts: the entry's own unit factor; no price adjustment only when the
 * value is already in the base year's kroner. A line that used this entry before keeps
 * its earlier choices, so reopening the panel does not undo them.
 */
export function initialConversion(entry: UnitLibraryEntry, priceBaseYear: number, previous?: UnitValueSource): ConversionState {
  if (previous && previous.libraryId === entry.id) {
    return {
      unitFactor: previous.unitFactor,
      priceMethod: previous.priceMethod,
      indexFrom: previous.indexFrom ?? '',
      indexTo: previous.indexTo ?? '',
      growthRate: previous.growthRate ?? '',
    };
  }
  return {
    unitFactor: unitFactor(entry.unit),
    priceMethod: entry.priceYear === priceBaseYear ? 'none' : 'growth',
    indexFrom: '',
    indexTo: '',
    growthRate: '',
  };
}

export function draftFor(entry: UnitLibraryEntry, state: ConversionState, lang: Lang): SourceDraft {
  const optional = (v: string) => (v === '' ? undefined : v);
  return {
    libraryId: entry.id,
    label: entryName(entry, lang),
    source: entry.source,
    priceYear: entry.priceYear,
    value: entry.value,
    unit: entry.unit,
    unitFactor: state.unitFactor,
    priceMethod: state.priceMethod,
    growthRate: optional(state.growthRate),
    indexFrom: optional(state.indexFrom),
    indexTo: optional(state.indexTo),
    confidence: entry.confidence,
  };
}

/** The converted value, or null while the form lacks what its method needs. */
export function conversionResult(entry: UnitLibraryEntry, state: ConversionState, priceBaseYear: number, lang: Lang) {
  return convertSource(draftFor(entry, state, lang), priceBaseYear);
}

const positive = (v: string) => new Dec(v).gt(0);

export interface ConversionFormProps {
  entry: UnitLibraryEntry;
  state: ConversionState;
  onChange: (state: ConversionState) => void;
  priceBaseYear: number;
}

export function ConversionForm({ entry, state, onChange, priceBaseYear }: ConversionFormProps) {
  const t = useMessages(unitValueMessages);
  const lang = useLang();
  const id = useId();
  const base = formatYear(priceBaseYear, lang);
  const year = formatYear(entry.priceYear, lang);
  const set = (patch: Partial<ConversionState>) => onChange({ ...state, ...patch });
  const result = conversionResult(entry, state, priceBaseYear, lang);

  return (
    <section className="unit-value-conversion" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('conversion', { name: entryName(entry, lang) })}</h3>
      <p>{t('asPublished', { value: formatKroner(entry.value, lang), unit: t(`unit.${entry.unit}`), year, source: entry.source })}</p>
      <div className="field-with-help">
        <NumberField
          label={t('unitFactor')}
          value={state.unitFactor}
          describedBy={`${id}-uf-help`}
          validate={(v) => (positive(v) ? null : t('unitFactorInvalid'))}
          onCommit={(unitFactor) => set({ unitFactor })}
          size={8}
        />
        <span id={`${id}-uf-help`} className="help">{t('unitFactorHelp')}</span>
      </div>
      <fieldset>
        <legend>{t('priceMethod', { base })}</legend>
        {PRICE_METHODS.map((m) => (
          <span key={m} className="field">
            <input
              type="radio"
              id={`${id}-m-${m}`}
              name={`${id}-method`}
              checked={state.priceMethod === m}
              onChange={() => set({ priceMethod: m })}
            />{' '}
            <label htmlFor={`${id}-m-${m}`}>{t(`method.${m}`, { base })}</label>
          </span>
        ))}
        {state.priceMethod === 'index' ? (
          <div className="field-with-help">
            <NumberField label={t('indexFrom', { year })} value={state.indexFrom} optional describedBy={`${id}-ix-help`} validate={(v) => (positive(v) ? null : t('indexInvalid'))} onCommit={(indexFrom) => set({ indexFrom })} size={8} />
            <NumberField label={t('indexTo', { base })} value={state.indexTo} optional describedBy={`${id}-ix-help`} validate={(v) => (positive(v) ? null : t('indexInvalid'))} onCommit={(indexTo) => set({ indexTo })} size={8} />
            <span id={`${id}-ix-help`} className="help">{t('indexHelp')}</span>
          </div>
        ) : null}
        {state.priceMethod === 'growth' ? (
          <div className="field-with-help">
            <NumberField
              label={t('growthRate')}
              value={state.growthRate}
              percent
              optional
              describedBy={`${id}-g-help`}
              validate={(v) => (new Dec(v).gt(-1) ? null : t('growthInvalid'))}
              onCommit={(growthRate) => set({ growthRate })}
              size={6}
            />
            <span id={`${id}-g-help`} className="help">{t('growthHelp', { years: priceBaseYear - entry.priceYear })}</span>
          </div>
        ) : null}
      </fieldset>
      <p role="status" className="unit-value-result">
        {result ? t('result', { base, value: formatKroner(result.unitValue, lang) }) : t('noResult')}
      </p>
      {state.priceMethod === 'none' && entry.priceYear !== priceBaseYear ? (
        <p className="warning" role="note">{t('unconvertedWarning', { year, base })}</p>
      ) : null}
    </section>
  );
}
