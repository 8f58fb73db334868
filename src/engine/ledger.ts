import { BENEFIT_TYPES } from './model';
import type { Dec } from './decimal';

/** One budget holder's (or a group's) flows per year, exact. */
export interface Flows {
  costs: Dec[];
  cashable: Dec[];
  capacity: Dec[];
  economic: Dec[];
  social: Dec[];
  transfersIn: Dec[];
  transfersOut: Dec[];
}

export const FLOW_KEYS = ['costs', ...BENEFIT_TYPES, 'transfersIn', 'transfersOut'] as const satisfies readonly (keyof Flows)[];

export function addInto(target: Dec[], values: readonly Dec[]) {
  for (let t = 0; t < target.length; t++) {
    if (!values[t]!.isZero()) target[t] = target[t]!.plus(values[t]!);
  }
}

/**
 * net(s,t) = cashable + capacity − costs + transfersIn − transfersOut (spec §2.3).
 * Budgets see fiscal gains only; economic and social value count in the social return.
 */
export function budgetNet(flows: Flows): Dec[] {
  return flows.costs.map((c, t) =>
    flows.cashable[t]!.plus(flows.capacity[t]!).minus(c).plus(flows.transfersIn[t]!).minus(flows.transfersOut[t]!),
  );
}
