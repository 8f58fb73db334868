import { useResult } from '../app/use-result';
import { defineMessages } from '../i18n/catalog';
import { formatMoney } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { LiveSummary } from './live-summary';

const keyFiguresMessages = defineMessages({
  nb: {
    label: 'Hovedtall nå',
    npvFiscal: 'Netto nåverdi for budsjettene: {value}',
    npv: 'Netto nåverdi, all verdi: {value}',
    siloGap: 'Silogap: {value}',
  },
  en: {
    label: 'Key figures now',
    npvFiscal: 'Net present value for the budgets: {value}',
    npv: 'Net present value, all value: {value}',
    siloGap: 'Silo gap: {value}',
  },
});

/**
 * The three figures that answer "did that help?", recalculated on every edit: screens
 * that change the measure or its sectors show them so each change shows its effect at once.
 */
export function KeyFiguresSummary() {
  const t = useMessages(keyFiguresMessages);
  const lang = useLang();
  const { totals } = useResult();
  return (
    <LiveSummary
      label={t('label')}
      items={[
        t('npvFiscal', { value: formatMoney(totals.npvFiscal, lang) }),
        t('npv', { value: formatMoney(totals.npv, lang) }),
        t('siloGap', { value: formatMoney(totals.siloGap, lang) }),
      ]}
    />
  );
}
