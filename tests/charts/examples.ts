/**
 * The built-in examples as a reader sees them: each fixture checked by parseModel and
 * calculated by the real engine. Shared by the chart, overview and sharing tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculate } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import type { Result } from '../../src/engine/result';

export interface ExampleCase {
  name: 'school' | 'youth';
  model: Model;
  result: Result;
}

const FILES = { school: 'school-coping-course.model.json', youth: 'youth-meets-elderly.model.json' } as const;

export function loadModel(file: string): Model {
  const outcome = parseModel(JSON.parse(readFileSync(join(__dirname, '../../fixtures', file), 'utf8')) as unknown);
  if (!outcome.ok) throw new Error(`fixture ${file} does not parse: ${JSON.stringify(outcome.problems)}`);
  return outcome.model;
}

export function exampleCase(name: ExampleCase['name']): ExampleCase {
  const model = loadModel(FILES[name]);
  return { name, model, result: calculate(model) };
}

export const EXAMPLES: ExampleCase[] = [exampleCase('school'), exampleCase('youth')];
