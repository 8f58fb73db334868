/**
 * The scenarios table (pure): the base model and each named variant with the headline
 * figures the engine gives for it. A scenario is computed with the ordinary `calculate`
 * on its own model, so its figures are as exact as the base case's.
 */
import { calculate } from '../../engine/calculate';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { applyScenario, scenarioProblems } from '../../engine/uncertainty/apply-scenario';

export interface ScenarioFigures {
  npvFiscal: string;
  npv: string;
  bcrFiscal: string | null;
  siloGap: string;
}

export type ScenarioRow =
  | { key: string; kind: 'base' | 'scenario'; name: string; description: string; figures: ScenarioFigures }
  /** The overrides do not give a valid model (a line that is gone, a value outside its field's rules). */
  | { key: string; kind: 'invalid'; name: string; description: string; problems: number };

function figures(result: Result): ScenarioFigures {
  const { npvFiscal, npv, bcrFiscal, siloGap } = result.totals;
  return { npvFiscal, npv, bcrFiscal, siloGap };
}

/** Empty when the model has no scenarios: then the report has no scenarios section. */
export function scenarioRows(model: Model, result: Result): ScenarioRow[] {
  const scenarios = model.scenarios ?? [];
  if (scenarios.length === 0) return [];
  const rows: ScenarioRow[] = [{ key: '\u0000base', kind: 'base', name: '', description: '', figures: figures(result) }];
  for (const s of scenarios) {
    const description = s.description?.trim() ?? '';
    const problems = scenarioProblems(model, s).length;
    rows.push(problems > 0
      ? { key: s.id, kind: 'invalid', name: s.name, description, problems }
      : { key: s.id, kind: 'scenario', name: s.name, description, figures: figures(calculate(applyScenario(model, s))) });
  }
  return rows;
}
