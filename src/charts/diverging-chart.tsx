/**
 * "Who pays, who gains" (per sector) and "per level": horizontal diverging bars, costs
 * to the left of zero and gains to the right, stacked by type. Draws what it is given.
 */
import { memo, useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useLang, useMessages } from '../i18n/use-messages';
import { ChartFrame, useChartSize } from './chart-frame';
import { moneyText, thousandsTick } from './chart-format';
import { CategoryTick } from './category-tick';
import { ChartTable } from './chart-table';
import { chartMessages } from './messages';
import { PatternDefs, patternId, patternUrl } from './patterns';
import type { DivergingData, DivergingRow } from './pays-gains-data';
import { SERIES_STYLE, type FlowSeries } from './series-style';

export interface DivergingChartProps {
  data: DivergingData;
  title: string;
  caption: string;
  /** Header of the table's first column ("Sektor" / "Nivå"). */
  rowHeader: string;
  headingLevel?: 2 | 3;
  /** Fixed width in pixels (print); by default the chart follows its container. */
  width?: number;
  tableOpen?: boolean;
}

const AXIS_WIDTH = 220;

export function seriesOf(data: DivergingData): FlowSeries[] {
  return ['costs', ...(data.hasTransfers ? (['transfersOut', 'transfersIn'] as const) : []), ...data.types];
}

/** Memoised: a chart whose props did not change is not drawn again. */
export const DivergingChart = memo(function DivergingChart({ data, title, caption, rowHeader, headingLevel, width, tableOpen }: DivergingChartProps) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  const prefix = useId();
  const series = seriesOf(data);
  const size = useChartSize(width, 70 + data.rows.length * 46);
  const empty = data.rows.every((r) => series.every((k) => r[k] === 0));
  const money = (v: number) => moneyText(v, lang);
  const total = (k: FlowSeries | 'net') => data.rows.reduce((acc, r: DivergingRow) => acc + r[k], 0);

  const chart = empty ? null : (
    <BarChart layout="vertical" data={data.rows} stackOffset="sign" margin={{ top: 8, right: 16, bottom: 24, left: 8 }} {...size}>
      <PatternDefs fills={series.map((k) => ({ id: patternId(prefix, k), ...SERIES_STYLE[k] }))} />
      <CartesianGrid horizontal={false} stroke="#d8d8d8" />
      <XAxis
        type="number"
        tickFormatter={(v: number) => thousandsTick(v, lang)}
        label={{ value: t('thousands'), position: 'insideBottom', offset: -16 }}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={AXIS_WIDTH}
        tick={(props: object) => <CategoryTick {...props} colors={data.rows.map((r) => r.color)} width={AXIS_WIDTH} />}
      />
      <ReferenceLine x={0} stroke="#1a1a1a" />
      <Tooltip formatter={(v) => money(Number(v))} />
      <Legend verticalAlign="top" itemSorter={null} />
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
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      caption={caption}
      emptyText={t('noData')}
      table={
        <ChartTable
          summary={t('showTable')}
          caption={caption}
          rowHeader={rowHeader}
          columns={columns}
          rows={data.rows.map((r) => ({ key: r.key, header: r.name, cells: [...series.map((k) => money(r[k])), money(r.net)] }))}
          footer={{ key: 'total', header: t('total'), cells: [...series.map((k) => money(total(k))), money(total('net'))] }}
          open={tableOpen}
        />
      }
    >
      {chart}
    </ChartFrame>
  );
});
