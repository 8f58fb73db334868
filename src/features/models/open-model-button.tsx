import { useId, useRef, useState, type ChangeEvent } from 'react';
import { openModelFile } from '../../io/model-file';
import { problemText, type Problem } from '../../engine/problems';
import { useModelStore } from '../../store/model-store';
import { useLang, useMessages } from '../../i18n/use-messages';
import { modelsMessages } from './messages';

/** Long lists of problems are cut: the first ones are what the user fixes first anyway. */
const SHOWN_PROBLEMS = 30;

type OpenState =
  | { kind: 'idle' }
  | { kind: 'opened'; name: string }
  | { kind: 'failed'; file: string; problems: Problem[] };

/**
 * Opens a model file as a NEW model in the library; the current one stays untouched.
 * A bad file changes nothing: its problems are listed with their paths in an alert.
 */
export function OpenModelButton() {
  const t = useMessages(modelsMessages);
  const lang = useLang();
  const addModel = useModelStore((s) => s.addModel);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [state, setState] = useState<OpenState>({ kind: 'idle' });

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires a change again.
    event.target.value = '';
    if (!file) return;
    const outcome = await openModelFile(file);
    if (outcome.ok) {
      addModel(outcome.model);
      setState({ kind: 'opened', name: outcome.model.title || t('untitled') });
    } else {
      setState({ kind: 'failed', file: file.name, problems: outcome.problems });
    }
  }

  return (
    <>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-model-input"
        onChange={(e) => void onChange(e)}
      />
      <button type="button" title={t('openFileHint')} onClick={() => input.current?.click()}>
        {t('openFile')}
      </button>
      <div className="open-file-result">
        {state.kind === 'opened' && (
          <div role="status" className="notice">
            <p>{t('opened', { name: state.name })}</p>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>{t('dismiss')}</button>
          </div>
        )}
        {state.kind === 'failed' && (
          <div role="alert" className="notice notice-bad">
            <p>{t('openFailed', { file: state.file })} {t('openFailedFix')}</p>
            <ul>
              {state.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={i}>
                  {p.path ? <code>{p.path}</code> : null}
                  {p.path ? ': ' : null}
                  {p.path === '' && p.code === 'invalid' ? t('readFailed') : problemText(p, lang)}
                </li>
              ))}
            </ul>
            {state.problems.length > SHOWN_PROBLEMS && <p>{t('moreProblems', { count: state.problems.length - SHOWN_PROBLEMS })}</p>}
            <button type="button" onClick={() => setState({ kind: 'idle' })}>{t('dismiss')}</button>
          </div>
        )}
      </div>
    </>
  );
}

