import { useEffect } from 'react';

export type HistoryShortcut = 'undo' | 'redo';

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac; either modifier is accepted,
 * since the other one has no meaning for these keys). Alt combinations are left alone.
 */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryShortcut | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

/**
 * True when the key goes to a field that has its own undo: the browser's text undo there must
 * win, or Ctrl+Z in a half-typed number would undo the last committed edit instead.
 */
export function hasOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.getAttribute('type')?.toLowerCase() ?? '');
  return false;
}

/** An open dialog (a delete confirmation) must not have the model change behind it. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

export function useUndoShortcuts(actions: Record<HistoryShortcut, () => void>): void {
  const { undo, redo } = actions;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // A widget that handles the key itself (a grid with its own undo) has said so.
      if (event.defaultPrevented || hasOwnUndo(event.target) || inDialog(event.target)) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'undo') undo();
      else redo();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
