import { useResult } from '../../app/use-result';
import { formatMoney, formatRatio } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { LiveSummary } from '../../ui/live-summary';
import { gainsMessages } from './messages';

/** The key gain figures, recalculated as the user types. */
export function GainsSummary() {
  const t = useMessages(gainsMessages);
  const lang = useLang();
  const { totals } = useResult();
  return (
    <LiveSummary
      label={t('summaryLabel')}
      items={[
        t('summaryPvGains', { value: formatMoney(totals.pvBenefitsTotal, lang) }),
        t('summaryPvFiscal', { value: formatMoney(totals.pvFiscal, lang) }),
        t('summaryNpv', { value: formatMoney(totals.npv, lang) }),
        t('summarySroi', { value: formatRatio(totals.sroi, lang) }),
      ]}
    />
  );
}
