/**
 * #/share/<payload>: a read-only preview of a model someone sent as a link, with
 * "save a copy". The payload is checked like any opened file before anything is shown,
 * and nothing is stored until the reader asks for it.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { navigate, useRoute } from '../../app/router';
import { calculate } from '../../engine/calculate';
import { problemMessage } from '../../engine/problems';
import { decodeModel, type SharedModelOutcome } from '../../io/share-link';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { reportMessages } from './messages';
import { SummarySection } from './summary-section';

export function SharePreview() {
  const { param } = useRoute();
  return <SharedModel key={param ?? ''} payload={param ?? ''} />;
}

function SharedModel({ payload }: { payload: string }) {
  const t = useMessages(reportMessages);
  const lang = useLang();
  const [outcome, setOutcome] = useState<SharedModelOutcome | null>(null);
  const addModel = useModelStore((s) => s.addModel);

  useEffect(() => {
    let live = true;
    if (payload) void decodeModel(payload).then((o) => live && setOutcome(o));
    return () => {
      live = false;
    };
  }, [payload]);

  const result = useMemo(() => (outcome?.ok ? calculate(outcome.model) : null), [outcome]);

  if (!payload) return <Shell title={t('share.heading')}><p role="alert">{t('share.missing')}</p></Shell>;
  if (outcome === null) return <Shell title={t('share.heading')}><p role="status">{t('share.loading')}</p></Shell>;
  if (!outcome.ok) {
    return (
      <Shell title={t('share.heading')}>
        {outcome.reason === 'unreadable' ? (
          <p role="alert">{t('share.unreadable')}</p>
        ) : (
          <div role="alert">
            <p>{t('share.invalid')}</p>
            <ul>{outcome.problems.slice(0, 20).map((p, i) => <li key={i}>{problemMessage(p, lang)}</li>)}</ul>
          </div>
        )}
      </Shell>
    );
  }

  const save = () => {
    addModel(outcome.model);
    navigate('overview');
  };
  return (
    <Shell title={outcome.model.title || t('share.heading')}>
      <p className="share-note">{t('share.readOnly')}</p>
      {outcome.model.description && <p>{outcome.model.description}</p>}
      <button type="button" className="share-save" onClick={save}>{t('share.save')}</button>
      {result && <SummarySection model={outcome.model} result={result} />}
    </Shell>
  );
}

function Shell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="share-preview">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
