import { useId, useMemo } from 'react';
import { gainProfile } from '../../engine/calculate';
import { Dec, money, sum } from '../../engine/decimal';
import type { Model } from '../../engine/model';
import { formatMoney, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { Sparkline } from '../../ui/sparkline';
import { gainsMessages } from './messages';

/**
 * What a gain line produces, year by year, after lag, drop-off and every adjustment:
 * a sparkline for the shape and the figures in whole kroner, so the user sees at once
 * what changing the lag or the drop-off did.
 */
export function GainProfile({ model, lineId, label }: { model: Model; lineId: string; label: string }) {
  const t = useMessages(gainsMessages);
  const lang = useLang();
  const captionId = useId();
  const values = useMemo(() => gainProfile(model, lineId), [model, lineId]);
  const years = values.map((_, i) => formatYear(model.startYear + i, lang));
  const shown = values.map((v) => formatMoney(v, lang));
  const total = formatMoney(money(sum(values.map((v) => new Dec(v)))), lang);
  const name = t('profileLabel', { label, from: years[0] ?? '', to: years[years.length - 1] ?? '' });
  return (
    <figure className="gain-profile" aria-labelledby={captionId}>
      <figcaption id={captionId}>{t('profileTitle')}</figcaption>
      <Sparkline values={values} label={name} width={220} height={44} />
      {/* Years down the page: the profile sits in a narrow column beside the fields. */}
      <div className="profile-scroll" tabIndex={0} role="group" aria-label={name}>
        <table className="profile-table">
          <thead>
            <tr>
              <th scope="col">{t('profileYear')}</th>
              <th scope="col" className="num">{t('profileGain')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v, i) => (
              <tr key={i}>
                <th scope="row">{years[i]}</th>
                <td className="num">{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="profile-total">{t('profileTotal', { value: total })}</p>
    </figure>
  );
}
