import { useId, useState, type KeyboardEvent } from 'react';
import { parseDecimalInput } from '../../i18n/parse-number';
import { useLang, useMessages } from '../../i18n/use-messages';
import { checkInteger, INTEGER_RULES, type IntegerRule } from './measure-edits';
import { Help } from './measure-fields';
import { measureMessages } from './messages';

/**
 * A calendar year (the first budget year, the price base). NumberField groups thousands ("2 027"), which misreads as an
 * amount, so a calendar year gets this small field: typed text stays until it is a valid
 * year (committed on blur or Enter); Escape brings back the model's year.
 */
export function YearField(props: { label: string; help: string; value: number; rule?: Required<IntegerRule>; onCommit: (v: number) => void }) {
  const t = useMessages(measureMessages);
  const lang = useLang();
  const id = useId();
  const rule = props.rule ?? INTEGER_RULES.startYear;
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    const parsed = parseDecimalInput(draft, { lang });
    const code = parsed.ok ? checkInteger(parsed.value, rule) : 'notInteger';
    if (!parsed.ok || code) {
      setProblem(t(`error.${code ?? 'notInteger'}`, { min: rule.min, max: rule.max }));
      return;
    }
    setProblem(null);
    setDraft(null);
    if (Number(parsed.value) !== props.value) props.onCommit(Number(parsed.value));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      setProblem(null);
    }
  }

  return (
    <div className="measure-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={6}
        value={draft ?? String(props.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[`${id}-help`, problem ? `${id}-error` : null].filter(Boolean).join(' ')}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-error`} role="alert" className="field-error">
        {problem ?? ''}
      </span>
      <Help id={`${id}-help`} text={props.help} />
    </div>
  );
}
