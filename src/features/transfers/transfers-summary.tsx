import { useResult } from '../../app/use-result';
import { Dec, money, sum } from '../../engine/decimal';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { LiveSummary } from '../../ui/live-summary';
import { transfersMessages } from './messages';

/** The key figures, recalculated on every edit: a transfer should shrink the silo gap, and this shows whether it does. */
export function TransfersSummary() {
  const t = useMessages(transfersMessages);
  const lang = useLang();
  const result = useResult();
  const transferred = money(sum(result.sectors.map((s) => new Dec(s.pvTransfersIn))));
  return (
    <LiveSummary
      label={t('summaryLabel')}
      items={[
        t('summaryNpvFiscal', { value: formatMoney(result.totals.npvFiscal, lang) }),
        t('summarySiloGap', { value: formatMoney(result.totals.siloGap, lang) }),
        t('summaryTransfers', { value: formatMoney(transferred, lang) }),
      ]}
    />
  );
}
