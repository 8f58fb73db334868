import { useState } from 'react';
import { href } from '../../app/router';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useModelStore } from '../../store/model-store';
import type { LibraryEntry } from '../../store/library';
import { downloadModel } from '../../io/model-file';
import { useMessages } from '../../i18n/use-messages';
import { modelsMessages } from './messages';
import { ModelRow } from './model-row';
import { DeletedNotice } from './deleted-notice';
import './models.css';

/** "My models": every model saved in this browser, side by side. */
export function ModelsScreen() {
  const t = useMessages(modelsMessages);
  const library = useModelStore((s) => s.library);
  const activeId = useModelStore((s) => s.activeId);
  const { openModel, duplicateModel, renameModel, deleteModel } = useModelStore.getState();
  const [confirming, setConfirming] = useState<LibraryEntry | null>(null);
  const [status, setStatus] = useState('');
  const nameOf = (e: LibraryEntry) => e.name || t('untitled');

  return (
    <section aria-labelledby="models-title">
      <h1 id="models-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <p><a href={href('start')}>{t('newModel')}</a></p>
      <DeletedNotice />
      <p role="status" className="visually-hidden">{status}</p>
      <table className="models-table">
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colUpdated')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {library.map((entry) => (
            <ModelRow
              key={entry.id}
              entry={entry}
              active={entry.id === activeId}
              canDelete={library.length > 1}
              onOpen={() => openModel(entry.id)}
              onDuplicate={() => {
                const copy = t('copyOf', { name: nameOf(entry) });
                if (duplicateModel(entry.id, copy)) setStatus(t('duplicated', { name: copy }));
              }}
              onRename={(name) => renameModel(entry.id, name)}
              onDelete={() => setConfirming(entry)}
              onExport={() => downloadModel(entry.model)}
            />
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t('deleteTitle', { name: nameOf(confirming) }) : ''}
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        destructive
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) deleteModel(confirming.id);
          setConfirming(null);
        }}
      >
        <p>{t('deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
