/**
 * The page a council member reads in two minutes: the sentences, the key figures and
 * "who pays, who gains". Also the body of the shared-link preview.
 */
import { useMemo } from 'react';
import { paysGainsData } from '../../charts/pays-gains-data';
import { DivergingChart } from '../../charts/diverging-chart';
import { DEFAULT_LENS } from '../../charts/lens';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatMoney, formatRatio, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages } from './messages';
import { headlineFigures, periodOf, type FigureRow } from './report-data';
import { overviewSentences } from '../../charts/sentences';
import { useReportChartWidth } from './chart-width';

export { REPORT_CHART_WIDTH } from './chart-width';

export function SummarySection({ model, result, headingLevel = 2 }: { model: Model; result: Result; headingLevel?: 2 | 3 }) {
  const t = useMessages(reportMessages);
  const lang = useLang();
  const sentences = useMemo(() => overviewSentences(result, model, lang), [result, model, lang]);
  const data = useMemo(() => paysGainsData(result, model, DEFAULT_LENS), [result, model]);
  const period = periodOf(model);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const chartWidth = useReportChartWidth();
  const label = (row: FigureRow) => {
    if (row.key === 'budgetYearNet') return t('fig.budgetYearNet', { year: formatYear(period.first, lang) });
    if (row.key === 'planNet') return t('fig.planNet', { first: formatYear(period.first, lang), last: formatYear(period.planLast, lang) });
    return t(`fig.${row.key}`);
  };
  const value = (row: FigureRow) => {
    if (row.kind === 'money') return formatMoney(row.value === null ? null : String(row.value), lang);
    if (row.kind === 'ratio') return formatRatio(row.value === null ? null : String(row.value), lang);
    return row.value === null ? t('never') : formatYear(row.value, lang);
  };
  return (
    <section className="report-section report-summary" aria-labelledby="report-summary">
      <Heading id="report-summary">{t('summary.heading')}</Heading>
      {sentences.length > 0 && (
        <div className="report-sentences">
          {sentences.map((s) => <p key={s}>{s}</p>)}
        </div>
      )}
      <dl className="report-figures" aria-label={t('summary.figures')}>
        {headlineFigures(result).map((row) => (
          <div key={row.key} data-figure={row.key}>
            <dt>{label(row)}</dt>
            <dd>{value(row)}</dd>
          </div>
        ))}
      </dl>
      <DivergingChart
        data={data}
        title={t('chart.paysGains')}
        caption={t('chart.paysGainsCaption')}
        rowHeader={t('col.sector')}
        headingLevel={3}
        width={chartWidth}
      />
    </section>
  );
}
