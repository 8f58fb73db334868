/**
 * The uncertainty summary in the credibility part of the report (issue 5: "where the
 * uncertainty features exist, their summary"; issue 6: the chance each budget holder
 * gains, what matters most, the break-even success rate). A quick model is computed
 * while the report renders, so a print right after load has the figures; a large one
 * shows "calculating" until its chunked run is done.
 */
import type { Model } from '../../engine/model';
import { UncertaintySummary } from '../../charts/uncertainty-summary';

export interface UncertaintySummarySlotProps {
  model: Model;
}

export function UncertaintySummarySlot({ model }: UncertaintySummarySlotProps) {
  return <UncertaintySummary model={model} level={3} immediate />;
}
