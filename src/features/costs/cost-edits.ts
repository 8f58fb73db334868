/**
 * Pure edits of the cost lines. Each takes a model and returns a new one (never
 * mutating), so the store can keep the old one for undo. Inputs are already checked
 * by the fields (NumberField validates), so these only keep the model's structure.
 */
import type { CostKind, CostLine, DecimalString, Model } from '../../engine/model';
import { mergeYearValues, uniqueId } from '../../ui/line-list';

export const COST_ID_PREFIX = 'cost';

export function nextCostId(model: Model): string {
  return uniqueId(COST_ID_PREFIX, model.costs.map((c) => c.id));
}

export interface NewCostLine {
  /** Wanted id; a taken or missing one is replaced by a fresh one. */
  id?: string;
  label: string;
}

/**
 * A new line pays from the first sector (every valid model has one), is internal (the
 * cautious default: it does not count towards procurement until the user says it is
 * bought) and has a zero for every year of the horizon so the grid shows them all.
 */
export function addCostLine(model: Model, line: NewCostLine): Model {
  const taken = model.costs.some((c) => c.id === line.id);
  const id = line.id && !taken ? line.id : nextCostId(model);
  const sector = model.sectors[0]?.id ?? '';
  const added: CostLine = {
    id,
    label: line.label,
    sector,
    kind: 'internal',
    amounts: Array.from({ length: model.years }, () => '0'),
  };
  return { ...model, costs: [...model.costs, added] };
}

export function deleteCostLine(model: Model, id: string): Model {
  if (!model.costs.some((c) => c.id === id)) return model;
  return { ...model, costs: model.costs.filter((c) => c.id !== id) };
}

/** The copy gets a fresh id and lands right below its original. */
export function duplicateCostLine(model: Model, id: string, label: string, newId?: string): Model {
  const index = model.costs.findIndex((c) => c.id === id);
  if (index < 0) return model;
  const original = model.costs[index]!;
  const freshId = newId && !model.costs.some((c) => c.id === newId) ? newId : nextCostId(model);
  const copy: CostLine = { ...original, id: freshId, label, amounts: [...original.amounts] };
  const costs = [...model.costs.slice(0, index + 1), copy, ...model.costs.slice(index + 1)];
  return { ...model, costs };
}

export type CostLinePatch = Partial<{
  label: string;
  sector: string;
  kind: CostKind;
}>;

export function updateCostLine(model: Model, id: string, patch: CostLinePatch): Model {
  if (patch.sector !== undefined && !model.sectors.some((s) => s.id === patch.sector)) return model;
  let changed = false;
  const costs = model.costs.map((c) => {
    if (c.id !== id) return c;
    changed = true;
    return { ...c, ...patch };
  });
  return changed ? { ...model, costs } : model;
}

/** Sets the amounts of the years on screen; amounts beyond the horizon are kept. */
export function setCostAmounts(model: Model, id: string, visible: readonly DecimalString[]): Model {
  if (!model.costs.some((c) => c.id === id)) return model;
  return {
    ...model,
    costs: model.costs.map((c) => (c.id === id ? { ...c, amounts: mergeYearValues(c.amounts, visible, model.years) } : c)),
  };
}

/** `undefined` removes the line's own optimism bias, so the model default applies again. */
export function setCostOptimismBias(model: Model, id: string, value: DecimalString | undefined): Model {
  let changed = false;
  const costs = model.costs.map((c) => {
    if (c.id !== id) return c;
    changed = true;
    const { optimismBias: _old, ...rest } = c;
    return value === undefined ? rest : { ...rest, optimismBias: value };
  });
  return changed ? { ...model, costs } : model;
}
