import { useId, useState, type FormEvent } from 'react';
import { PRICE_UNITS } from '../../engine/model';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useOwnLibrary } from '../../store/own-library';
import type { OwnValue } from '../../store/own-library-file';
import { levelTitle } from '../../ui/level-names';
import { presetName, presetsByLevel } from '../../ui/sector-presets';
import { SOCIETY } from '../../ui/unit-value-entries';
import { unitValueMessages } from '../../ui/unit-value-messages';
import { libraryMessages } from './messages';
import { EMPTY_FORM, checkForm, formFromValue, type FormErrors, type FormField, type OwnValueForm } from './own-value-form-check';

export interface OwnValueFormProps {
  /** The value being edited; absent when adding. */
  editing?: OwnValue;
  /** Called after a save with the message to announce. */
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/** Add or edit one own value; every field labelled, errors linked and announced. */
export function OwnValueFormView({ editing, onDone, onCancel }: OwnValueFormProps) {
  const t = useMessages(libraryMessages);
  const u = useMessages(unitValueMessages);
  const lang = useLang();
  const id = useId();
  const { add, edit } = useOwnLibrary.getState();
  const [form, setForm] = useState<OwnValueForm>(() => (editing ? formFromValue(editing, lang) : EMPTY_FORM));
  const [errors, setErrors] = useState<FormErrors>({});

  const set = (field: FormField) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [field]: e.currentTarget.value });
  const fieldId = (f: FormField) => `${id}-${f}`;
  const describedBy = (f: FormField, help?: boolean) =>
    [help ? `${fieldId(f)}-help` : null, errors[f] ? `${fieldId(f)}-error` : null].filter(Boolean).join(' ') || undefined;
  const error = (f: FormField) => (
    <span id={`${fieldId(f)}-error`} role="alert" className="field-error">
      {errors[f] ? t(`error.${errors[f]}`) : ''}
    </span>
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkForm(form, lang);
    if (!checked.ok) {
      setErrors(checked.errors);
      // Focus the first field with a problem so a keyboard user lands where to fix it.
      const first = (Object.keys(EMPTY_FORM) as FormField[]).find((f) => checked.errors[f]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    if (editing) {
      edit(editing.id, checked.input);
      onDone(t('saved', { label: checked.input.label }));
    } else {
      add(checked.input);
      setForm(EMPTY_FORM);
      onDone(t('added', { label: checked.input.label }));
    }
  }

  const text = (f: 'label' | 'value' | 'priceYear' | 'source', help?: string, size?: number) => (
    <span className="text-field">
      <label htmlFor={fieldId(f)}>{t(`field.${f}`)}</label>
      <input id={fieldId(f)} type="text" size={size} value={form[f]} onChange={set(f)} aria-invalid={errors[f] ? true : undefined} aria-describedby={describedBy(f, Boolean(help))} />
      {help ? <span id={`${fieldId(f)}-help`} className="help">{help}</span> : null}
      {error(f)}
    </span>
  );

  return (
    <form className="own-value-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{editing ? t('editTitle', { label: editing.label }) : t('addTitle')}</h3>
      {text('label')}
      {text('value', t('help.value'), 12)}
      <span className="select-field">
        <label htmlFor={fieldId('unit')}>{t('field.unit')}</label>
        <select id={fieldId('unit')} value={form.unit} onChange={(e) => setForm({ ...form, unit: PRICE_UNITS.find((p) => p === e.currentTarget.value) ?? form.unit })}>
          {PRICE_UNITS.map((p) => (
            <option key={p} value={p}>{u(`unit.${p}`)}</option>
          ))}
        </select>
      </span>
      {text('priceYear', undefined, 5)}
      <span className="select-field">
        <label htmlFor={fieldId('bearer')}>{t('field.bearer')}</label>
        <select id={fieldId('bearer')} value={form.bearer} onChange={set('bearer')}>
          <option value="">{u('bearer.none')}</option>
          {presetsByLevel().map((g) => (
            <optgroup key={g.level} label={levelTitle(g.level, lang)}>
              {g.presets.map((p) => (
                <option key={p.id} value={p.id}>{presetName(p, lang)}</option>
              ))}
            </optgroup>
          ))}
          <optgroup label={t('groupSociety')}>
            <option value={SOCIETY}>{u('bearer.society')}</option>
          </optgroup>
        </select>
      </span>
      {text('source', t('help.source'), 40)}
      <span className="select-field">
        <label htmlFor={fieldId('confidence')}>{t('field.confidence')}</label>
        <select id={fieldId('confidence')} value={form.confidence} onChange={(e) => setForm({ ...form, confidence: e.currentTarget.value === 'secondary' ? 'secondary' : 'primary' })}>
          <option value="primary">{u('confidence.primary')}</option>
          <option value="secondary">{u('confidence.secondary')}</option>
        </select>
      </span>
      <div className="form-buttons">
        <button type="submit">{editing ? t('save') : t('add')}</button>
        {editing && onCancel ? <button type="button" onClick={onCancel}>{t('cancelEdit')}</button> : null}
      </div>
    </form>
  );
}
