import { useMemo } from 'react';
import { credibilityFlags, type CredibilityFlag } from '../../engine/credibility';
import type { Model } from '../../engine/model';
import { unconvertedPrice, type PriceFlag } from '../../engine/price';
import type { Result } from '../../engine/result';
import { formatPercent, formatRatio } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/catalog';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages, type ReportKey } from './messages';
import { UncertaintySummarySlot } from './uncertainty-summary-slot';

export type ReportFlag = CredibilityFlag | PriceFlag;

export function flagText(flag: ReportFlag, t: Translate<ReportKey>, lang: Lang): string {
  switch (flag.code) {
    case 'noAdjustments':
      return t('flag.noAdjustments', { label: flag.params.label });
    case 'noLag':
      return t('flag.noLag', { label: flag.params.label });
    case 'highRatio':
      return t(`flag.highRatio.${flag.params.measure}`, { ratio: formatRatio(flag.params.ratio, lang) });
    case 'mostlySocial':
      return t('flag.mostlySocial', { share: formatPercent(flag.params.share, lang, 0) });
    case 'unconvertedPrice':
      return t('flag.unconvertedPrice', { label: flag.params.label, year: flag.params.priceYear, base: flag.params.priceBaseYear });
  }
}

/**
 * The engine's flags with every unconverted price among them, named first: an old figure
 * must never pass for a current one (issue 8 §3). Price flags the engine already gives
 * are not repeated.
 */
export function reportFlags(model: Model, result: Result): ReportFlag[] {
  const flags: ReportFlag[] = credibilityFlags(model, result);
  const price = flags.filter((f) => f.code === 'unconvertedPrice');
  const seen = new Set(price.map((f) => f.params.benefit));
  const missing = unconvertedPrice(model).filter((f) => !seen.has(f.params.benefit));
  return [...price, ...missing, ...flags.filter((f) => f.code !== 'unconvertedPrice')];
}

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
          {flags.map((f, i) => <li key={i} data-flag={f.code}>{flagText(f, t, lang)}</li>)}
        </ul>
      )}
      <UncertaintySummarySlot model={model} />
    </section>
  );
}
