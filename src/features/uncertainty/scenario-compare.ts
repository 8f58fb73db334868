/** Headline figures of the base model and of each scenario, side by side (exact, through `calculate`). */
import { calculate } from '../../engine/calculate';
import type { Model, Scenario } from '../../engine/model';
import type { Totals } from '../../engine/result';
import { applyScenario, scenarioProblems } from '../../engine/uncertainty/apply-scenario';

export const COMPARED = ['npvFiscal', 'npv', 'pvCosts', 'bcrFiscal', 'planNet', 'siloGap'] as const satisfies readonly (keyof Totals)[];
export type ComparedFigure = (typeof COMPARED)[number];

export interface ScenarioColumn {
  id: string;
  name: string;
  /** Null when the scenario's model is invalid (an override no longer fits the model). */
  totals: Pick<Totals, ComparedFigure> | null;
}

function pick(totals: Totals): Pick<Totals, ComparedFigure> {
  return Object.fromEntries(COMPARED.map((k) => [k, totals[k]])) as Pick<Totals, ComparedFigure>;
}

export function compareScenarios(model: Model, baseName: string): ScenarioColumn[] {
  const columns: ScenarioColumn[] = [{ id: '', name: baseName, totals: pick(calculate(model).totals) }];
  for (const s of model.scenarios ?? ([] as Scenario[])) {
    const ok = scenarioProblems(model, s).length === 0;
    columns.push({ id: s.id, name: s.name.trim() || s.id, totals: ok ? pick(calculate(applyScenario(model, s)).totals) : null });
  }
  return columns;
}
