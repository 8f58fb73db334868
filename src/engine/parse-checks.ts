/**
 * The rules that span entries (spec §1: unique ids, references, one kind per gain line,
 * the schedule order) and the forbidden-key walk. They read the raw input defensively,
 * so they still report when some unrelated field fails the schema: the user gets every
 * problem in one go.
 */
import type { Problem } from './problems';
import { pathText } from './problems';
import { shorten } from './decimal-string';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every `__proto__`, `constructor` or `prototype` key anywhere in the input. JSON.parse
 * makes `"__proto__"` an own property, so it is looked for explicitly. The walk uses its
 * own stack (no recursion) and remembers what it saw, so deep or cyclic input is safe.
 */
export function forbiddenKeyProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<object>();
  // Each entry points to its parent; the path is spelled out only for a hit, so deep input costs linear time.
  const stack: WalkNode[] = [{ value: input, parent: null, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const value = node.value;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: node, key: i });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (isForbiddenKey(key)) problems.push({ path: pathText([...pathOf(node), key]), code: 'forbiddenKey' });
      else stack.push({ value: (value as Obj)[key], parent: node, key });
    }
  }
  return problems;
}

interface WalkNode {
  value: unknown;
  parent: WalkNode | null;
  key: PropertyKey;
}

function pathOf(node: WalkNode): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let n: WalkNode | null = node; n?.parent; n = n.parent) path.push(n.key);
  return path.reverse();
}

/** The entries of a list field, or null when the field is absent or not a list. */
function entries(raw: Obj, key: string): unknown[] | null {
  const value = raw[key];
  return Array.isArray(value) ? value : null;
}

function stringField(entry: unknown, key: string): string | undefined {
  if (!isObject(entry)) return undefined;
  const value = entry[key];
  return typeof value === 'string' ? value : undefined;
}

/** Ids of a list, reporting each repeat at the later entry. */
function collectIds(list: unknown[] | null, name: string, problems: Problem[]): Set<string> {
  const ids = new Set<string>();
  list?.forEach((entry, i) => {
    const id = stringField(entry, 'id');
    if (id === undefined || id === '') return;
    if (ids.has(id)) problems.push({ path: `${name}[${i}].id`, code: 'duplicateId', params: { value: shorten(id) } });
    ids.add(id);
  });
  return ids;
}

export function crossCheckProblems(raw: Obj): Problem[] {
  const problems: Problem[] = [];
  const sectors = entries(raw, 'sectors');
  const cohorts = entries(raw, 'cohorts');
  if (sectors?.length === 0) problems.push({ path: 'sectors', code: 'noSectors' });

  const sectorIds = collectIds(sectors, 'sectors', problems);
  // A list that is not a list is reported by the schema; references into it are not checked.
  const cohortIds = raw.cohorts === undefined || cohorts ? collectIds(cohorts, 'cohorts', problems) : null;
  const costs = entries(raw, 'costs');
  const benefits = entries(raw, 'benefits');
  const transfers = entries(raw, 'transfers');
  collectIds(costs, 'costs', problems);
  collectIds(benefits, 'benefits', problems);
  collectIds(transfers, 'transfers', problems);

  const refer = (path: string, entry: unknown, key: string, ids: Set<string> | null, code: 'unknownSector' | 'unknownCohort') => {
    const value = stringField(entry, key);
    if (ids && value !== undefined && !ids.has(value)) problems.push({ path: `${path}.${key}`, code, params: { value: shorten(value) } });
  };
  const sectorRefs = sectors ? sectorIds : null;

  costs?.forEach((entry, i) => refer(`costs[${i}]`, entry, 'sector', sectorRefs, 'unknownSector'));
  benefits?.forEach((entry, i) => {
    refer(`benefits[${i}]`, entry, 'sector', sectorRefs, 'unknownSector');
    refer(`benefits[${i}]`, entry, 'cohort', cohortIds, 'unknownCohort');
    if (isObject(entry)) problems.push(...benefitKindProblems(entry, `benefits[${i}]`));
  });
  transfers?.forEach((entry, i) => {
    refer(`transfers[${i}]`, entry, 'from', sectorRefs, 'unknownSector');
    refer(`transfers[${i}]`, entry, 'to', sectorRefs, 'unknownSector');
    const from = stringField(entry, 'from');
    if (from !== undefined && from === stringField(entry, 'to')) problems.push({ path: `transfers[${i}].to`, code: 'sameFromTo' });
  });
  problems.push(...scheduleProblems(raw));
  return problems;
}

const COHORT_ONLY = ['effect', 'unitValue', 'lag', 'duration', 'dropOff'] as const;

/** The value a cohort-only field has when it changes nothing: lag 0, duration null, drop-off 0. */
function isNeutral(key: (typeof COHORT_ONLY)[number], value: unknown): boolean {
  if (key === 'lag') return value === 0;
  if (key === 'duration') return value === null;
  if (key === 'dropOff') return value === 0 || (typeof value === 'string' && /^0+(\.0+)?$/.test(value));
  return false;
}

/** A gain line is direct (`amounts`) or cohort-driven (`cohort`, `effect`, `unitValue`), never both. */
function benefitKindProblems(entry: Obj, path: string): Problem[] {
  const has = (key: string) => Object.hasOwn(entry, key) && entry[key] !== undefined;
  if (has('amounts') && has('cohort')) return [{ path, code: 'benefitBothKinds' }];
  if (has('cohort')) {
    return (['effect', 'unitValue'] as const).filter((key) => !has(key)).map((key) => ({ path: `${path}.${key}`, code: 'missing' }));
  }
  // A tool that writes every field may give a direct line lag 0, duration null or
  // dropOff 0: they say nothing, so they are accepted; any other value would be lost.
  if (has('amounts')) {
    return COHORT_ONLY.filter((key) => has(key) && !isNeutral(key, entry[key])).map((key) => ({ path: `${path}.${key}`, code: 'notForDirect' }));
  }
  return [{ path, code: 'benefitNoKind' }];
}

/** Starts at fromYear 0 with strictly increasing fromYears; the schema checks each entry. */
function scheduleProblems(raw: Obj): Problem[] {
  const schedule = entries(raw, 'discountSchedule');
  if (!schedule) return [];
  if (schedule.length === 0) return [{ path: 'discountSchedule', code: 'scheduleStart' }];
  const problems: Problem[] = [];
  const years = schedule.map((step) => (isObject(step) && Number.isInteger(step.fromYear) ? (step.fromYear as number) : undefined));
  if (years[0] !== undefined && years[0] !== 0) problems.push({ path: 'discountSchedule[0].fromYear', code: 'scheduleStart' });
  for (let i = 1; i < years.length; i++) {
    const previous = years[i - 1];
    const current = years[i];
    if (previous !== undefined && current !== undefined && current <= previous) {
      problems.push({ path: `discountSchedule[${i}].fromYear`, code: 'scheduleOrder' });
    }
  }
  return problems;
}
