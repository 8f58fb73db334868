/**
 * The uncertainty summary in the credibility part of the report (issue 5: "where the
 * uncertainty features exist, their summary"; issue 6: the chance each budget holder
 * gains, what matters most, the break-even success rate). A small model has its figures
 * in the first render, so a print right after load has them; a large one is computed in
 * workers and shows "calculating" until then, and says so plainly if printed before.
 */
import type { Model } from '../../engine/model';
import { UncertaintySummary } from '../../charts/uncertainty-summary';

export interface UncertaintySummarySlotProps {
  model: Model;
}

export function UncertaintySummarySlot({ model }: UncertaintySummarySlotProps) {
  return <UncertaintySummary model={model} level={3} />;
}
