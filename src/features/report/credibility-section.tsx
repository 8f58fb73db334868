import { useMemo } from 'react';
import { credibilityText } from '../../charts/credibility-text';
import { credibilityFlags, type CredibilityFlag } from '../../engine/credibility';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages } from './messages';
import { UncertaintySummarySlot } from './uncertainty-summary-slot';

/**
 * The engine's flags, unconverted prices first: an old figure presented as a current one
 * (issue 8 §3) is the warning a finance officer most needs to see.
 */
export function reportFlags(model: Model, result: Result): CredibilityFlag[] {
  const flags = credibilityFlags(model, result);
  return [...flags.filter((f) => f.code === 'unconvertedPrice'), ...flags.filter((f) => f.code !== 'unconvertedPrice')];
}

/** The flags in the words the overview uses too (src/charts/credibility-text.ts). */
export function CredibilitySection({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(reportMessages);
  const lang = useLang();
  const flags = useMemo(() => reportFlags(model, result), [model, result]);
  return (
    <section className="report-section" aria-labelledby="report-credibility">
      <h2 id="report-credibility">{t('credibility.heading')}</h2>
      {flags.length === 0 ? (
        <p>{t('credibility.none')}</p>
      ) : (
        <ul className="report-flags">
          {flags.map((f, i) => <li key={i} data-flag={f.code}>{credibilityText(f, model, lang)}</li>)}
        </ul>
      )}
      <UncertaintySummarySlot model={model} />
    </section>
  );
}
