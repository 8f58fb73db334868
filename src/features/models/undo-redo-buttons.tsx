import { useHistory } from '../../store/history';
import { useMessages } from '../../i18n/use-messages';
import { modelsMessages } from './messages';
import { useUndoShortcuts } from './use-undo-shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z';
const REDO_KEYS = isMac ? '⇧⌘Z' : 'Ctrl+Y';

/** Undo and redo of model edits, with the keyboard shortcuts bound while they are shown. */
export function UndoRedoButtons() {
  const t = useMessages(modelsMessages);
  const { canUndo, canRedo, undo, redo } = useHistory();
  useUndoShortcuts({ undo, redo });
  return (
    <>
      <button type="button" onClick={undo} disabled={!canUndo} title={t('undoHint', { keys: UNDO_KEYS })} aria-keyshortcuts="Control+Z Meta+Z">
        {t('undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title={t('redoHint', { keys: REDO_KEYS })} aria-keyshortcuts="Control+Y Control+Shift+Z Meta+Shift+Z">
        {t('redo')}
      </button>
    </>
  );
}
