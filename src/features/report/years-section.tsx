import { useMemo } from 'react';
import { YearChart } from '../../charts/year-chart';
import { yearData } from '../../charts/year-data';
import type { Lens } from '../../charts/lens';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatNumber, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages } from './messages';
import { ReportTable } from './report-table';
import { yearTables } from './report-data';
import { useReportChartWidth } from './chart-width';

/** Budgets are read in the kroner of each year: fiscal gains, not discounted. */
const BUDGET_LENS: Lens = { value: 'fiscal', money: 'budget' };

export function YearsSection({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(reportMessages);
  const chartWidth = useReportChartWidth();
  const lang = useLang();
  const chart = useMemo(() => yearData(result, model, BUDGET_LENS), [result, model]);
  const tables = useMemo(() => yearTables(result, model), [result, model]);
  const kroner = (v: string) => formatNumber(v, lang, 0);
  return (
    <section className="report-section report-new-page" aria-labelledby="report-years">
      <h2 id="report-years">{t('years.heading')}</h2>
      <YearChart data={chart} title={t('chart.years')} caption={t('chart.yearsCaption')} headingLevel={3} width={chartWidth} />
      {tables.map((table, i) => {
        const head = [t('years.year'), ...table.sectors.map((s) => s.name), ...(table.withTotals ? [t('years.total'), t('years.cumulative')] : [])];
        return (
          <ReportTable
            key={i}
            className="report-years-table"
            caption={t('years.table')}
            head={head}
            numeric={head.map((_, c) => c > 0)}
            rows={table.rows.map((r) => ({
              key: String(r.year),
              cells: [formatYear(r.year, lang), ...r.cells.map(kroner), ...(table.withTotals ? [kroner(r.total), kroner(r.cumulative)] : [])],
            }))}
          />
        );
      })}
    </section>
  );
}
