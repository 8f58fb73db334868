/**
 * "Cumulative by sector": one line per sector; where a line crosses zero for good, that
 * sector is in surplus, and a marked point shows the year. Lines differ by colour, dash
 * pattern and marker, so they stay apart in greyscale.
 */
import { memo } from 'react';
import { Line, LineChart, ReferenceDot } from 'recharts';
import { formatYear } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { YearAxes } from './chart-axes';
import { ChartFigure, type ChartProps } from './chart-figure';
import { useChartSize } from './chart-frame';
import { moneyText } from './chart-format';
import { chartMessages } from './messages';
import type { CumulativeData } from './year-data';
import { useSeriesName } from './series-name';

export interface CumulativeChartProps extends ChartProps {
  data: CumulativeData;
}

const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 4', '2 6', '6 2 2 2'];

/** Memoised: a chart whose props did not change is not drawn again. */
export const CumulativeChart = memo(function CumulativeChart({ data, width, ...figure }: CumulativeChartProps) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  const seriesName = useSeriesName();
  const size = useChartSize(width, 360);
  const money = (v: number) => moneyText(v, lang);
  const breakEven = (year: number | null) => (year === null ? t('never') : formatYear(year, lang));

  const chart = data.sectors.length === 0 ? null : (
    <LineChart data={data.rows} margin={{ top: 36, right: 24, bottom: 24, left: 40 }} {...size}>
      <YearAxes zeroLineWidth={1.5} />
      {data.sectors.map((s, i) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={seriesName(s)}
          stroke={s.color}
          strokeWidth={2.5}
          strokeDasharray={DASHES[i % DASHES.length]}
          dot={{ r: 3, fill: s.color }}
          type="linear"
          isAnimationActive={false}
        />
      ))}
      {data.sectors.map((s) =>
        s.breakEvenYear === null ? null : (
          <ReferenceDot
            key={`be-${s.key}`}
            x={s.breakEvenYear}
            y={data.rows.find((r) => r.year === s.breakEvenYear)?.[s.key] ?? 0}
            r={6}
            fill="#ffffff"
            stroke={s.color}
            strokeWidth={2.5}
          />
        ),
      )}
    </LineChart>
  );

  return (
    <ChartFigure
      {...figure}
      table={{
        rowHeader: t('year'),
        columns: data.sectors.map((s) => ({ key: s.key, label: seriesName(s), numeric: true })),
        rows: data.rows.map((row) => ({ key: String(row.year), header: formatYear(row.year, lang), cells: data.sectors.map((s) => money(row[s.key] ?? 0)) })),
        footer: { key: 'breakEven', header: t('breakEven'), cells: data.sectors.map((s) => breakEven(s.breakEvenYear)) },
      }}
    >
      {chart}
    </ChartFigure>
  );
});
