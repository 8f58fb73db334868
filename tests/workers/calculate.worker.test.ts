import { describe, expect, it } from 'vitest';
import { largeModel } from '../../bench/large-model';
import { exampleModels } from '../../src/app/examples';
import { calculate } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import { handleCalculateRequest } from '../../src/workers/calculate.worker';
import { aModel } from '../builders';

/** What crossing to a worker does to a model: a structured clone of plain JSON. */
const shipped = (model: Model): Model => structuredClone(JSON.parse(JSON.stringify(model)) as Model);

describe('handleCalculateRequest', () => {
  it.each(exampleModels().map((e) => [e.model.title, e.model] as const))(
    'gives exactly the synchronous result for the example %s',
    (_, model) => {
      const reply = handleCalculateRequest({ type: 'calculate', seq: 7, model: shipped(model) });
      expect(reply.type).toBe('result');
      if (reply.type !== 'result') return;
      expect(reply.seq).toBe(7);
      expect(reply.result).toEqual(calculate(model));
      // The reply crosses back as plain data: nothing is lost on the way.
      expect(structuredClone(reply)).toEqual(JSON.parse(JSON.stringify(reply)));
    },
  );

  it('gives exactly the synchronous result for a large model', () => {
    const model = largeModel({ sectors: 12, costLines: 40, gainLines: 40, cohorts: 4, transfers: 4, years: 30 });
    const reply = handleCalculateRequest({ type: 'calculate', seq: 1, model: shipped(model) });
    expect(reply.type === 'result' && reply.result).toEqual(calculate(model));
  });

  it('turns an engine error into an error reply for the same request instead of throwing', () => {
    const failing = () => {
      throw new Error('engine broke');
    };
    expect(handleCalculateRequest({ type: 'calculate', seq: 3, model: aModel() }, failing)).toEqual({
      type: 'error', seq: 3, message: 'engine broke',
    });
    const thrownText = () => {
      throw 'plain text';
    };
    expect(handleCalculateRequest({ type: 'calculate', seq: 4, model: aModel() }, thrownText)).toMatchObject({ type: 'error', message: 'plain text' });
  });

  it('reports how long the calculation took', () => {
    let clock = 100;
    const reply = handleCalculateRequest({ type: 'calculate', seq: 1, model: aModel() }, calculate, () => (clock += 25));
    expect(reply).toMatchObject({ type: 'result', ms: 25 });
  });
});
