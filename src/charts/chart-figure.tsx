/**
 * A chart of the app in its frame, with the data table behind it under the same caption
 * and in the charts' own words ("Vis tabell", "Ingen tall å vise"). The five charts of
 * the overview, the cost sharing screen and the report all sit in one.
 */
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { ChartFrame } from './chart-frame';
import { ChartTable, type ChartTableProps } from './chart-table';
import { chartMessages } from './messages';

/** What every chart takes besides its data. */
export interface ChartProps {
  title: string;
  caption: string;
  headingLevel?: 2 | 3;
  /** Fixed width in pixels (the report); by default the chart follows its container. */
  width?: number;
  /** The data table open from the start (the printed report). */
  tableOpen?: boolean;
}

export interface ChartFigureProps extends Omit<ChartProps, 'width'> {
  controls?: ReactNode;
  /** The figures of the chart, as rows of the data table. */
  table: Pick<ChartTableProps, 'rowHeader' | 'columns' | 'rows' | 'footer'>;
  /** The chart, or null when there is nothing to draw. */
  children: ReactNode;
}

export function ChartFigure({ title, caption, headingLevel, controls, table, tableOpen, children }: ChartFigureProps) {
  const t = useMessages(chartMessages);
  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      caption={caption}
      controls={controls}
      emptyText={t('noData')}
      table={<ChartTable summary={t('showTable')} caption={caption} {...table} open={tableOpen} />}
    >
      {children}
    </ChartFrame>
  );
}
