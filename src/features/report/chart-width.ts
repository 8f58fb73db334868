/**
 * The width the report's charts are drawn at. On paper and on a wide screen the report is
 * 180 mm wide and the charts a fixed 680 px, the same on screen as printed. On a narrower
 * screen (a phone) a fixed 680 px chart would be cut off at the paper's edge, so the chart
 * follows its box instead; when printing, the charts switch to the paper's width anyway
 * (src/charts/use-printing.ts).
 */
import { useSyncExternalStore } from 'react';

/** The width charts are drawn at on paper: A4 minus 15 mm margins, in CSS pixels. */
export const REPORT_CHART_WIDTH = 680;

/** Below this the screen's report (210 mm sheet, 15 mm padding, the page's 1 rem margins) is narrower than 680 px. */
export const NARROW_QUERY = 'screen and (max-width: 825px)';

function mediaList(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = mediaList();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const isNarrow = () => mediaList()?.matches ?? false;

/** A fixed width, or undefined for a chart that fits its container (narrow screens). */
export function useReportChartWidth(): number | undefined {
  return useSyncExternalStore(subscribe, isNarrow, () => false) ? undefined : REPORT_CHART_WIDTH;
}
