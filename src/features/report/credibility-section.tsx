import { useMemo } from 'react';
import { credibilityFlags, type CredibilityFlag } from '../../engine/credibility';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatPercent, formatRatio } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/catalog';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages, type ReportKey } from './messages';

export function flagText(flag: CredibilityFlag, t: Translate<ReportKey>, lang: Lang): string {
  switch (flag.code) {
    case 'noAdjustments':
      return t('flag.noAdjustments', { label: flag.params.label });
    case 'noLag':
      return t('flag.noLag', { label: flag.params.label });
    case 'highRatio':
      return t(`flag.highRatio.${flag.params.measure}`, { ratio: formatRatio(flag.params.ratio, lang) });
    case 'mostlySocial':
      return t('flag.mostlySocial', { share: formatPercent(flag.params.share, lang, 0) });
  }
}

export function CredibilitySection({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(reportMessages);
  const lang = useLang();
  const flags = useMemo(() => credibilityFlags(model, result), [model, result]);
  return (
    <section className="report-section" aria-labelledby="report-credibility">
      <h2 id="report-credibility">{t('credibility.heading')}</h2>
      {flags.length === 0 ? (
        <p>{t('credibility.none')}</p>
      ) : (
        <ul className="report-flags">
          {flags.map((f, i) => <li key={i}>{flagText(f, t, lang)}</li>)}
        </ul>
      )}
    </section>
  );
}
