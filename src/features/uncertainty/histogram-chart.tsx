/** The simulated fiscal NPV as a histogram, with its table; losses (bins below zero) set apart. */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistogramBin } from '../../engine/uncertainty/simulate';
import { ChartFrame, useChartSize } from '../../charts/chart-frame';
import { ChartTable } from '../../charts/chart-table';
import { moneyText, thousandsTick } from '../../charts/chart-format';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { uncertaintyMessages } from './messages';

const GAIN = '#1f6f43';
const LOSS = '#b2182b';

export const HistogramChart = memo(function HistogramChart({ bins, runs }: { bins: HistogramBin[]; runs: number }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const size = useChartSize(undefined, 260);
  const data = bins.map((b, i) => ({ key: String(i), mid: (b.from + b.to) / 2, count: b.count, loss: b.to <= 0 }));
  const interval = (b: HistogramBin) => `${moneyText(b.from, lang)} – ${moneyText(b.to, lang)}`;
  return (
    <ChartFrame
      title={t('sim.histTitle')}
      headingLevel={3}
      caption={t('sim.histCaption')}
      emptyText={t('sim.notRun')}
      table={
        <ChartTable
          summary={t('showTable')}
          caption={t('sim.histCaption')}
          rowHeader={t('sim.col.interval')}
          columns={[
            { key: 'count', label: t('sim.col.count'), numeric: true },
            { key: 'share', label: t('sim.col.share'), numeric: true },
          ]}
          rows={bins.map((b, i) => ({ key: String(i), header: interval(b), cells: [formatNumber(b.count, lang, 0), formatPercent((b.count / runs).toFixed(6), lang, 1)] }))}
        />
      }
    >
      {data.length === 0 ? null : (
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} barCategoryGap={1} {...size}>
          <CartesianGrid vertical={false} stroke="#d8d8d8" />
          <XAxis dataKey="mid" tickFormatter={(v: number) => thousandsTick(v, lang)} label={{ value: t('thousands'), position: 'insideBottom', offset: -16 }} />
          <YAxis allowDecimals={false} />
          <Tooltip labelFormatter={(v) => moneyText(Number(v), lang)} formatter={(v) => [formatNumber(Number(v), lang, 0), t('sim.col.count')]} />
          <Bar dataKey="count" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.loss ? LOSS : GAIN} />
            ))}
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
});
