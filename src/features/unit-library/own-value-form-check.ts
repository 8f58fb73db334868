/**
 * The own-value form as plain text fields, checked in one go on submit: a form of seven
 * fields reads better when it says everything that is wrong at once than field by field.
 */
import type { PriceUnit } from '../../engine/model';
import { parseDecimalInput } from '../../i18n/parse-number';
import type { Lang } from '../../i18n/catalog';
import { formatEditable } from '../../i18n/format';
import type { OwnValue, OwnValueInput } from '../../store/own-library-file';
import type { Confidence } from '../../ui/unit-value-entries';

export interface OwnValueForm {
  label: string;
  value: string;
  unit: PriceUnit;
  priceYear: string;
  bearer: string;
  source: string;
  confidence: Confidence;
}

export type FormField = keyof OwnValueForm;
export type FormError = 'required' | 'notANumber' | 'year';
export type FormErrors = Partial<Record<FormField, FormError>>;

export const EMPTY_FORM: OwnValueForm = {
  label: '', value: '', unit: 'per year', priceYear: '', bearer: '', source: '', confidence: 'primary',
};

export function formFromValue(v: OwnValue, lang: Lang): OwnValueForm {
  return {
    label: v.label, value: formatEditable(v.value, lang), unit: v.unit, priceYear: String(v.priceYear),
    bearer: v.bearer, source: v.source, confidence: v.confidence,
  };
}

export function checkForm(form: OwnValueForm, lang: Lang): { ok: true; input: OwnValueInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const label = form.label.trim();
  const source = form.source.trim();
  if (!label) errors.label = 'required';
  if (!source) errors.source = 'required';
  const value = parseDecimalInput(form.value, { lang });
  if (!value.ok) errors.value = value.code === 'empty' ? 'required' : 'notANumber';
  const yearText = form.priceYear.trim();
  const year = Number(yearText);
  if (!yearText) errors.priceYear = 'required';
  else if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2200) errors.priceYear = 'year';
  if (Object.keys(errors).length > 0 || !value.ok) return { ok: false, errors };
  return {
    ok: true,
    input: { label, value: value.value, unit: form.unit, priceYear: year, bearer: form.bearer, source, confidence: form.confidence },
  };
}
