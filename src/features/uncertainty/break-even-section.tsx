/**
 * Break-even values in words, computed exactly from the current model: at once for a
 * small model, in the worker with progress for a large one (about 0.4 s on the large
 * model, too long for the page to stand still on every edit).
 */
import { memo, useId, useMemo, useRef } from 'react';
import type { Model } from '../../engine/model';
import type { SensitivityJob, SensitivityResult } from '../../engine/uncertainty/protocol';
import { switchingValues, type Switching } from '../../engine/uncertainty/switching';
import { formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { breakEvenText } from '../../charts/break-even-text';
import { HEAVY_MS, switchingCostMs } from '../../workers/heavy-work';
import { JobProgress } from './job-progress';
import { uncertaintyMessages } from './messages';
import { useStableFor } from './stable-model';
import { useSensitivityJob } from '../../workers/use-worker-job';

type SwitchingJob = Extract<SensitivityJob, { kind: 'switching' }>;
type SwitchingResult = Extract<SensitivityResult, { kind: 'switching' }>;

export const BreakEvenSection = memo(function BreakEvenSection(props: { model: Model }) {
  // A title or a seed typed does not restart the figures.
  const model = useStableFor(props.model, props.model);
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const heavy = switchingCostMs(model) > HEAVY_MS;
  const light = useMemo(() => (heavy ? null : switchingValues(model)), [heavy, model]);
  const job = useMemo((): SwitchingJob | null => (heavy ? { kind: 'switching', model } : null), [heavy, model]);
  const work = useSensitivityJob<SwitchingResult>(job);

  let shown: { model: Model; switching: Switching } | null = null;
  if (light) shown = { model, switching: light };
  else if (work.latest) shown = { model: work.latest.job.model, switching: work.latest.result.switching };
  const stale = !light && shown !== null && work.current.status !== 'done';

  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section break-even">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('breakEven.title')}
      </h2>
      <p>{t('breakEven.intro')}</p>
      {heavy && (
        <JobProgress
          current={work.current}
          stale={stale}
          label={t('breakEven.progress')}
          progressText={(done, total) => t('breakEven.progressText', { done, total })}
          computing={t('breakEven.computing', { count: formatNumber(model.benefits.length, lang, 0) })}
          computeLabel={t('breakEven.compute', { count: formatNumber(model.benefits.length, lang, 0) })}
          onCancel={work.cancel}
          onResume={work.resume}
          focusAfter={heading}
        />
      )}
      {shown && <BreakEvenText model={shown.model} switching={shown.switching} stale={stale} />}
      <p className="note">{t('breakEven.planDefinition')}</p>
    </section>
  );
});

const BreakEvenText = memo(function BreakEvenText({ model, switching, stale }: { model: Model; switching: Switching; stale: boolean }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const text = useMemo(() => breakEvenText(model, switching, lang, t), [model, switching, lang, t]);
  return (
    <div className={stale ? 'stale-figures' : undefined}>
      {text.headline.map((s) => (
        <p key={s} className="break-even-headline">
          {s}
        </p>
      ))}
      {text.lines.length === 0 ? (
        <p>{t('breakEven.none')}</p>
      ) : (
        <ul>
          {text.lines.map((l) => (
            <li key={l.id}>
              {l.text}
              {l.details.length > 0 && <span className="figure-help"> {l.details.join(' ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
