/**
 * Before and after cost sharing: each sector's budget NPV today (textured, lighter) and
 * with the equal-return split (solid), side by side. Draws what it is given.
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
import type { SharingRow } from './sharing-data';

export interface SharingChartProps extends ChartProps {
  rows: SharingRow[];
}

const BEFORE = '#8a8a8a';
const AFTER = '#1d6b34';

/** Memoised: a chart whose props did not change is not drawn again. */
export const SharingChart = memo(function SharingChart({ rows, width, ...figure }: SharingChartProps) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  const prefix = useId();
  const size = useChartSize(width, 70 + rows.length * 56);
  const money = (v: number) => moneyText(v, lang);

  const chart = rows.length === 0 ? null : (
    <BarChart layout="vertical" data={rows} margin={BAR_MARGIN} barGap={2} {...size}>
      <PatternDefs fills={[{ id: patternId(prefix, 'before'), color: BEFORE, texture: 'diagonal' }]} />
      <CategoryAxes colors={rows.map((r) => r.color)} />
      <Bar dataKey="before" name={t('series.before')} fill={patternUrl(patternId(prefix, 'before'))} stroke={BEFORE} isAnimationActive={false} />
      <Bar dataKey="after" name={t('series.after')} fill={AFTER} isAnimationActive={false} />
    </BarChart>
  );

  return (
    <ChartFigure
      {...figure}
      table={{
        rowHeader: t('sector'),
        columns: [
          { key: 'before', label: t('series.before'), numeric: true },
          { key: 'after', label: t('series.after'), numeric: true },
        ],
        rows: rows.map((r) => ({ key: r.id, header: r.name, cells: [money(r.before), money(r.after)] })),
      }}
    >
      {chart}
    </ChartFigure>
  );
});
