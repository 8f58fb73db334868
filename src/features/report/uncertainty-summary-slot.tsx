/**
 * Where the uncertainty summary will go in the credibility part of the report (issue 5:
 * "where the uncertainty features exist, their summary"): the probability that the NPV is
 * above zero and P10/P50/P90. The engine offers these only from a simulation run, and
 * running 10 000 simulations while the report renders would freeze the page, so the slot
 * stays empty until a stored (or quick, worker-made) result can be handed to it.
 */
import type { Model } from '../../engine/model';

export interface UncertaintySummarySlotProps {
  model: Model;
}

export function UncertaintySummarySlot(_props: UncertaintySummarySlotProps): null {
  return null;
}
