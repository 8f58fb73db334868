import { describe, expect, it } from 'vitest';
import { runChunked, type ChunkedRun } from '../../../src/engine/uncertainty/chunked';

/** A run of `runs` units that advances a fake clock by `msPerUnit` for each unit done. */
function counting(runs: number, clock: { now: number }, msPerUnit: number): ChunkedRun<number> & { steps: number[] } {
  let done = 0;
  const steps: number[] = [];
  return {
    runs,
    get done() {
      return done;
    },
    steps,
    step(n) {
      const k = Math.min(n, runs - done);
      done += k;
      clock.now += k * msPerUnit;
      steps.push(k);
    },
    result: () => done,
  };
}

describe('runChunked with a time slice', () => {
  it.each([
    // [units, ms per unit, chunk, slice ms, expected progress reports]
    [100, 1, 5, 20, [20, 40, 60, 80, 100]],
    [100, 30, 5, 20, [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100]],
    [10, 0, 1, 40, [10]],
  ])('%i units of %i ms, chunks of %i within %i ms: progress at %j', async (runs, ms, chunk, sliceMs, expected) => {
    const clock = { now: 0 };
    const run = counting(runs, clock, ms);
    const progress: number[] = [];
    const out = await runChunked(run, { chunk, sliceMs, now: () => clock.now, onProgress: (d) => progress.push(d), isCancelled: () => false, pause: async () => undefined });
    expect(out).toBe(runs);
    expect(progress).toEqual(expected);
    expect(run.steps.every((s) => s <= chunk)).toBe(true);
  });

  it('without a slice, one chunk per progress report (the simulation keeps its rhythm)', async () => {
    const clock = { now: 0 };
    const run = counting(10, clock, 100);
    const progress: number[] = [];
    await runChunked(run, { chunk: 4, onProgress: (d) => progress.push(d), isCancelled: () => false, pause: async () => undefined });
    expect(progress).toEqual([4, 8, 10]);
  });
});
