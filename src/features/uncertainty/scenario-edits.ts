/** Scenario edits (add, rename, delete, change an override), as pure functions for `useModelStore().update`. */
import type { Model, Scenario, ScenarioOverride } from '../../engine/model';

export function scenariosOf(model: Model): Scenario[] {
  return model.scenarios ?? [];
}

function withScenarios(model: Model, scenarios: Scenario[]): Model {
  const next: Model = { ...model };
  if (scenarios.length > 0) next.scenarios = scenarios;
  else delete next.scenarios;
  return next;
}

/** An id no scenario has: "scenario-1", "scenario-2", … */
export function newScenarioId(model: Model): string {
  const taken = new Set(scenariosOf(model).map((s) => s.id));
  let n = scenariosOf(model).length + 1;
  while (taken.has(`scenario-${n}`)) n++;
  return `scenario-${n}`;
}

export function addScenario(model: Model, id: string, name: string): Model {
  return withScenarios(model, [...scenariosOf(model), { id, name, overrides: [] }]);
}

function updateScenario(model: Model, id: string, change: (s: Scenario) => Scenario): Model {
  return withScenarios(model, scenariosOf(model).map((s) => (s.id === id ? change(s) : s)));
}

export function renameScenario(model: Model, id: string, name: string): Model {
  return updateScenario(model, id, (s) => ({ ...s, name }));
}

export function deleteScenario(model: Model, id: string): Model {
  return withScenarios(model, scenariosOf(model).filter((s) => s.id !== id));
}

/** Same target: the kind, the line and the field. */
export function sameTarget(a: ScenarioOverride, b: ScenarioOverride): boolean {
  if (a.kind === 'model' || b.kind === 'model') return a.kind === b.kind;
  return a.kind === b.kind && a.id === b.id && a.field === b.field;
}

/** Sets an override; one with the same target is replaced in place, so a scenario never changes a field twice. */
export function setOverride(model: Model, id: string, override: ScenarioOverride): Model {
  return updateScenario(model, id, (s) => {
    const index = s.overrides.findIndex((o) => sameTarget(o, override));
    const overrides = index < 0 ? [...s.overrides, override] : s.overrides.map((o, i) => (i === index ? override : o));
    return { ...s, overrides };
  });
}

export function removeOverride(model: Model, id: string, index: number): Model {
  return updateScenario(model, id, (s) => ({ ...s, overrides: s.overrides.filter((_, i) => i !== index) }));
}
