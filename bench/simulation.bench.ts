/**
 * The Monte Carlo simulation (issue 6): 10 000 runs of the school example (target under
 * 1 s) and of the large model (under 5 s), with the default PERT distribution over the
 * stated default ranges (±25 % of every value), as the app runs them in its worker.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseModelText } from '../src/engine/parse';
import type { Model } from '../src/engine/model';
import { startSimulation } from '../src/engine/uncertainty/simulate';
import { uncertainInputs } from '../src/engine/uncertainty/inputs';
import { tornado } from '../src/engine/uncertainty/sensitivity';
import { timed, type Benchmark } from './bench';
import { largeModel } from './large-model';

function school(): Model {
  const text = readFileSync(fileURLToPath(new URL('../fixtures/school-coping-course.model.json', import.meta.url)), 'utf8');
  const parsed = parseModelText(text);
  if (!parsed.ok) throw new Error('the school example was refused');
  return parsed.model;
}

function simulate(model: Model, runs = 10_000) {
  const sim = startSimulation(model, { seed: 1, runs, distribution: 'pert' });
  sim.step(runs);
  return sim.result();
}

const schoolModel = school();
const large = largeModel();

export const benchmarks: Benchmark[] = [
  {
    name: `simulation, 10 000 runs (school example, ${uncertainInputs(schoolModel).length} inputs)`,
    target: 1000,
    measure: () => timed(() => simulate(schoolModel), { runs: 5 }),
  },
  {
    name: `simulation, 10 000 runs (large model, ${uncertainInputs(large).length} inputs)`,
    target: 5000,
    measure: () => timed(() => simulate(large), { runs: 5, warmup: 0 }),
  },
  { name: 'tornado, exact (school example)', measure: () => timed(() => tornado(schoolModel, { kind: 'fiscal' })) },
];
