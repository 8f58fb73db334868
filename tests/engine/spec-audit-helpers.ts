/**
 * Helpers for the spec audit (tests/engine/spec-audit-*.test.ts): small raw model files
 * as a user would write them (version 1, defaults left out) and a way to read one figure
 * of the result by its path. Expected values in the audit tables were worked out by hand
 * and checked with an independent exact-fraction implementation of spec §2, never by
 * running the engine.
 */
import { calculate } from '../../src/engine/calculate';
import { parseModel } from '../../src/engine/parse';

export type Raw = Record<string, unknown>;

/** Two budget holders: `a` (municipal) and `b` (state); 3 years from 2030; no flows. */
export function rawModel(over: Raw = {}): Raw {
  return {
    format: 'gevinstkart-model',
    version: 1,
    startYear: 2030,
    years: 3,
    sectors: [
      { id: 'a', name: 'A', level: 'municipal' },
      { id: 'b', name: 'B', level: 'state' },
    ],
    ...over,
  };
}

export const sector = (id: string, level: string): Raw => ({ id, name: id.toUpperCase(), level });

export const cost = (amounts: unknown[], over: Raw = {}): Raw => ({ id: 'c', sector: 'a', kind: 'internal', amounts, ...over });

export const gain = (amounts: unknown[], over: Raw = {}): Raw => ({ id: 'g', sector: 'b', type: 'cashable', amounts, ...over });

export const cohortGain = (over: Raw = {}): Raw => ({
  id: 'g', sector: 'b', type: 'cashable', cohort: 'k', effect: '1', unitValue: '100', ...over,
});

export const transfer = (from: string, to: string, amounts: unknown[], id = 't'): Raw => ({ id, from, to, amounts });

/** The result exactly as `--json` prints it: through JSON, so shapes and nulls are what a reader sees. */
export function resultOf(raw: Raw): Raw {
  const parsed = parseModel(raw);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problems)}`);
  return JSON.parse(JSON.stringify(calculate(parsed.model))) as Raw;
}

/** `totals.pvCosts`, `sectors.1.npv`, `years.2.bySector.a.net`: one value of the result. */
export function at(result: unknown, path: string): unknown {
  let node: unknown = result;
  for (const step of path.split('.')) {
    if (node === null || typeof node !== 'object') throw new Error(`no ${path} (stopped at ${step})`);
    if (!Object.hasOwn(node, step)) throw new Error(`no ${path} (missing ${step})`);
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}

export interface FigureCase {
  name: string;
  model: Raw;
  expected: Record<string, unknown>;
}

/** Every expected figure of a case at once, so a failure lists all that differ. */
export function figuresOf(c: FigureCase): Record<string, unknown> {
  const result = resultOf(c.model);
  return Object.fromEntries(Object.keys(c.expected).map((path) => [path, at(result, path)]));
}
