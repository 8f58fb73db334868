/** The engine on the large model: the full calculation, and reading the file it came from. */
import { calculate } from '../src/engine/calculate';
import { parseModelText } from '../src/engine/parse';
import { serializeModel } from '../src/engine/serialize';
import { timed, type Benchmark } from './bench';
import { largeModel } from './large-model';

const model = largeModel();
const text = serializeModel(model);

export const benchmarks: Benchmark[] = [
  // Issue 2: under 300 ms on the project's 2-core machine.
  { name: 'calculate (large model)', target: 300, measure: () => timed(() => calculate(model)) },
  {
    name: `parse + validate (large model, ${(text.length / 1024).toFixed(0)} kB)`,
    measure: () => timed(() => {
      if (!parseModelText(text).ok) throw new Error('the large model was refused');
    }),
  },
  { name: 'serialize (large model)', measure: () => timed(() => serializeModel(model)) },
];
