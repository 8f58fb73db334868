import { BENEFIT_TYPES } from './model';
import { ZERO, add, subtract, type Dec } from './decimal';

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
    if (!values[t]!.isZero()) target[t] = add(target[t]!, values[t]!);
  }
}

/** Σ of the parts' values in year t, in order, zeros skipped (as addInto adds them). */
function sumAt(parts: readonly (readonly Dec[])[], t: number): Dec {
  let total = ZERO;
  for (const part of parts) {
    const v = part[t]!;
    if (!v.isZero()) total = add(total, v);
  }
  return total;
}

/** A sum per year of several series, with what it was summed from. */
export interface SeriesSum {
  parts: readonly (readonly Dec[])[];
  sum: Dec[];
}

/**
 * Σ parts per year in order. Given the previous sum, a year whose parts hold the very
 * same values keeps its old total (the same arithmetic on the same values), so an edit
 * of one year of one line adds up one year again, not the whole horizon. `keep: false`
 * (a one-off calculation) does not keep the parts.
 */
export function sumParts(years: number, parts: readonly (readonly Dec[])[], old?: SeriesSum, keep = true): SeriesSum {
  if (old && old.parts.length === parts.length && old.sum.length === years) {
    const changed: number[] = [];
    for (let i = 0; i < parts.length; i++) if (parts[i] !== old.parts[i]) changed.push(i);
    if (changed.length === 0) return old;
    const sum = old.sum.slice();
    for (let t = 0; t < years; t++) {
      if (changed.some((i) => parts[i]![t] !== old.parts[i]![t])) sum[t] = sumAt(parts, t);
    }
    return { parts, sum };
  }
  const sum = new Array<Dec>(years);
  for (let t = 0; t < years; t++) sum[t] = sumAt(parts, t);
  // A one-off calculation does not keep the parts: the lines' flows can go.
  return { parts: keep ? parts : [], sum };
}

/**
 * net(s,t) = cashable + capacity − costs + transfersIn − transfersOut (spec §2.3).
 * Budgets see fiscal gains only; economic and social value count in the social return.
 */
export function budgetNet(flows: Flows): Dec[] {
  return flows.costs.map((_, t) => netAt(flows, t));
}

export function netAt(f: Flows, t: number): Dec {
  return subtract(add(subtract(add(f.cashable[t]!, f.capacity[t]!), f.costs[t]!), f.transfersIn[t]!), f.transfersOut[t]!);
}
