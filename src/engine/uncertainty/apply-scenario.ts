/**
 * Scenarios (docs/model-format-v2.md): a named variant is the base model with a list of
 * overrides applied. The same overrides express "this input at that value" for the
 * tornado, the break-even check and the two-way grid, so there is one way to change an
 * input and the engine computes every variant through its ordinary `calculate`.
 */
import type { BenefitLine, CostLine, DecimalString, Model, Scenario, ScenarioOverride } from '../model';
import { isCohortBenefit } from '../model';
import { Dec } from '../decimal';
import { DECIMAL_PATTERN } from '../decimal-string';

type BenefitOverrideField = Extract<ScenarioOverride, { kind: 'benefit' }>['field'];

/** A decimal string of at most 12 decimals (the file's limit), never "-0". */
export function plainDecimal(value: Dec): DecimalString {
  const text = value.toDecimalPlaces(12).toFixed();
  return /^-0(\.0*)?$/.test(text) ? '0' : text;
}

function scaled(values: readonly DecimalString[], factor: DecimalString): DecimalString[] {
  const f = new Dec(factor);
  return values.map((v) => plainDecimal(new Dec(v).times(f)));
}

/** Whole years are stored as numbers; a value such as "2.6" is rounded half up, as a sampled lag is. */
function wholeYears(value: DecimalString): number {
  return Math.round(Number(value));
}

export function overrideCost(line: CostLine, value: DecimalString): CostLine {
  return { ...line, amounts: scaled(line.amounts, value) };
}

/**
 * One field of a gain line set to a value. `factor` multiplies a direct line's amounts;
 * on a cohort-driven line it multiplies the unit value, which scales the gain the same way.
 * Fields a line does not have (an effect on a direct line) leave it unchanged.
 */
export function overrideBenefit(line: BenefitLine, field: BenefitOverrideField, value: DecimalString): BenefitLine {
  switch (field) {
    case 'deadweight':
    case 'attribution':
    case 'displacement':
    case 'optimismBias':
      return { ...line, [field]: value };
    case 'factor':
      return isCohortBenefit(line)
        ? { ...line, unitValue: plainDecimal(new Dec(line.unitValue).times(value)) }
        : { ...line, amounts: scaled(line.amounts, value) };
    case 'effect':
    case 'unitValue':
    case 'dropOff':
      return isCohortBenefit(line) ? { ...line, [field]: value } : line;
    case 'lag':
    case 'duration':
      return isCohortBenefit(line) ? { ...line, [field]: wholeYears(value) } : line;
  }
}

/**
 * The model with the overrides applied, in order (a later override of the same field
 * wins). Overrides naming a line that does not exist are skipped; `scenarioProblems`
 * reports them. A discount-rate override replaces a discount schedule with that rate.
 */
export function applyOverrides(model: Model, overrides: readonly ScenarioOverride[]): Model {
  if (overrides.length === 0) return model;
  // Grouped by line first, so a scenario with many overrides still walks each list once.
  const byLine = new Map<string, ScenarioOverride[]>();
  let rate: DecimalString | null = null;
  for (const o of overrides) {
    if (o.kind === 'model') {
      rate = o.value;
      continue;
    }
    const key = `${o.kind}\u0000${o.id}`;
    const list = byLine.get(key);
    if (list) list.push(o);
    else byLine.set(key, [o]);
  }
  const forLine = (kind: string, id: string) => byLine.get(`${kind}\u0000${id}`) ?? [];
  const out: Model = {
    ...model,
    costs: model.costs.map((c) => forLine('cost', c.id).reduce((line, o) => overrideCost(line, o.value), c)),
    cohorts: model.cohorts.map((c) => forLine('cohort', c.id).reduce((cohort, o) => ({ ...cohort, sizes: scaled(cohort.sizes, o.value) }), c)),
    benefits: model.benefits.map((b) => applyToBenefit(b, forLine('benefit', b.id))),
  };
  if (rate !== null) {
    out.discountRate = rate;
    delete out.discountSchedule;
  }
  return out;
}

/** A gain line with overrides applied in order; the non-benefit overrides in the list are ignored. */
export function applyToBenefit(line: BenefitLine, overrides: readonly ScenarioOverride[]): BenefitLine {
  return overrides.reduce((b, o) => (o.kind === 'benefit' ? overrideBenefit(b, o.field, o.value) : b), line);
}

/** A cost line with overrides applied in order (factors multiply). */
export function applyToCost(line: CostLine, overrides: readonly ScenarioOverride[]): CostLine {
  return overrides.reduce((c, o) => (o.kind === 'cost' ? overrideCost(c, o.value) : c), line);
}

export function applyScenario(model: Model, scenario: Scenario): Model {
  return applyOverrides(model, scenario.overrides);
}

export type OverrideProblemCode = 'unknownLine' | 'notANumber' | 'outOfRange' | 'wholeNumber' | 'notApplicable';
export interface OverrideProblem {
  index: number;
  code: OverrideProblemCode;
}

/** The field's own rules of spec §1, for a value an override sets. */
const BOUNDS: Record<string, { min?: string; max?: string; above?: string; integer?: boolean }> = {
  discountRate: { above: '-1', max: '1' },
  factor: { min: '0' },
  effect: { min: '0' },
  unitValue: {},
  deadweight: { min: '0', max: '1' },
  attribution: { min: '0', max: '1' },
  displacement: { min: '0', max: '1' },
  dropOff: { min: '0', max: '1' },
  optimismBias: { min: '0', max: '1' },
  lag: { min: '0', integer: true },
  duration: { min: '1', integer: true },
};

function valueProblem(field: string, value: DecimalString): OverrideProblemCode | null {
  if (!DECIMAL_PATTERN.test(value)) return 'notANumber';
  const b = BOUNDS[field] ?? {};
  const v = new Dec(value);
  if (b.integer && !v.isInteger()) return 'wholeNumber';
  if (b.min !== undefined && v.lessThan(b.min)) return 'outOfRange';
  if (b.max !== undefined && v.greaterThan(b.max)) return 'outOfRange';
  if (b.above !== undefined && v.lessThanOrEqualTo(b.above)) return 'outOfRange';
  return null;
}

/** What makes a scenario's model invalid: a missing line, a value outside its field's rules. */
export function scenarioProblems(model: Model, scenario: Scenario): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  scenario.overrides.forEach((o, index) => {
    if (o.kind === 'cost' && !model.costs.some((c) => c.id === o.id)) return problems.push({ index, code: 'unknownLine' });
    if (o.kind === 'cohort' && !model.cohorts.some((c) => c.id === o.id)) return problems.push({ index, code: 'unknownLine' });
    if (o.kind === 'benefit') {
      const line = model.benefits.find((b) => b.id === o.id);
      if (!line) return problems.push({ index, code: 'unknownLine' });
      const cohortOnly = ['effect', 'unitValue', 'dropOff', 'lag', 'duration'].includes(o.field);
      if (cohortOnly && !isCohortBenefit(line)) return problems.push({ index, code: 'notApplicable' });
    }
    const code = valueProblem(o.field, o.value);
    if (code) problems.push({ index, code });
  });
  return problems;
}
