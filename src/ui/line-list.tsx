/**
 * Shared pieces for screens that edit a list of lines (costs, cohorts, gains): fresh ids,
 * year lists, focus on a new line and the row of line actions. Texts come from the calling
 * feature's messages.
 */
import { useCallback, useEffect, useRef } from 'react';

/**
 * The first free id of the form `prefix-1`, `prefix-2`, …: ids are the keys references
 * use (a gain line names its cohort by id), so a new line must never reuse one.
 */
export function uniqueId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Copies `list` with the item at `index` replaced; out-of-range indexes change nothing. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  if (index < 0 || index >= list.length) return [...list];
  return list.map((x, i) => (i === index ? item : x));
}

/**
 * Puts the values edited on screen (one per year of the horizon) into a line's list,
 * keeping any entries beyond the horizon: shortening the horizon must never destroy data
 * (spec §1), so an edit of the visible years leaves the hidden tail alone.
 */
export function mergeYearValues(old: readonly string[], visible: readonly string[], years: number): string[] {
  const head = Array.from({ length: years }, (_, t) => visible[t] ?? old[t] ?? '0');
  return [...head, ...old.slice(years)];
}

/** Sets the value of one year, padding with zeros up to it. */
export function setYearValue(old: readonly string[], year: number, value: string): string[] {
  const out = [...old];
  while (out.length <= year) out.push('0');
  out[year] = value;
  return out;
}

export interface LineActionsProps {
  /** Accessible names, e.g. "Duplicate «Course»": the visible text alone would be ambiguous. */
  duplicateName: string;
  deleteName: string;
  duplicateText: string;
  deleteText: string;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function LineActions(props: LineActionsProps) {
  return (
    <span className="line-actions">
      <button type="button" aria-label={props.duplicateName} onClick={props.onDuplicate}>
        {props.duplicateText}
      </button>{' '}
      <button type="button" aria-label={props.deleteName} onClick={props.onDelete}>
        {props.deleteText}
      </button>
    </span>
  );
}

export interface LineToggleProps {
  open: boolean;
  /** Visible text and accessible name ("Vis" / "Vis «Kurs»") for each state. */
  text: string;
  name: string;
  onToggle: () => void;
}

/** Opens or closes one line of a large model (see line-expansion.ts); texts follow `open`. */
export function LineToggle(props: LineToggleProps) {
  return (
    <button type="button" aria-expanded={props.open} aria-label={props.name} onClick={props.onToggle}>
      {props.text}
    </button>
  );
}

/**
 * Focus for a line that is not drawn yet: `focusLine(id)` before an edit that adds a line
 * puts the cursor in its first field (`[data-line-id=id] input`) once the component has
 * rendered again, so a keyboard user can type the name at once. The calling component
 * must re-render after the edit (it does when it reads the model).
 */
export function useFocusLine(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    const card = [...document.querySelectorAll<HTMLElement>('[data-line-id]')].find((el) => el.dataset.lineId === id);
    const field = card?.querySelector<HTMLInputElement>('input');
    if (field) {
      field.focus();
      pending.current = null;
    }
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
