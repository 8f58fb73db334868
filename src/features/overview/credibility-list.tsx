/** The credibility flags in words: what a sceptical reader would ask about the case. */
import type { CredibilityFlag } from '../../engine/credibility';
import type { Model } from '../../engine/model';
import { formatPercent, formatRatio, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { overviewMessages } from './messages';

export function CredibilityList({ flags, model, headingId }: { flags: CredibilityFlag[]; model: Model; headingId: string }) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const text = (flag: CredibilityFlag): string => {
    switch (flag.code) {
      case 'noAdjustments':
        return t('flag.noAdjustments', { label: flag.params.label || flag.params.benefit });
      case 'noLag':
        return t('flag.noLag', { label: flag.params.label || flag.params.benefit, year: formatYear(model.startYear, lang) });
      case 'highRatio':
        return t('flag.highRatio', { measure: t(`measure.${flag.params.measure}`), ratio: formatRatio(flag.params.ratio, lang) });
      case 'mostlySocial':
        return t('flag.mostlySocial', { share: formatPercent(flag.params.share, lang, 0) });
    }
  };
  return (
    <section className="credibility" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('credibility')}</h2>
      {flags.length === 0 ? (
        <p>{t('credibility.none')}</p>
      ) : (
        <ul>
          {flags.map((flag, i) => (
            <li key={`${flag.code}-${i}`}>{text(flag)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
