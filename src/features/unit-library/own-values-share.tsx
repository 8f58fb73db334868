import { useId, useState, type ChangeEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { Translate } from '../../i18n/catalog';
import { useOwnLibrary } from '../../store/own-library';
import { MAX_OWN_VALUES_BYTES, ownValuesFileText, parseOwnValuesFile, type FileProblem, type FileReading } from '../../store/own-library-file';
import { downloadBlob, readText } from '../../io/download';
import { libraryMessages } from './messages';

type LibraryKey = keyof (typeof libraryMessages)['nb'];

export function problemText(p: FileProblem, t: Translate<LibraryKey>): string {
  switch (p.code) {
    case 'badField':
      return t('problem.badField', { entry: p.params.entry, field: t(`problem.field.${p.params.field}`) });
    case 'duplicateId':
      return t('problem.duplicateId', p.params);
    case 'newerVersion':
    case 'unknownVersion':
      return t(`problem.${p.code}`, p.params);
    default:
      return t(`problem.${p.code}`);
  }
}

type Outcome = { kind: 'done'; text: string } | { kind: 'refused'; text: string; problems: string[] };

/** Reads and checks a chosen file; an oversized one is refused before it is read at all. */
async function readFile(file: File): Promise<FileReading> {
  if (file.size > MAX_OWN_VALUES_BYTES) return { ok: false, problems: [{ code: 'tooLarge' }] };
  try {
    return parseOwnValuesFile(await readText(file));
  } catch {
    return { ok: false, problems: [{ code: 'unreadable' }] };
  }
}

/** Export and import of own values: a bad file is refused whole and changes nothing. */
export function OwnValuesShare() {
  const t = useMessages(libraryMessages);
  const id = useId();
  const values = useOwnLibrary((s) => s.values);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function exportFile() {
    downloadBlob(new Blob([ownValuesFileText(values)], { type: 'application/json' }), 'egne-enhetsverdier.json');
  }

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const reading = await readFile(file);
    if (reading.ok) {
      const summary = useOwnLibrary.getState().importValues(reading.values);
      setOutcome({ kind: 'done', text: t('importDone', { file: file.name, ...summary }) });
    } else {
      setOutcome({ kind: 'refused', text: t('importRefused', { file: file.name }), problems: reading.problems.slice(0, 20).map((p) => problemText(p, t)) });
    }
    // The same file chosen again must fire a change event.
    input.value = '';
  }

  return (
    <section className="own-values-share" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('shareTitle')}</h2>
      <p>{t('shareIntro')}</p>
      <p>
        <button type="button" onClick={exportFile} disabled={values.length === 0} aria-describedby={values.length === 0 ? `${id}-none` : undefined}>
          {t('export')}
        </button>
        {values.length === 0 ? <span id={`${id}-none`} className="help"> {t('exportNone')}</span> : null}
      </p>
      <p className="file-field">
        <label htmlFor={`${id}-file`}>{t('import')}</label>{' '}
        <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
      </p>
      <div role="alert" aria-live="assertive">
        {outcome?.kind === 'refused' ? (
          <>
            <p>{outcome.text}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <p role="status">{outcome?.kind === 'done' ? outcome.text : ''}</p>
    </section>
  );
}
