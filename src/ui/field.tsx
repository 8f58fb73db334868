import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { uiMessages } from './ui-messages';

export interface TextFieldProps {
  id?: string;
  label: string;
  value: string;
  /** Called on blur or Enter (not per keystroke), so one typed name is one undo step. */
  onCommit: (value: string) => void;
  /** A multi-line text (descriptions); Enter then adds a line instead of committing. */
  multiline?: boolean;
  /** Refuse an empty (or blank) text with a message; the model keeps its last value. */
  required?: boolean;
  maxLength?: number;
  hideLabel?: boolean;
  describedBy?: string;
  /** Shown after the label, e.g. a <HelpTip>. */
  help?: ReactNode;
  disabled?: boolean;
}

/**
 * A labelled text input that edits a draft and commits on blur or Enter; Escape restores
 * the saved text. A value changed from outside (undo) shows unless the user is typing.
 */
export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, multiline, required } = props;
  const t = useMessages(uiMessages);
  const autoId = useId();
  const id = props.id ?? `text-${autoId}`;
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (draft === null || draft === seen) {
      setDraft(null);
      setInvalid(false);
    }
  }

  function commit() {
    if (draft === null) return;
    if (required && draft.trim() === '') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(null);
    if (draft !== value) onCommit(draft);
  }

  const common = {
    id,
    value: draft ?? value,
    maxLength: props.maxLength,
    disabled: props.disabled,
    'aria-invalid': invalid || undefined,
    'aria-describedby': [props.describedBy, invalid ? errorId : null].filter(Boolean).join(' ') || undefined,
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Enter' && !multiline) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape' && draft !== null) {
        e.preventDefault();
        e.stopPropagation();
        setDraft(null);
        setInvalid(false);
      }
    },
  };

  return (
    <span className="text-field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {props.help}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => setDraft(e.currentTarget.value)} />
      )}
      <span id={errorId} role="alert" className="field-error">
        {invalid ? t('text.required') : ''}
      </span>
    </span>
  );
}

export interface SelectFieldProps<V extends string> {
  id?: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  /** A choice is one edit: committed at once. */
  onChange: (value: V) => void;
  hideLabel?: boolean;
  describedBy?: string;
  help?: ReactNode;
  disabled?: boolean;
}

/** A labelled select whose value type is the union of its options' values. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const autoId = useId();
  const id = props.id ?? `select-${autoId}`;
  return (
    <span className="select-field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.help}
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => {
          const chosen = props.options.find((o) => o.value === e.currentTarget.value);
          if (chosen) props.onChange(chosen.value);
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
