/** What a scenario can change: every uncertain input, and each cohort's size as a factor. */
import type { Model, ScenarioOverride } from '../../engine/model';
import { inputOverride, type UncertainInput } from '../../engine/uncertainty/inputs';
import type { Translate } from '../../i18n/catalog';
import { inputLabel } from '../../charts/input-labels';
import type { UncertaintyKey } from './messages';
import { sameTarget } from './scenario-edits';

export interface ScenarioTarget {
  key: string;
  label: string;
  /** The override at the model's own value: where a new change starts. */
  start: ScenarioOverride;
}

export function scenarioTargets(model: Model, inputs: readonly UncertainInput[], t: Translate<UncertaintyKey>): ScenarioTarget[] {
  const fromInputs = inputs.map((i) => ({ key: i.key, label: inputLabel(model, i.ref, t), start: inputOverride(i.ref, i.value) }));
  const cohorts = model.cohorts.map((c) => {
    const start: ScenarioOverride = { kind: 'cohort', id: c.id, field: 'factor', value: '1' };
    return { key: `cohort:${c.id}:factor`, label: inputLabel(model, start, t), start };
  });
  return [...fromInputs, ...cohorts];
}

/** Targets the scenario does not change yet. */
export function freeTargets(targets: readonly ScenarioTarget[], overrides: readonly ScenarioOverride[]): ScenarioTarget[] {
  return targets.filter((target) => !overrides.some((o) => sameTarget(o, target.start)));
}
