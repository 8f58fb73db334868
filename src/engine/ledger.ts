import { BENEFIT_TYPES, type BenefitType, type Model, type SectorId } from './model';
import { Dec, ZERO } from './decimal';
import { benefitFlow, costFlow, yearValues, type ProfileCache } from './lines';

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

export function emptyFlows(years: number): Flows {
  const zeros = () => new Array<Dec>(years).fill(ZERO);
  return { costs: zeros(), cashable: zeros(), capacity: zeros(), economic: zeros(), social: zeros(), transfersIn: zeros(), transfersOut: zeros() };
}

function addInto(target: Dec[], values: readonly Dec[]) {
  for (let t = 0; t < target.length; t++) {
    if (!values[t]!.isZero()) target[t] = target[t]!.plus(values[t]!);
  }
}

/** Sums several flows: a level is the sum of its sectors, the total the sum of all. */
export function addFlows(target: Flows, source: Flows) {
  for (const key of FLOW_KEYS) addInto(target[key], source[key]);
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

/** The sector ledger: every line's flow booked to its budget holder, in model order. */
export function sectorLedger(model: Model): Map<SectorId, Flows> {
  const ledger = new Map<SectorId, Flows>();
  for (const s of model.sectors) ledger.set(s.id, emptyFlows(model.years));
  const book = (sector: SectorId, key: keyof Flows, values: readonly Dec[]) => {
    const flows = ledger.get(sector);
    if (flows) addInto(flows[key], values);
  };
  for (const line of model.costs) book(line.sector, 'costs', costFlow(model, line));
  const profiles: ProfileCache = new Map();
  for (const line of model.benefits) book(line.sector, line.type satisfies BenefitType, benefitFlow(model, line, profiles));
  for (const tr of model.transfers) {
    const amounts = yearValues(tr.amounts, model.years);
    book(tr.from, 'transfersOut', amounts);
    book(tr.to, 'transfersIn', amounts);
  }
  return ledger;
}
