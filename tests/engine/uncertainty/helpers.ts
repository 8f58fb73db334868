/** Models for the uncertainty tests: the golden cases (read where they live) and the school example. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseModel } from '../../../src/engine/parse';
import type { Model } from '../../../src/engine/model';

const GOLDEN = join(__dirname, '../../../../shared/golden');

function parsed(raw: unknown, name: string): Model {
  const outcome = parseModel(raw);
  if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.problems)}`);
  return outcome.model;
}

export const goldenModels: { name: string; model: Model }[] = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.model.json'))
  .map((f) => ({ name: f.replace('.model.json', ''), model: parsed(JSON.parse(readFileSync(join(GOLDEN, f), 'utf8')), f) }));

export function schoolModel(): Model {
  const file = join(__dirname, '../../../fixtures/school-coping-course.model.json');
  return parsed(JSON.parse(readFileSync(file, 'utf8')), 'school');
}

/** |a − b| ≤ tolerance, with a readable failure. */
export function near(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance;
}
