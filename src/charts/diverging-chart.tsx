/**
 * "Who pays, who gains" (per sector) and "per level": horizontal diverging bars, costs
 * to the left of zero and gains to the right, stacked by type. Draws what it is given.
 */
import { memo, useId } from 'react';
import { Bar, BarChart } from 'recharts';
import { useLang, useMessages } from '../i18n/use-messages';
import { BAR_MARGIN, CategoryAxes } from './chart-axes';
import { ChartFigure, type ChartProps } from './chart-figure';
import { useChartSize } from './chart-frame';
import { moneyText } from './chart-format';
import { chartMessages } from './messages';
import { PatternDefs, patternId, patternUrl } from './patterns';
import type { DivergingData, DivergingRow } from './pays-gains-data';
import { SERIES_STYLE, type FlowSeries } from './series-style';

export interface DivergingChartProps extends ChartProps {
  data: DivergingData;
  /** Header of the table's first column ("Sektor" / "Nivå"). */
  rowHeader: string;
}

export function seriesOf(data: DivergingData): FlowSeries[] {
  return ['costs', ...(data.hasTransfers ? (['transfersOut', 'transfersIn'] as const) : []), ...data.types];
}

/** Memoised: a chart whose props did not change is not drawn again. */
export const DivergingChart = memo(function DivergingChart({ data, rowHeader, width, ...figure }: DivergingChartProps) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  const prefix = useId();
  const series = seriesOf(data);
  const size = useChartSize(width, 70 + data.rows.length * 46);
  const empty = data.rows.every((r) => series.every((k) => r[k] === 0));
  const money = (v: number) => moneyText(v, lang);
  const total = (k: FlowSeries | 'net') => data.rows.reduce((acc, r: DivergingRow) => acc + r[k], 0);

  const chart = empty ? null : (
    <BarChart layout="vertical" data={data.rows} stackOffset="sign" margin={BAR_MARGIN} {...size}>
      <PatternDefs fills={series.map((k) => ({ id: patternId(prefix, k), ...SERIES_STYLE[k] }))} />
      <CategoryAxes colors={data.rows.map((r) => r.color)} />
      {series.map((k) => (
        <Bar
          key={k}
          dataKey={k}
          name={t(`series.${k}`)}
          stackId="flows"
          fill={patternUrl(patternId(prefix, k))}
          stroke={SERIES_STYLE[k].color}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );

  const columns = [...series.map((k) => ({ key: k, label: t(`series.${k}`), numeric: true })), { key: 'net', label: t('series.net'), numeric: true }];
  return (
    <ChartFigure
      {...figure}
      table={{
        rowHeader,
        columns,
        rows: data.rows.map((r) => ({ key: r.key, header: r.name, cells: [...series.map((k) => money(r[k])), money(r.net)] })),
        footer: { key: 'total', header: t('total'), cells: [...series.map((k) => money(total(k))), money(total('net'))] },
      }}
    >
      {chart}
    </ChartFigure>
  );
});
