import { useResult } from '../../app/use-result';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { LiveSummary } from '../../ui/live-summary';
import { measureMessages } from './messages';

/** The key figures, recalculated on every edit: changing the horizon or rate shows its effect at once. */
export function MeasureSummary() {
  const t = useMessages(measureMessages);
  const lang = useLang();
  const { totals } = useResult();
  return (
    <LiveSummary
      label={t('summaryLabel')}
      items={[
        t('summaryNpvFiscal', { value: formatMoney(totals.npvFiscal, lang) }),
        t('summaryNpv', { value: formatMoney(totals.npv, lang) }),
        t('summarySiloGap', { value: formatMoney(totals.siloGap, lang) }),
      ]}
    />
  );
}
