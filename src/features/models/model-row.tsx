import { useId, useState, type FormEvent } from 'react';
import type { LibraryEntry } from '../../store/library';
import { useLang, useMessages } from '../../i18n/use-messages';
import { modelsMessages } from './messages';

export interface ModelRowProps {
  entry: LibraryEntry;
  active: boolean;
  canDelete: boolean;
  onOpen: () => void;
  onDuplicate: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
  onExport: () => void;
}

const LOCALES = { nb: 'nb-NO', en: 'en-GB' } as const;

export function ModelRow({ entry, active, canDelete, onOpen, onDuplicate, onRename, onDelete, onExport }: ModelRowProps) {
  const t = useMessages(modelsMessages);
  const lang = useLang();
  const [renaming, setRenaming] = useState(false);
  const name = entry.name || t('untitled');
  const lastNote = useId();
  const updated = new Date(entry.updatedAt);
  const when = Number.isNaN(updated.getTime())
    ? '–'
    : new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(updated);

  return (
    <tr aria-current={active ? 'true' : undefined}>
      <th scope="row">
        {renaming ? (
          <RenameForm current={entry.name} label={t('renameLabel', { name })} onDone={(next) => {
            if (next !== null) onRename(next);
            setRenaming(false);
          }} />
        ) : (
          <>
            {name}
            {active && <> <em>({t('activeNow')})</em></>}
          </>
        )}
      </th>
      <td><time dateTime={entry.updatedAt}>{when}</time></td>
      <td className="actions">
        {!active && <button type="button" onClick={onOpen} aria-label={t('openNamed', { name })}>{t('open')}</button>}
        <button type="button" onClick={onDuplicate} aria-label={t('duplicateNamed', { name })}>{t('duplicate')}</button>
        {!renaming && <button type="button" onClick={() => setRenaming(true)} aria-label={t('renameNamed', { name })}>{t('rename')}</button>}
        <button type="button" onClick={onExport} aria-label={t('exportNamed', { name })}>{t('export')}</button>
        <button
          type="button"
          onClick={onDelete}
          disabled={!canDelete}
          aria-label={t('deleteNamed', { name })}
          aria-describedby={canDelete ? undefined : lastNote}
        >
          {t('delete')}
        </button>
        {!canDelete && <span id={lastNote} className="visually-hidden">{t('lastModel')}</span>}
      </td>
    </tr>
  );
}

/** Inline rename: Enter saves, Escape or Cancel keeps the old name. */
function RenameForm({ current, label, onDone }: { current: string; label: string; onDone: (name: string | null) => void }) {
  const t = useMessages(modelsMessages);
  const [value, setValue] = useState(current);
  const [error, setError] = useState(false);
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const name = value.trim();
    if (name === '') return setError(true);
    onDone(name);
  }

  return (
    <form className="rename-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone(null)}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        value={value}
        autoFocus
        aria-invalid={error || undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(false);
        }}
      />
      <button type="submit">{t('renameSave')}</button>
      <button type="button" onClick={() => onDone(null)}>{t('cancel')}</button>
      {error && <span id={errorId} role="alert" className="field-error">{t('emptyName')}</span>}
    </form>
  );
}
