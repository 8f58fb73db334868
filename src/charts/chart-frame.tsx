/**
 * The frame every chart sits in: a heading, optional switches, the drawing, a caption
 * that says what is drawn, and the data table behind it.
 */
import { useId, type ReactNode } from 'react';
import { usePrinting, PRINT_WIDTH } from './use-printing';
import './charts.css';

export interface ChartFrameProps {
  title: string;
  headingLevel?: 2 | 3;
  caption: string;
  controls?: ReactNode;
  /** The chart, or null when there is nothing to draw (then `emptyText` shows). */
  children: ReactNode;
  emptyText: string;
  table: ReactNode;
}

export function ChartFrame({ title, headingLevel = 2, caption, controls, children, emptyText, table }: ChartFrameProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-caption`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {controls}
      <div className="chart-canvas">{children ?? <p>{emptyText}</p>}</div>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {table}
    </figure>
  );
}

/** The width to draw at: the one asked for (the report), the paper's while printing, else none (follow the container). */
export function useFixedWidth(width: number | undefined): number | undefined {
  const printing = usePrinting();
  return width ?? (printing ? PRINT_WIDTH : undefined);
}

/**
 * Size props for a recharts cartesian chart: a fixed width when asked (the report) or
 * when printing, else the chart follows its container's width.
 */
export function useChartSize(width: number | undefined, height: number) {
  const fixed = useFixedWidth(width);
  return fixed !== undefined
    ? ({ width: fixed, height } as const)
    : ({ responsive: true, style: { width: '100%', maxWidth: '100%', height } } as const);
}
