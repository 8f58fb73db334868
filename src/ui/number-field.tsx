import {
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { formatAmount, formatEditable, formatNumber, formatPercent } from '../i18n/format';
import { parseDecimalInput } from '../i18n/parse-number';
import { useLang, useMessages } from '../i18n/use-messages';
import { uiMessages } from './ui-messages';
import { compareDecimal as compare } from './year-grid-ops';

export interface NumberFieldProps {
  id?: string;
  label: string;
  /** The model's decimal string ("" or null shows an empty field). */
  value: string | null;
  /**
   * Called with a canonical decimal string when the user commits a valid, changed value
   * (blur or Enter). With `optional`, an emptied field commits "".
   */
  onCommit: (value: string) => void;
  /** The value is a fraction shown and typed as percent: "0.045" shows "4,5 %", "4,5" commits "0.045". */
  percent?: boolean;
  /**
   * A money amount: shown with both øre digits when it has øre ("1 234,50", not "1 234,5"),
   * whole kroner without decimals. Ignored with `percent` or `decimals`.
   */
  money?: boolean;
  /** Decimals shown while not editing (percent: at most this many, default 2). */
  decimals?: number;
  /** Show without thousands groups (a calendar year: "2027", not "2 027"). */
  grouping?: boolean;
  /** Only whole numbers (years, lags, counts of years). */
  integer?: boolean;
  /** An empty field is allowed and commits "". */
  optional?: boolean;
  /** Smallest allowed value (a decimal string or number; for percent fields a fraction). */
  min?: string | number;
  /** Largest allowed value (as `min`). */
  max?: string | number;
  /**
   * A problem found outside the field (a form checked on submit, e.g. a required amount left
   * empty): marked and explained like the field's own, until the field has a problem of its own.
   */
  error?: string | null;
  /** Extra check of a parsed value; returns a message (already translated) or null. */
  validate?: (value: string) => string | null;
  /** The label is kept for screen readers but not shown (e.g. grid cells named by headers). */
  hideLabel?: boolean;
  /** Ids of other elements describing the field (e.g. a help text). */
  describedBy?: string;
  disabled?: boolean;
  className?: string;
  /** Runs before the field's own keys; call preventDefault() to stop them (Enter, Escape). */
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
  onFocus?: (e: FocusEvent<HTMLInputElement>) => void;
  onPaste?: (e: ClipboardEvent<HTMLInputElement>) => void;
  /** Receives the input element (a callback ref), e.g. to move focus between grid cells. */
  inputRef?: (el: HTMLInputElement | null) => void;
  /** Short messages for tight places (grid cells), where the formats are explained nearby. */
  compact?: boolean;
  /** Width of the input in characters. */
  size?: number;
}

type ProblemCode = 'empty' | 'notANumber' | 'notAPercent' | 'tooLong' | 'wholeNumber';
type Problem = { kind: 'code'; code: ProblemCode } | { kind: 'text'; text: string };

/*
 * Layout the field needs wherever it is used (label above, message below and wrapping even
 * inside a nowrap number cell); colours and spacing come from the app's stylesheet.
 */
const WRAPPER_STYLE = { display: 'inline-flex', flexDirection: 'column', alignItems: 'stretch', gap: '0.15rem' } as const;
const INPUT_STYLE = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
const ERROR_STYLE = { whiteSpace: 'normal', textAlign: 'left', maxWidth: '22em' } as const;

/** One element, two refs: the field's own (to select text) and the caller's (to move focus). */
function useMergedRef(outer: ((el: HTMLInputElement | null) => void) | undefined) {
  const inner = useRef<HTMLInputElement | null>(null);
  const setRef = useCallback(
    (el: HTMLInputElement | null) => {
      inner.current = el;
      outer?.(el);
    },
    [outer],
  );
  return [inner, setRef] as const;
}

/**
 * A number input that speaks Norwegian: it shows the formatted value ("1 234 567"), lets
 * the user type it any usual way, and commits only valid decimal strings. Invalid text stays
 * in the field, marked and explained, while the model keeps its last valid value; Escape
 * brings that value back. A value changed from outside (undo) shows at once unless the user
 * is in the middle of typing.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, percent = false, decimals, integer, optional, validate, hideLabel } = props;
  const lang = useLang();
  const t = useMessages(uiMessages);
  const autoId = useId();
  const id = props.id ?? `number-${autoId}`;
  const errorId = `${id}-error`;

  const [focused, setFocused] = useState(false);
  /** The text being edited; null shows the formatted value. */
  const [draft, setDraft] = useState<string | null>(null);
  /** The user has typed since the field was focused or last committed. */
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [seenValue, setSeenValue] = useState(value);
  const [inputEl, setInputRef] = useMergedRef(props.inputRef);
  /** Set on focus: select the editing text once it is rendered, as a spreadsheet cell does. */
  const selectOnRender = useRef(false);
  /** A mouse press is focusing the field; its mouseup must not undo the selection. */
  const focusedByPointer = useRef(false);

  useLayoutEffect(() => {
    const el = inputEl.current;
    if (selectOnRender.current && el && document.activeElement === el) el.select();
    selectOnRender.current = false;
  });

  // A new value from outside (undo, paste into the grid, another screen): show it unless
  // the user is typing. Adjusting state during render is React's pattern for this.
  if (seenValue !== value) {
    setSeenValue(value);
    if (!(focused && dirty)) {
      setDraft(focused ? formatEditable(value, lang, { percent }) : null);
      setDirty(false);
      setProblem(null);
    }
  }

  const formatted = (v: string) =>
    percent
      ? formatPercent(v, lang, decimals ?? 2, { trim: true })
      : props.money && decimals === undefined
        ? formatAmount(v, lang, { grouping: props.grouping })
        : formatNumber(v, lang, decimals, { grouping: props.grouping });
  const shown = draft ?? (value === null || value === '' ? '' : formatted(value));

  /** Tries the text; returns whether it is now committed (or unchanged and valid). */
  function commit(text: string): boolean {
    if (optional && text.trim() === '') {
      setProblem(null);
      setDirty(false);
      if (value !== '' && value !== null) onCommit('');
      return true;
    }
    const parsed = parseDecimalInput(text, { percent, lang });
    if (!parsed.ok) {
      setProblem({ kind: 'code', code: parsed.code === 'notANumber' && percent ? 'notAPercent' : parsed.code });
      return false;
    }
    if (integer && parsed.value.includes('.')) {
      setProblem({ kind: 'code', code: 'wholeNumber' });
      return false;
    }
    if (props.min !== undefined && compare(parsed.value, props.min) < 0) {
      setProblem({ kind: 'text', text: t('number.min', { min: formatted(String(props.min)) }) });
      return false;
    }
    if (props.max !== undefined && compare(parsed.value, props.max) > 0) {
      setProblem({ kind: 'text', text: t('number.max', { max: formatted(String(props.max)) }) });
      return false;
    }
    const custom = validate?.(parsed.value) ?? null;
    if (custom) {
      setProblem({ kind: 'text', text: custom });
      return false;
    }
    setProblem(null);
    setDirty(false);
    // Only a real change is committed, so merely visiting a field adds no undo step.
    const current = value === null || value === '' ? null : parseDecimalInput(value, { lang: 'en' });
    if (!current || !current.ok || current.value !== parsed.value) onCommit(parsed.value);
    return true;
  }

  function handleFocus(e: FocusEvent<HTMLInputElement>) {
    setFocused(true);
    if (draft === null) setDraft(formatEditable(value, lang, { percent }));
    selectOnRender.current = true;
    props.onFocus?.(e);
  }

  function handleBlur() {
    setFocused(false);
    const text = draft ?? '';
    if (!dirty && !problem) {
      setDraft(null);
      return;
    }
    // Invalid text stays visible (draft kept) so the user can see and fix it.
    if (commit(text)) setDraft(null);
  }

  function handleKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    props.onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      const text = draft ?? '';
      if (commit(text)) {
        const parsed = parseDecimalInput(text, { percent, lang });
        setDraft(parsed.ok ? formatEditable(parsed.value, lang, { percent }) : '');
      }
    } else if (e.key === 'Escape' && (dirty || problem)) {
      // Handled here only when there is something to restore, so Escape still closes dialogs.
      e.preventDefault();
      e.stopPropagation();
      setDraft(formatEditable(value, lang, { percent }));
      setDirty(false);
      setProblem(null);
    }
  }

  const key = (code: ProblemCode | 'kept') => (props.compact ? (`number.short.${code}` as const) : (`number.${code}` as const));
  const kept = value === null || value === '' ? '' : ` ${t(key('kept'), { value: formatted(value) })}`;
  const message = problem ? (problem.kind === 'text' ? problem.text : t(key(problem.code))) + kept : (props.error ?? '');
  const describedBy = [props.describedBy, message ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <span className={['number-field', props.className].filter(Boolean).join(' ')} style={WRAPPER_STYLE}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        ref={setInputRef}
        type="text"
        autoComplete="off"
        spellCheck={false}
        size={props.size}
        disabled={props.disabled}
        value={shown}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        onFocus={handleFocus}
        onBlur={handleBlur}
        onKeyDown={handleKeyDown}
        onPaste={props.onPaste}
        onMouseUp={(e) => {
          // Chrome and Safari drop the focus selection on the mouseup of the click that
          // focused the field; keep it so typing still replaces the whole number.
          if (focusedByPointer.current) e.preventDefault();
          focusedByPointer.current = false;
        }}
        onMouseDown={() => {
          if (document.activeElement !== inputEl.current) focusedByPointer.current = true;
        }}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          setDirty(true);
        }}
        style={INPUT_STYLE}
      />
      <span id={errorId} role="alert" className="field-error" style={message ? ERROR_STYLE : undefined}>
        {message}
      </span>
    </span>
  );
}
