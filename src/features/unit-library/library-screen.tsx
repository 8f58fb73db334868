/**
 * #/library: the unit-value library (issue 8). Published values with their sources and the
 * user's own values in one searchable table; own values can be added, edited, deleted and
 * shared as a file. Using a value on a gain line happens from the line (src/ui/unit-value-picker).
 */
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useOwnLibrary, useOwnLibraryNotice } from '../../store/own-library';
import type { OwnValue } from '../../store/own-library-file';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { UnitValueBrowser } from '../../ui/unit-value-browser';
import { BUILTIN_ENTRIES, NO_FILTER, ownEntries, type EntryFilter, type UnitLibraryEntry } from '../../ui/unit-value-entries';
import { libraryMessages } from './messages';
import { OwnValueFormView } from './own-value-form';
import { OwnValuesShare } from './own-values-share';
import './library.css';

function StorageNotice() {
  const t = useMessages(libraryMessages);
  const { notice, aside } = useOwnLibraryNotice();
  if (!notice) return null;
  return (
    <div role="alert" className="notice">
      <p>{t(`notice.${notice}`, { key: aside ?? '' })}</p>
      <button type="button" onClick={() => useOwnLibraryNotice.setState({ notice: null })}>{t('dismiss')}</button>
    </div>
  );
}

export function LibraryScreen() {
  const t = useMessages(libraryMessages);
  const id = useId();
  const own = useOwnLibrary((s) => s.values);
  const [filter, setFilter] = useState<EntryFilter>(NO_FILTER);
  const [editing, setEditing] = useState<OwnValue | null>(null);
  const [deleting, setDeleting] = useState<OwnValue | null>(null);
  const [announce, setAnnounce] = useState('');
  const entries: UnitLibraryEntry[] = [...ownEntries(own), ...BUILTIN_ENTRIES];

  const actions = (entry: UnitLibraryEntry) => {
    const value = entry.origin === 'own' ? own.find((v) => v.id === entry.id) : undefined;
    if (!value) return null;
    return (
      <>
        <button type="button" aria-label={t('editName', { label: value.label })} onClick={() => setEditing(value)}>{t('edit')}</button>{' '}
        <button type="button" aria-label={t('deleteName', { label: value.label })} onClick={() => setDeleting(value)}>{t('delete')}</button>
      </>
    );
  };

  function confirmDelete() {
    if (!deleting) return;
    useOwnLibrary.getState().remove(deleting.id);
    if (editing?.id === deleting.id) setEditing(null);
    setAnnounce(t('deleted', { label: deleting.label }));
    setDeleting(null);
  }

  return (
    <div className="library-screen">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <StorageNotice />
      <UnitValueBrowser entries={entries} filter={filter} onFilterChange={setFilter} caption={t('tableCaption')} actions={actions} />
      <p role="status" className="visually-hidden">{announce}</p>
      <section aria-labelledby={`${id}-own`}>
        <h2 id={`${id}-own`}>{t('ownTitle')}</h2>
        <p>{t('ownIntro')}</p>
        <OwnValueFormView
          // A new key per edited value starts the form afresh from that value.
          key={editing?.id ?? 'new'}
          editing={editing ?? undefined}
          onDone={(message) => {
            setAnnounce(message);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      </section>
      <OwnValuesShare />
      <ConfirmDialog
        open={deleting !== null}
        title={t('deleteTitle', { label: deleting?.label ?? '' })}
        confirmLabel={t('deleteConfirm')}
        cancelLabel={t('cancel')}
        destructive
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('deleteBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
