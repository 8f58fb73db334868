import { useResult, useResultStatus } from '../../app/use-result';
import { formatMoney, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { costsMessages } from './messages';

/**
 * Total costs per year as the engine counts them (optimism bias included), read-only:
 * the grid above holds what the user typed, this row what the calculation uses.
 */
export function CostTotals() {
  const t = useMessages(costsMessages);
  const lang = useLang();
  const { years } = useResult();
  const { busy } = useResultStatus();
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={t('totalsCaption')} aria-busy={busy || undefined}>
      <table className="cost-totals">
        <caption>{t('totalsCaption')}</caption>
        <thead>
          <tr>
            <td />
            {years.map((y) => (
              <th key={y.year} scope="col" className="num">{formatYear(y.year, lang)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('totalRow')}</th>
            {years.map((y) => (
              <td key={y.year} className="num">{formatMoney(y.costs, lang)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
