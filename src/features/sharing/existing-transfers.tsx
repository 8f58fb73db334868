/** How much of the silo gap the transfers already in the model close. */
import { useMemo } from 'react';
import { Dec } from '../../engine/decimal';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatMoney, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { sharingMessages } from './messages';
import { transferEffect } from './transfer-effect';

export function ExistingTransfers({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(sharingMessages);
  const lang = useLang();
  const effect = useMemo(() => transferEffect(model, result), [model, result]);
  const money = (v: string) => formatMoney(v, lang);
  let text: string;
  if (model.transfers.length === 0) text = t('existing.none', { gap: money(effect.gapWith) });
  else if (effect.shareClosed === null) text = t('existing.noGap', { remaining: money(effect.gapWith) });
  else if (new Dec(effect.closed).isNegative()) text = t('existing.worse', { without: money(effect.gapWithout), remaining: money(effect.gapWith) });
  else
    text = t('existing.closed', {
      closed: money(effect.closed),
      without: money(effect.gapWithout),
      share: formatPercent(effect.shareClosed, lang, 0),
      remaining: money(effect.gapWith),
    });
  return <p>{text}</p>;
}
