import { useEffect, useRef } from 'react';
import { useModelStore } from '../../store/model-store';
import { useMessages } from '../../i18n/use-messages';
import { modelsMessages } from './messages';

/** After a delete: says what went and offers to bring it back. */
export function DeletedNotice() {
  const t = useMessages(modelsMessages);
  const deleted = useModelStore((s) => s.recentlyDeleted);
  const { undoDelete, forgetDeleted } = useModelStore.getState();
  const undoButton = useRef<HTMLButtonElement>(null);
  const deletedId = deleted?.entry.id;
  // The deleted row's buttons are gone; focus goes to the way back instead of to <body>.
  useEffect(() => {
    if (deletedId) undoButton.current?.focus();
  }, [deletedId]);
  if (!deleted) return null;
  return (
    <div role="status" className="notice">
      <p>{t('deleted', { name: deleted.entry.name || t('untitled') })}</p>
      <button ref={undoButton} type="button" onClick={undoDelete}>{t('undoDelete')}</button>
      <button type="button" onClick={forgetDeleted}>{t('dismiss')}</button>
    </div>
  );
}
