/**
 * "Year by year": each sector's net per year as diverging stacked bars (sector colours
 * with textures), the cumulative net of all sectors as a line, and the annual budget and
 * the økonomiplan marked on the axis. Draws what it is given.
 */
import { memo, useId } from 'react';
import { Bar, ComposedChart, Line, ReferenceArea, ReferenceLine } from 'recharts';
import { formatYear } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { YearAxes } from './chart-axes';
import { ChartFigure, type ChartProps } from './chart-figure';
import { useChartSize } from './chart-frame';
import { moneyText } from './chart-format';
import { chartMessages } from './messages';
import { PatternDefs, patternId, patternUrl, textureFor } from './patterns';
import type { YearData } from './year-data';
import { useSeriesName } from './series-name';

export interface YearChartProps extends ChartProps {
  data: YearData;
}

/** Memoised: a chart whose props did not change is not drawn again. */
export const YearChart = memo(function YearChart({ data, title, caption, headingLevel, width, tableOpen }: YearChartProps) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  const seriesName = useSeriesName();
  const prefix = useId();
  const size = useChartSize(width, 380);
  const money = (v: number) => moneyText(v, lang);
  const planNote = t('years.planNote', {
    budgetYear: formatYear(data.budgetYear, lang),
    planFirst: formatYear(data.planFirst, lang),
    planLast: formatYear(data.planLast, lang),
  });
  // The table marks the same years as the axis, in words.
  const yearHeader = (year: number) => {
    const mark = year === data.budgetYear ? t('budgetYear') : year <= data.planLast ? t('plan') : null;
    return mark ? `${formatYear(year, lang)} (${mark.toLocaleLowerCase(lang)})` : formatYear(year, lang);
  };

  const chart = data.sectors.length === 0 ? null : (
    <ComposedChart data={data.rows} stackOffset="sign" margin={{ top: 40, right: 16, bottom: 24, left: 40 }} {...size}>
      <PatternDefs fills={data.sectors.map((s, i) => ({ id: patternId(prefix, s.key), color: s.color, texture: textureFor(i) }))} />
      <YearAxes>
        {/* The plan period is shaded and named; the budget year gets its own line. */}
        <ReferenceArea x1={data.planFirst} x2={data.planLast} fill="#e8eef6" fillOpacity={0.8} label={{ value: t('plan'), position: 'insideTop' }} />
        <ReferenceLine x={data.budgetYear} stroke="#1a1a1a" strokeDasharray="4 3" label={{ value: t('budgetYear'), position: 'top' }} />
      </YearAxes>
      {data.sectors.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={seriesName(s)} stackId="net" fill={patternUrl(patternId(prefix, s.key))} stroke={s.color} isAnimationActive={false} />
      ))}
      <Line dataKey="cumulative" name={t('series.cumulative')} stroke="#1a1a1a" strokeWidth={2.5} dot={{ r: 3, fill: '#1a1a1a' }} type="linear" isAnimationActive={false} />
    </ComposedChart>
  );

  return (
    <ChartFigure
      title={title}
      headingLevel={headingLevel}
      caption={`${caption} ${planNote}`}
      tableOpen={tableOpen}
      table={{
        rowHeader: t('year'),
        columns: [
          ...data.sectors.map((s) => ({ key: s.key, label: seriesName(s), numeric: true })),
          { key: 'total', label: t('series.net'), numeric: true },
          { key: 'cumulative', label: t('series.cumulative'), numeric: true },
        ],
        rows: data.rows.map((row) => ({
          key: String(row.year),
          header: yearHeader(row.year),
          cells: [...data.sectors.map((s) => money(row[s.key] ?? 0)), money(row.total), money(row.cumulative)],
        })),
      }}
    >
      {chart}
    </ChartFigure>
  );
});
