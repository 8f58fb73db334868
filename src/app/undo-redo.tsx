/**
 * Undo and redo of model edits in the header, with the keyboard shortcuts. Two things the
 * plain buttons lacked: a polite status that says what a step changed (and when there is
 * nothing more to undo), and a place for the focus when a button disables itself after the
 * last step: the other button when it can be used, else the screen's main heading.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { modelsMessages } from '../features/models/messages';
import { useUndoShortcuts } from '../features/models/use-undo-shortcuts';
import { useMessages } from '../i18n/use-messages';
import { redo, undo, useHistory } from '../store/history';
import { useModelStore } from '../store/model-store';
import { focusIsLost, focusMainHeading } from './focus';
import { appMessages } from './messages';
import { changedPart } from './model-change';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z';
const REDO_KEYS = isMac ? '⇧⌘Z' : 'Ctrl+Y';

type Step = 'undo' | 'redo';

/** A curved arrow, drawn rather than a font glyph (phones lack some arrows); mirrored for redo. */
function StepIcon({ which }: { which: Step }) {
  return (
    <svg className="tool-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <g transform={which === 'redo' ? 'matrix(-1 0 0 1 24 0)' : undefined} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M9 14 4 9l5-5" />
        <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
      </g>
    </svg>
  );
}

export function UndoRedo() {
  const t = useMessages(modelsMessages);
  const a = useMessages(appMessages);
  const { canUndo, canRedo } = useHistory();
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  /** The button pressed last, until the focus has been looked after. */
  const pressed = useRef<Step | null>(null);
  const [status, setStatus] = useState('');

  const step = useCallback(
    (which: Step) => {
      const before = useModelStore.getState().model;
      if (which === 'undo') undo();
      else redo();
      const after = useModelStore.getState().model;
      const part = changedPart(before, after);
      if (part === null) return;
      const { pastStates, futureStates } = useModelStore.temporal.getState();
      const last = which === 'undo' ? pastStates.length === 0 : futureStates.length === 0;
      const what = a(`part.${part}`);
      const text = [a(which === 'undo' ? 'undone' : 'redone', { what }), last ? a(which === 'undo' ? 'noMoreUndo' : 'noMoreRedo') : ''].filter(Boolean).join(' ');
      // The same words twice would not be read again: a trailing no-break space makes them new.
      setStatus((previous) => (previous === text ? `${text}\u00a0` : text));
    },
    [a],
  );
  const shortcuts = { undo: useCallback(() => step('undo'), [step]), redo: useCallback(() => step('redo'), [step]) };
  useUndoShortcuts(shortcuts);

  // Runs after the buttons are enabled or disabled, before the browser paints.
  useLayoutEffect(() => {
    const which = pressed.current;
    pressed.current = null;
    const active = document.activeElement;
    const [own, other, otherUsable] =
      which === 'redo' || active === redoButton.current ? [redoButton, undoButton, canUndo] : [undoButton, redoButton, canRedo];
    const ownDisabled = own.current?.disabled ?? false;
    const hadFocus = active === own.current || (which !== null && focusIsLost());
    if (!ownDisabled || !hadFocus) return;
    if (otherUsable && other.current) other.current.focus();
    else focusMainHeading();
  }, [canUndo, canRedo]);

  return (
    <>
      <button
        ref={undoButton}
        type="button"
        onClick={() => {
          pressed.current = 'undo';
          step('undo');
        }}
        disabled={!canUndo}
        title={t('undoHint', { keys: UNDO_KEYS })}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <StepIcon which="undo" />
        <span className="tool-label">{t('undo')}</span>
      </button>
      <button
        ref={redoButton}
        type="button"
        onClick={() => {
          pressed.current = 'redo';
          step('redo');
        }}
        disabled={!canRedo}
        title={t('redoHint', { keys: REDO_KEYS })}
        aria-keyshortcuts="Control+Y Control+Shift+Z Meta+Shift+Z"
      >
        <StepIcon which="redo" />
        <span className="tool-label">{t('redo')}</span>
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </>
  );
}
