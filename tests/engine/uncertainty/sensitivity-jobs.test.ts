import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeModel } from '../../../bench/large-model';
import { exampleModels } from '../../../src/app/examples';
import type { Model } from '../../../src/engine/model';
import type { NpvTarget } from '../../../src/engine/uncertainty/exact-npv';
import { uncertainInputs } from '../../../src/engine/uncertainty/inputs';
import type { SensitivityJob, SensitivityReply, SensitivityRequest } from '../../../src/engine/uncertainty/protocol';
import { createSensitivityHandler, startSensitivityJob } from '../../../src/engine/uncertainty/sensitivity-jobs';
import { payingSector, startTornado, tornado } from '../../../src/engine/uncertainty/sensitivity';
import { startSwitching, switchingValues } from '../../../src/engine/uncertainty/switching';

/** What crossing to a worker does: a structured clone of plain JSON (a Decimal would not survive it). */
const shipped = <T>(value: T): T => structuredClone(JSON.parse(JSON.stringify(value)) as T);

const midSize = largeModel({ sectors: 8, costLines: 30, gainLines: 60, cohorts: 4, transfers: 4, years: 25 });
const models: [string, Model][] = [...exampleModels().map((e) => [e.model.title, e.model] as [string, Model]), ['mid-size generated', midSize]];
const noPause = { chunk: 7, pause: async () => undefined };

/** Runs one request through the handler and collects every reply. */
async function handle(requests: SensitivityRequest[], chunks: object = noPause): Promise<SensitivityReply[]> {
  const replies: SensitivityReply[] = [];
  const handler = createSensitivityHandler((r) => replies.push(shipped(r)), chunks);
  await Promise.all(requests.map((r) => handler(shipped(r))));
  return replies;
}

const resultOf = (replies: SensitivityReply[]) => {
  const last = replies.at(-1)!;
  if (last.type !== 'result') throw new Error(`no result: ${JSON.stringify(last)}`);
  return last.result;
};

describe('the sensitivity worker handler', () => {
  it.each(models)('%s: the tornado equals tornado(model, target, inputs) for all budgets and for the paying sector', async (_, model) => {
    const inputs = uncertainInputs(model);
    const payer = payingSector(model);
    const targets: NpvTarget[] = [{ kind: 'fiscal' }, ...(payer ? [{ kind: 'sector', id: payer } as const] : [])];
    for (const target of targets) {
      const replies = await handle([{ type: 'start', id: 3, job: { kind: 'tornado', model, target, inputs } }]);
      expect(resultOf(replies)).toEqual({ kind: 'tornado', tornado: tornado(model, target, inputs), payer });
      expect(replies.every((r) => r.id === 3)).toBe(true);
    }
  });

  it.each(models)('%s: the break-even values equal switchingValues(model)', async (_, model) => {
    const replies = await handle([{ type: 'start', id: 1, job: { kind: 'switching', model } }]);
    expect(resultOf(replies)).toEqual({ kind: 'switching', switching: switchingValues(model) });
  });

  it('posts progress after every chunk, rising to the total, before the result', async () => {
    const inputs = uncertainInputs(midSize);
    const replies = await handle([{ type: 'start', id: 1, job: { kind: 'tornado', model: midSize, target: { kind: 'fiscal' }, inputs } }]);
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress).toHaveLength(Math.ceil(inputs.length / 7));
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => Math.min(inputs.length, (i + 1) * 7)));
    expect(progress.every((p) => p.total === inputs.length)).toBe(true);
    expect(replies.at(-1)!.type).toBe('result');
  });

  it('stops at a cancel between chunks and answers "cancelled", without a result', async () => {
    const replies: SensitivityReply[] = [];
    // The cancel arrives in the pause after the second chunk, as a message would in the worker.
    let pauses = 0;
    const pause = async () => {
      if (++pauses === 2) await handler({ type: 'cancel', id: 5 });
    };
    const handler = createSensitivityHandler((r) => replies.push(r), { chunk: 10, pause });
    await handler({ type: 'start', id: 5, job: { kind: 'tornado', model: midSize, target: { kind: 'fiscal' }, inputs: uncertainInputs(midSize) } });
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'cancelled']);
    expect(replies.filter((r) => r.type === 'progress').map((r) => r.type === 'progress' && r.done)).toEqual([10, 20]);
  });

  it('a new start supersedes the job still running: only the latest gives a result', async () => {
    const inputs = uncertainInputs(midSize);
    const edited: Model = { ...midSize, discountSchedule: undefined, discountRate: '0.03' };
    const replies = await handle(
      [
        { type: 'start', id: 1, job: { kind: 'tornado', model: midSize, target: { kind: 'fiscal' }, inputs } },
        { type: 'start', id: 2, job: { kind: 'tornado', model: edited, target: { kind: 'fiscal' }, inputs: uncertainInputs(edited) } },
      ],
      { chunk: 50, pause: () => new Promise<void>((r) => setTimeout(r, 0)) },
    );
    expect(replies.filter((r) => r.id === 1).at(-1)!.type).toBe('cancelled');
    expect(replies.some((r) => r.id === 1 && r.type === 'result')).toBe(false);
    const last = replies.filter((r) => r.id === 2).at(-1)!;
    expect(last.type === 'result' && last.result).toEqual({ kind: 'tornado', tornado: tornado(edited, { kind: 'fiscal' }), payer: payingSector(edited) });
  });

  it('turns a failure into an error reply for the same job instead of throwing', async () => {
    const [first] = uncertainInputs(midSize).filter((i) => i.ref.kind === 'cost');
    // An input naming a line the model does not have (a model and inputs out of step).
    const orphan = { ...first!, key: 'cost:gone:factor', ref: { kind: 'cost', id: 'gone', field: 'factor' } as const };
    const replies = await handle([{ type: 'start', id: 9, job: { kind: 'tornado', model: midSize, target: { kind: 'fiscal' }, inputs: [orphan] } }]);
    expect(replies.at(-1)).toMatchObject({ type: 'error', id: 9 });
    expect((replies.at(-1) as { message: string }).message.length).toBeGreaterThan(0);
  });
});

describe('chunked runs', () => {
  const school = exampleModels()[0]!.model;
  const inputs = uncertainInputs(school);

  it('the tornado is the same however it is chunked', () => {
    const whole = tornado(school, { kind: 'fiscal' }, inputs);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 20 }), (steps) => {
        const run = startTornado(school, { kind: 'fiscal' }, inputs);
        for (const n of steps) run.step(n);
        run.step(run.runs);
        expect(run.done).toBe(inputs.length);
        expect(run.result()).toEqual(whole);
      }),
      { numRuns: 25 },
    );
  });

  it('the break-even values are the same however they are chunked', () => {
    const whole = switchingValues(midSize);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 10 }), (steps) => {
        const run = startSwitching(midSize);
        for (const n of steps) run.step(n);
        run.step(run.runs);
        expect(run.result()).toEqual(whole);
      }),
      { numRuns: 10 },
    );
  });

  it('a job counts its units: tornado inputs, break-even gain lines', () => {
    const jobs: SensitivityJob[] = [{ kind: 'tornado', model: midSize, target: { kind: 'fiscal' }, inputs: uncertainInputs(midSize) }, { kind: 'switching', model: midSize }];
    expect(jobs.map((j) => startSensitivityJob(j).runs)).toEqual([uncertainInputs(midSize).length, midSize.benefits.length]);
  });
});
