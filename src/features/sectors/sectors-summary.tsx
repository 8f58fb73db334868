import { useResult } from '../../app/use-result';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { LiveSummary } from '../../ui/live-summary';
import { sectorsMessages } from './messages';

/** The key figures, recalculated on every edit, so moving lines between sectors shows its effect at once. */
export function SectorsSummary() {
  const t = useMessages(sectorsMessages);
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
