import { useResult } from '../../app/use-result';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { sectorsMessages } from './messages';

/** The key figures, recalculated on every edit, so moving lines between sectors shows its effect at once. */
export function SectorsSummary() {
  const t = useMessages(sectorsMessages);
  const lang = useLang();
  const { totals } = useResult();
  return (
    <section aria-label={t('summaryLabel')} className="live-summary">
      <ul>
        <li>{t('summaryNpvFiscal', { value: formatMoney(totals.npvFiscal, lang) })}</li>
        <li>{t('summaryNpv', { value: formatMoney(totals.npv, lang) })}</li>
        <li>{t('summarySiloGap', { value: formatMoney(totals.siloGap, lang) })}</li>
      </ul>
    </section>
  );
}
