/**
 * #/overview: who pays, who gains, when each budget is in surplus, and what to check.
 * Sentences first (the council member's version), then the figures, the flags and
 * the charts, all from one result of the current model.
 */
import { useId, useMemo, useState } from 'react';
import { LensControls } from '../../charts/lens-controls';
import { DEFAULT_LENS, type Lens } from '../../charts/lens';
import { credibilityFlags } from '../../engine/credibility';
import { useLang, useMessages } from '../../i18n/use-messages';
import { CredibilityList } from './credibility-list';
import { headlineFigures } from './headline-data';
import { HeadlineFigures } from './headline-figures';
import { overviewMessages } from './messages';
import { OverviewCharts } from './overview-charts';
import { overviewSentences } from '../../charts/sentences';
import { useDeferredResult } from '../../ui/use-deferred-result';
import { UncertaintySummary } from '../../charts/uncertainty-summary';
import './overview.css';

export function OverviewScreen() {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const id = useId();
  const { model, result, pending } = useDeferredResult();
  const [lens, setLens] = useState<Lens>(DEFAULT_LENS);
  const sentences = useMemo(() => overviewSentences(result, model, lang), [result, model, lang]);
  const figures = useMemo(() => headlineFigures(result, model, lang), [result, model, lang]);
  const flags = useMemo(() => credibilityFlags(model, result), [model, result]);

  return (
    <div className="overview" aria-busy={pending}>
      <h1>
        {t('heading')}: {model.title.trim() || t('untitled')}
      </h1>
      <p role="status" className={pending ? 'updating' : 'visually-hidden'}>
        {pending ? t('updating') : ''}
      </p>
      <section aria-labelledby={`${id}-summary`} className="overview-sentences">
        <h2 id={`${id}-summary`} className="visually-hidden">
          {t('summary')}
        </h2>
        {sentences.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </section>
      <section aria-labelledby={`${id}-figures`}>
        <h2 id={`${id}-figures`}>{t('figures')}</h2>
        <HeadlineFigures figures={figures} label={t('figures')} />
      </section>
      <UncertaintySummary model={model} result={result} />
      <CredibilityList flags={flags} model={model} headingId={`${id}-flags`} />
      <section aria-labelledby={`${id}-charts`}>
        <h2 id={`${id}-charts`}>{t('charts')}</h2>
        <LensControls lens={lens} onChange={setLens} />
        <OverviewCharts result={result} model={model} lens={lens} />
      </section>
    </div>
  );
}
