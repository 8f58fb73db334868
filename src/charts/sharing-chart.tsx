/**
 * Before and after cost sharing: each sector's budget NPV today (textured, lighter) and
 * with the equal-return split (solid), side by side. Draws what it is given.
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
import type { SharingRow } from './sharing-data';

export interface SharingChartProps {
  rows: SharingRow[];
  title: string;
  caption: string;
  headingLevel?: 2 | 3;
  width?: number;
  tableOpen?: boolean;
}

const AXIS_WIDTH = 220;
const BEFORE = '#8a8a8a';
const AFTER = '#1d6b34';

/** Memoised: a chart whose props did not change is not drawn again. */
export const SharingChart = memo(function SharingChart({ rows, title, caption, headingLevel, width, tableOpen }: SharingChartProps) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  const prefix = useId();
  const size = useChartSize(width, 70 + rows.length * 56);
  const money = (v: number) => moneyText(v, lang);

  const chart = rows.length === 0 ? null : (
    <BarChart layout="vertical" data={rows} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} barGap={2} {...size}>
      <PatternDefs fills={[{ id: patternId(prefix, 'before'), color: BEFORE, texture: 'diagonal' }]} />
      <CartesianGrid horizontal={false} stroke="#d8d8d8" />
      <XAxis type="number" tickFormatter={(v: number) => thousandsTick(v, lang)} label={{ value: t('thousands'), position: 'insideBottom', offset: -16 }} />
      <YAxis
        type="category"
        dataKey="name"
        width={AXIS_WIDTH}
        tick={(props: object) => <CategoryTick {...props} colors={rows.map((r) => r.color)} width={AXIS_WIDTH} />}
      />
      <ReferenceLine x={0} stroke="#1a1a1a" />
      <Tooltip formatter={(v) => money(Number(v))} />
      <Legend verticalAlign="top" itemSorter={null} />
      <Bar dataKey="before" name={t('series.before')} fill={patternUrl(patternId(prefix, 'before'))} stroke={BEFORE} isAnimationActive={false} />
      <Bar dataKey="after" name={t('series.after')} fill={AFTER} isAnimationActive={false} />
    </BarChart>
  );

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
          rowHeader={t('sector')}
          columns={[
            { key: 'before', label: t('series.before'), numeric: true },
            { key: 'after', label: t('series.after'), numeric: true },
          ]}
          rows={rows.map((r) => ({ key: r.id, header: r.name, cells: [money(r.before), money(r.after)] }))}
          open={tableOpen}
        />
      }
    >
      {chart}
    </ChartFrame>
  );
});
