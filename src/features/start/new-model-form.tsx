import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Level, Model } from '../../engine/model';
import { levelOptions } from '../../ui/level-names';
import { NumberField } from '../../ui/number-field';
import { useLang, useMessages } from '../../i18n/use-messages';
import { startMessages } from './messages';
import { FIELD_ORDER, buildNewModel, type NewModelErrors, type NewModelField, type NewModelInput } from './new-model';

const initialInput = (): NewModelInput => ({
  title: '',
  startYear: String(new Date().getFullYear()),
  years: '10',
  sectorName: '',
  level: 'municipal',
  costLabel: '',
  yearlyAmount: '',
});

/** The guided start: title, years, first payer and first cost, then straight to the overview. */
export function NewModelForm({ onCreate }: { onCreate: (model: Model) => void }) {
  const t = useMessages(startMessages);
  const lang = useLang();
  const base = useId();
  const [input, setInput] = useState(initialInput);
  const [errors, setErrors] = useState<NewModelErrors>({});
  const idOf = (field: NewModelField) => `${base}-${field}`;
  const set = (field: NewModelField, value: string) => {
    setInput((i) => ({ ...i, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = buildNewModel(input);
    if (outcome.ok) return onCreate(outcome.model);
    setErrors(outcome.errors);
    const first = FIELD_ORDER.find((f) => outcome.errors[f]);
    if (first) document.getElementById(idOf(first))?.focus();
  }

  const text = (field: 'title' | 'startYear' | 'years' | 'sectorName' | 'costLabel', label: string, numeric = false) => (
    <Field id={idOf(field)} label={label} error={errors[field] && t(`error.${errors[field]}`)}>
      {(describedBy) => (
        <input
          id={idOf(field)}
          value={input[field]}
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  const hasErrors = Object.values(errors).some(Boolean);
  return (
    <form className="new-model-form" onSubmit={submit} noValidate aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`}>{t('newTitle')}</h2>
      <p>{t('newIntro')}</p>
      {text('title', t('fieldTitle'))}
      {text('startYear', t('fieldStartYear'), true)}
      {text('years', t('fieldYears'), true)}
      <fieldset>
        <legend>{t('payerLegend')}</legend>
        {text('sectorName', t('fieldSector'))}
        <div className="form-row">
          <label htmlFor={idOf('level')}>{t('fieldLevel')}</label>
          <select id={idOf('level')} value={input.level} onChange={(e) => set('level', e.target.value as Level)}>
            {levelOptions(lang).map((o) => <option key={o.level} value={o.level}>{o.name}</option>)}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('costLegend')}</legend>
        {text('costLabel', t('fieldCostLabel'))}
        <div className="form-row">
          <NumberField
            id={idOf('yearlyAmount')}
            label={t('fieldAmount')}
            value={input.yearlyAmount}
            money
            error={errors.yearlyAmount && t(`error.${errors.yearlyAmount}`)}
            onCommit={(v) => set('yearlyAmount', v)}
          />
        </div>
      </fieldset>
      {hasErrors && <p role="alert" className="field-error">{t('errorSummary')}</p>}
      <button type="submit">{t('create')}</button>
    </form>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: (describedBy: string | undefined) => ReactNode }) {
  const errorId = `${id}-error`;
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      {children(error ? errorId : undefined)}
      {error && <span id={errorId} className="field-error" role="alert">{error}</span>}
    </div>
  );
}
