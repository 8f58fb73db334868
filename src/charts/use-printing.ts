/**
 * True while the page prints. Charts then switch to a fixed paper width with no
 * animation: a responsive chart inside a print layout comes out blank or shrunken
 * (pitfalls: "Charts and print"). The switch happens inside `beforeprint` with flushSync,
 * so Ctrl+P gets the print-sized charts, not the screen ones.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** About the width of A4 with 15 mm margins, in CSS pixels. */
export const PRINT_WIDTH = 680;

let printing = false;
const listeners = new Set<() => void>();

function set(value: boolean) {
  if (printing === value) return;
  flushSync(() => {
    printing = value;
    for (const l of listeners) l();
  });
}

const onBefore = () => set(true);
const onAfter = () => set(false);

function subscribe(listener: () => void) {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    }
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing, () => false);
}
