/** The credibility flags in words: what a sceptical reader would ask about the case. */
import type { CredibilityFlag } from '../../engine/credibility';
import type { Model } from '../../engine/model';
import { credibilityText } from '../../charts/credibility-text';
import { useLang, useMessages } from '../../i18n/use-messages';
import { overviewMessages } from './messages';

export function CredibilityList({ flags, model, headingId }: { flags: CredibilityFlag[]; model: Model; headingId: string }) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  return (
    <section className="credibility" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('credibility')}</h2>
      {flags.length === 0 ? (
        <p>{t(model.benefits.length === 0 ? 'credibility.noGains' : 'credibility.none')}</p>
      ) : (
        <ul>
          {flags.map((flag, i) => (
            <li key={`${flag.code}-${i}`}>{credibilityText(flag, model, lang)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
