import { useResult, useResultStatus } from '../../app/use-result';
import { Dec, money, sum } from '../../engine/decimal';
import { formatMoney, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { levelName } from '../../ui/level-names';
import { costsMessages } from './messages';

/**
 * The key cost figures, recalculated as the user types: what the budget holders will
 * ask first (the present value, this year's bill, the whole bill) and whether the
 * purchases must be put out to tender. With a large model the figures come from a worker:
 * until they do, the last ones stay, marked as updating.
 */
export function CostsSummary() {
  const t = useMessages(costsMessages);
  const lang = useLang();
  const result = useResult();
  const { busy } = useResultStatus();
  const first = result.years[0];
  const horizon = money(sum(result.years.map((y) => new Dec(y.costs))));
  const reached = result.procurement.filter((p) => p.reachesThreshold).map((p) => levelName(p.level, lang));
  return (
    <div className="live-summary-wrap">
      <section aria-label={t('summaryLabel')} className="live-summary" aria-busy={busy || undefined}>
        <ul>
          <li>{t('summaryPv', { value: formatMoney(result.totals.pvCosts, lang) })}</li>
          {first && (
            <li>{t('summaryBudgetYear', { year: formatYear(first.year, lang), value: formatMoney(first.costs, lang) })}</li>
          )}
          <li>{t('summaryHorizon', { years: result.years.length, value: formatMoney(horizon, lang) })}</li>
          <li>
            {reached.length > 0 ? t('summaryProcurement', { levels: reached.join(', ') }) : t('summaryProcurementNone')}
          </li>
        </ul>
      </section>
      {/* Outside the summary, whose text changes only when the new figures are in; not a live
          region, so typing is not read out (aria-busy tells assistive technology). */}
      {busy && <p className="updating-note">{t('updating')}</p>}
    </div>
  );
}
