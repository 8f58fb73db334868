import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleModels } from '../../src/app/examples';
import type { SimulationResult } from '../../src/engine/uncertainty/simulate';
import { simulateNow } from '../../src/charts/uncertainty-summary-data';
import { createSimulationClient } from '../../src/workers/simulation-client';

const school = exampleModels()[0]!.model;
const options = { seed: 5, runs: 400, distribution: 'pert' } as const;

function handlers() {
  const results: SimulationResult[] = [];
  const progress: number[] = [];
  return { results, progress, on: { progress: (done: number) => progress.push(done), result: (r: SimulationResult) => results.push(r), error: (m: string) => { throw new Error(m); } } };
}

afterEach(() => vi.unstubAllGlobals());

describe('createSimulationClient (on the page: Node has no Worker)', () => {
  it('gives the same result as the whole simulation at once, with progress on the way', async () => {
    const client = createSimulationClient();
    const h = handlers();
    client.run({ model: school, options }, h.on);
    await vi.waitFor(() => expect(h.results).toHaveLength(1));
    expect(h.results[0]).toEqual(simulateNow(school, options));
    expect(h.progress.at(-1)).toBe(options.runs);
  });

  it('a new job stops the one before: only the latest result arrives', async () => {
    const client = createSimulationClient();
    const first = handlers();
    const second = handlers();
    client.run({ model: school, options }, first.on);
    client.run({ model: school, options: { ...options, seed: 6 } }, second.on);
    await vi.waitFor(() => expect(second.results).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(first.results).toHaveLength(0);
    expect(second.results[0]!.seed).toBe(6);
  });

  it('after a stop or dispose no handler is called', async () => {
    const client = createSimulationClient();
    const a = handlers();
    const stop = client.run({ model: school, options }, a.on);
    stop();
    const b = handlers();
    client.run({ model: school, options }, b.on);
    client.dispose();
    await new Promise((r) => setTimeout(r, 200));
    expect([...a.results, ...b.results]).toHaveLength(0);
  });
});

describe('createSimulationClient with a worker', () => {
  it('posts the job to the simulation worker and ends that worker when stopped', () => {
    const made: { url: string; posted: unknown[]; ended: boolean }[] = [];
    vi.stubGlobal('Worker', class {
      onmessage = null;
      onerror = null;
      rec: { url: string; posted: unknown[]; ended: boolean };
      constructor(url: URL) {
        this.rec = { url: String(url), posted: [], ended: false };
        made.push(this.rec);
      }
      postMessage(m: unknown) { this.rec.posted.push(m); }
      terminate() { this.rec.ended = true; }
    });
    const stop = createSimulationClient().run({ model: school, options }, handlers().on);
    expect(made).toHaveLength(1);
    expect(made[0]!.url).toMatch(/simulation\.worker\.ts$/);
    expect(made[0]!.posted[0]).toEqual({ type: 'start', id: 1, model: school, options });
    stop();
    expect(made[0]!.ended).toBe(true);
  });
});
