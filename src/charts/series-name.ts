import { useMessages } from '../i18n/use-messages';
import { chartMessages } from './messages';
import type { SectorSeries } from './year-data';

/** A series' name in the legend and the table: the sector's, or "Other sectors (n)" for the series that holds the rest. */
export function useSeriesName(): (series: SectorSeries) => string {
  const t = useMessages(chartMessages);
  return (s) => (s.others === undefined ? s.name : t('otherSectors', { count: s.others }));
}
