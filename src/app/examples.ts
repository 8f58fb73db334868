import school from '../../fixtures/school-coping-course.model.json';
import youth from '../../fixtures/youth-meets-elderly.model.json';
import { parseModel } from '../engine/parse';
import type { Model } from '../engine/model';

export interface Example {
  id: 'school' | 'youth';
  model: Model;
}

/** The built-in examples, checked like any opened file. */
export function exampleModels(): Example[] {
  return [
    { id: 'school', model: mustParse(school) },
    { id: 'youth', model: mustParse(youth) },
  ];
}

function mustParse(input: unknown): Model {
  const outcome = parseModel(input);
  if (!outcome.ok) throw new Error(`A built-in example is invalid: ${outcome.problems.map((p) => p.path).join(', ')}`);
  return outcome.model;
}
