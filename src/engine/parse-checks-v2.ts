/**
 * Cross-entry rules of the version-2 additions (docs/model-format-v2.md): ranges in
 * order and fitting their line's kind, whole numbers for lag and duration, scenario
 * overrides that name an existing line and a value the field accepts.
 */
import type { Problem } from './problems';
import { Dec } from './decimal';
import { DECIMAL_PATTERN, shorten } from './decimal-string';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDecimal = (value: unknown): value is string => typeof value === 'string' && DECIMAL_PATTERN.test(value);
const list = (raw: Obj, key: string): unknown[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []);

/** low ≤ likely ≤ high, where the values are readable (the schema reports the rest). */
function rangeProblems(range: unknown, path: string, wholeNumbers: boolean): Problem[] {
  if (!isObject(range)) return [];
  const problems: Problem[] = [];
  const values = (['low', 'likely', 'high'] as const).filter((k) => isDecimal(range[k]));
  if (wholeNumbers) {
    for (const key of values) {
      if (!/^\d+$/.test(range[key] as string)) problems.push({ path: `${path}.${key}`, code: 'notInteger', params: { value: shorten(range[key] as string) } });
    }
  }
  const ordered = values.map((k) => new Dec(range[k] as string));
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.lessThan(ordered[i - 1]!)) {
      problems.push({ path, code: 'rangeOrder' });
      break;
    }
  }
  return problems;
}

const COHORT_FIELDS = new Set(['effect', 'unitValue', 'lag', 'duration', 'dropOff']);

export function v2Problems(raw: Obj): Problem[] {
  const problems: Problem[] = [];
  problems.push(...rangeProblems(raw.discountRateRange, 'discountRateRange', false));
  list(raw, 'costs').forEach((line, i) => {
    if (isObject(line)) problems.push(...rangeProblems(line.range, `costs[${i}].range`, false));
  });
  list(raw, 'benefits').forEach((line, i) => {
    if (!isObject(line)) return;
    const direct = line.cohort === undefined;
    if (isObject(line.ranges)) {
      for (const [field, range] of Object.entries(line.ranges)) {
        const path = `benefits[${i}].ranges.${field}`;
        if (direct && COHORT_FIELDS.has(field)) problems.push({ path, code: 'notForDirect' });
        else if (!direct && field === 'amounts') problems.push({ path, code: 'notForCohort' });
        else problems.push(...rangeProblems(range, path, field === 'lag' || field === 'duration'));
      }
    }
    if (direct && line.unitValueSource !== undefined) problems.push({ path: `benefits[${i}].unitValueSource`, code: 'notForDirect' });
  });
  problems.push(...scenarioProblems(raw));
  return problems;
}

type Rule = { min?: string; max?: string; minOpen?: boolean; integer?: boolean };
const SHARE: Rule = { min: '0', max: '1' };
const FIELD_RULES: Record<string, Record<string, Rule>> = {
  model: { discountRate: { min: '-1', max: '1', minOpen: true } },
  cost: { factor: { min: '0' } },
  cohort: { factor: { min: '0' } },
  benefit: {
    effect: { min: '0' }, unitValue: {}, deadweight: SHARE, attribution: SHARE, displacement: SHARE, dropOff: SHARE,
    optimismBias: SHARE, lag: { min: '0', integer: true }, duration: { min: '1', integer: true }, factor: { min: '0' },
  },
};
const LIST_OF_KIND: Record<string, string> = { cost: 'costs', cohort: 'cohorts', benefit: 'benefits' };

function scenarioProblems(raw: Obj): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  list(raw, 'scenarios').forEach((scenario, s) => {
    if (!isObject(scenario)) return;
    if (typeof scenario.id === 'string') {
      if (ids.has(scenario.id)) problems.push({ path: `scenarios[${s}].id`, code: 'duplicateId', params: { value: shorten(scenario.id) } });
      ids.add(scenario.id);
    }
    (Array.isArray(scenario.overrides) ? scenario.overrides : []).forEach((o: unknown, j) => {
      if (!isObject(o) || typeof o.kind !== 'string' || typeof o.field !== 'string') return;
      const path = `scenarios[${s}].overrides[${j}]`;
      const rule = FIELD_RULES[o.kind]?.[o.field];
      if (!rule) {
        problems.push({ path: `${path}.field`, code: 'badOverride', params: { value: `${o.kind}.${o.field}` } });
        return;
      }
      const listName = LIST_OF_KIND[o.kind];
      if (listName) {
        const target = list(raw, listName).find((entry) => isObject(entry) && entry.id === o.id);
        if (!target) problems.push({ path: `${path}.id`, code: 'unknownId', params: { value: shorten(String(o.id ?? '')) } });
        else if (o.kind === 'benefit' && isObject(target)) {
          const direct = target.cohort === undefined;
          if (direct && COHORT_FIELDS.has(o.field)) problems.push({ path: `${path}.field`, code: 'notForDirect' });
          if (!direct && o.field === 'factor') problems.push({ path: `${path}.field`, code: 'notForCohort' });
        }
      }
      if (isDecimal(o.value)) problems.push(...valueProblems(o.value, rule, `${path}.value`));
    });
  });
  return problems;
}

function valueProblems(value: string, rule: Rule, path: string): Problem[] {
  if (rule.integer && !/^\d+$/.test(value)) return [{ path, code: 'notInteger', params: { value } }];
  const v = new Dec(value);
  const low = rule.min !== undefined && (rule.minOpen ? v.lte(rule.min) : v.lt(rule.min));
  const high = rule.max !== undefined && v.gt(rule.max);
  if (!low && !high) return [];
  const params: Record<string, string | number> = { value };
  if (rule.min !== undefined) params.min = rule.min;
  if (rule.max !== undefined) params.max = rule.max;
  if (rule.minOpen) params.minOpen = 1;
  return [{ path, code: 'outOfRange', params }];
}
