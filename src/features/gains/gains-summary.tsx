import { useResult } from '../../app/use-result';
import { formatMoney, formatRatio } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { gainsMessages } from './messages';

/** The key gain figures, recalculated as the user types. */
export function GainsSummary() {
  const t = useMessages(gainsMessages);
  const lang = useLang();
  const { totals } = useResult();
  return (
    <section aria-label={t('summaryLabel')} className="live-summary">
      <ul>
        <li>{t('summaryPvGains', { value: formatMoney(totals.pvBenefitsTotal, lang) })}</li>
        <li>{t('summaryPvFiscal', { value: formatMoney(totals.pvFiscal, lang) })}</li>
        <li>{t('summaryNpv', { value: formatMoney(totals.npv, lang) })}</li>
        <li>{t('summarySroi', { value: formatRatio(totals.sroi, lang) })}</li>
      </ul>
    </section>
  );
}
