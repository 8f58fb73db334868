/**
 * The grid, axes, zero line, tooltip and legend the app's recharts charts share, in
 * two orientations. Recharts 3 reads its parts from anywhere in the chart's tree, so
 * they can sit in a component of their own; a chart adds only what is its own (its
 * bars or lines, reference marks, patterns).
 */
import type { ReactNode } from 'react';
import { CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatYear } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { CategoryTick } from './category-tick';
import { moneyText, thousandsTick } from './chart-format';
import { chartMessages } from './messages';

const GRID = '#d8d8d8';
const INK = '#1a1a1a';

/**
 * Years across, thousands of kroner up the side, a line at zero; the tooltip names the
 * year and shows whole kroner. Legend entries keep the series' order. `children` are the
 * chart's own marks (a shaded period, a marked year): recharts paints in tree order, so
 * they come over the grid and under the zero line.
 */
export function YearAxes({ zeroLineWidth, children }: { zeroLineWidth?: number; children?: ReactNode }) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  return (
    <>
      <CartesianGrid vertical={false} stroke={GRID} />
      {children}
      <XAxis dataKey="year" tickFormatter={(v: number) => formatYear(v, lang)} />
      <YAxis tickFormatter={(v: number) => thousandsTick(v, lang)} width={64} label={{ value: t('thousands'), position: 'top', offset: 16 }} />
      <ReferenceLine y={0} stroke={INK} {...(zeroLineWidth === undefined ? {} : { strokeWidth: zeroLineWidth })} />
      <Tooltip formatter={(v) => moneyText(Number(v), lang)} labelFormatter={(v) => formatYear(Number(v), lang)} />
      <Legend itemSorter={null} />
    </>
  );
}

/** Room for a sector or level name (and its colour swatch) in front of each bar. */
export const CATEGORY_AXIS_WIDTH = 220;

/** Margins of a horizontal bar chart: the category axis brings its own room on the left. */
export const BAR_MARGIN = { top: 8, right: 16, bottom: 24, left: 8 } as const;

/**
 * Horizontal bars: thousands of kroner across with a line at zero, one category (a
 * sector or a level) per row with its colour swatch (`colors`, by row; null for none),
 * the legend on top and whole kroner in the tooltip.
 */
export function CategoryAxes({ colors }: { colors: readonly (string | null)[] }) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  return (
    <>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" tickFormatter={(v: number) => thousandsTick(v, lang)} label={{ value: t('thousands'), position: 'insideBottom', offset: -16 }} />
      <YAxis
        type="category"
        dataKey="name"
        width={CATEGORY_AXIS_WIDTH}
        tick={(props: object) => <CategoryTick {...props} colors={colors} width={CATEGORY_AXIS_WIDTH} />}
      />
      <ReferenceLine x={0} stroke={INK} />
      <Tooltip formatter={(v) => moneyText(Number(v), lang)} />
      <Legend verticalAlign="top" itemSorter={null} />
    </>
  );
}
