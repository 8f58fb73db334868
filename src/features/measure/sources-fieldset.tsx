/**
 * The sources the user gives for the model as a whole: one line each, listed under
 * "Sources" in the printed report. Each line is edited in place (a blank line is refused,
 * deleting is its own button) and a new one is typed into the field below the list.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { TextField } from '../../ui/field';
import { Help } from './measure-fields';
import { addSource, removeSource, setSource } from './measure-edits';
import { measureMessages } from './messages';

export function SourcesFieldset() {
  const t = useMessages(measureMessages);
  const sources = useModelStore((s) => s.model.sources) ?? [];
  const update = useModelStore((s) => s.update);
  const uid = useId();
  const newRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState(false);
  // Said once after an add or delete, so a screen-reader user hears that the list changed.
  const [status, setStatus] = useState('');

  function add(e: FormEvent) {
    e.preventDefault();
    if (draft.trim() === '') {
      setProblem(true);
      return;
    }
    update((m) => addSource(m, draft));
    setStatus(t('sourceAdded', { source: draft.trim() }));
    setDraft('');
    setProblem(false);
  }

  function remove(index: number) {
    const removed = sources[index] ?? '';
    update((m) => removeSource(m, index));
    setStatus(t('sourceRemoved', { source: removed }));
    // The button is gone with its line; the field for a new source is a stable place to land.
    newRef.current?.focus();
  }

  return (
    <div className="measure-sources">
      <Help id={`${uid}-help`} text={t('sourcesHelp')} />
      {sources.length === 0 ? (
        <p>{t('sourcesEmpty')}</p>
      ) : (
        <ol>
          {sources.map((source, i) => (
            // Index keys: the text is what changes, and each field follows its value from outside.
            <li key={i} className="measure-source">
              <TextField
                label={t('sourceLabel', { n: i + 1 })}
                value={source}
                required
                describedBy={`${uid}-help`}
                onCommit={(v) => update((m) => setSource(m, i, v))}
              />
              <button type="button" aria-label={t('sourceDeleteName', { n: i + 1 })} onClick={() => remove(i)}>
                {t('sourceDelete')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="measure-field" onSubmit={add} noValidate>
        <label htmlFor={`${uid}-new`}>{t('sourceNewLabel')}</label>
        <input
          id={`${uid}-new`}
          ref={newRef}
          type="text"
          value={draft}
          aria-invalid={problem || undefined}
          aria-describedby={[problem ? `${uid}-error` : null, `${uid}-new-help`].filter(Boolean).join(' ')}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            if (problem) setProblem(false);
          }}
        />
        <span id={`${uid}-error`} role="alert" className="field-error">
          {problem ? t('sourceEmptyError') : ''}
        </span>
        <Help id={`${uid}-new-help`} text={t('sourceNewHelp')} />
        <button type="submit">{t('sourceAdd')}</button>
      </form>
      <p role="status" className="visually-hidden">{status}</p>
    </div>
  );
}
