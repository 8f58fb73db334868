/**
 * Monte Carlo simulation: N runs, each drawing every uncertain input from its range
 * (independently: the model says nothing about how inputs move together) and computing
 * the NPVs with the float model. The run is a step-by-step object, so a worker can do a
 * chunk, report progress, look for a cancel message and go on; chunking never changes
 * the result, since the generator's state simply carries over.
 */
import type { Level, Model } from '../model';
import { FloatModel, type Slot } from './float-model';
import { sampler, type Distribution } from './distributions';
import { createRng } from './prng';
import { BetaTables } from './beta-table';
import { isDegenerate, uncertainInputs, type UncertainInput } from './inputs';

export interface SimulationOptions {
  seed: number;
  runs: number;
  distribution: Distribution;
  /** Bars in the histogram of the fiscal NPV (default 24). */
  bins?: number;
}

export interface Summary {
  mean: number;
  /** Share of runs with an NPV above zero (more than half an øre, so float noise around zero never counts). */
  probPositive: number;
  /** Percentiles; null when too many sectors × runs were simulated to keep every draw. */
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface SimulationResult {
  seed: number;
  runs: number;
  distribution: Distribution;
  /** How many inputs were drawn (ranges wider than a point). */
  drawn: number;
  fiscal: Summary & { min: number; max: number };
  histogram: HistogramBin[];
  /** NPV of all four types of gain. */
  total: Summary;
  sectors: { id: string; summary: Summary }[];
  levels: { level: Level; summary: Summary }[];
}

export interface SimulationRun {
  readonly runs: number;
  readonly done: number;
  /** Does up to `count` more runs; returns how many are done in all. */
  step(count: number): number;
  /** The result of the runs done so far. */
  result(): SimulationResult;
}

/** Keeping every sector's draw costs memory; above this many numbers only means and probabilities are kept. */
const MAX_SECTOR_SAMPLES = 4_000_000;
const ZERO_BAND = 0.005;

export function quantile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function summarise(values: Float64Array | null, count: number, positive: number, sum: number): Summary {
  const sorted = values ? values.slice(0, count).sort() : null;
  const q = (p: number) => (sorted && count > 0 ? quantile(sorted, p) : null);
  return { mean: count ? sum / count : 0, probPositive: count ? positive / count : 0, p10: q(0.1), p50: q(0.5), p90: q(0.9) };
}

export function histogram(values: Float64Array, bins: number): HistogramBin[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max - min < ZERO_BAND) return [{ from: min, to: max, count: values.length }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - min) / width))]! += 1;
  return counts.map((count, i) => ({ from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count }));
}

interface Draw {
  slot: Slot;
  draw: (rng: ReturnType<typeof createRng>) => number;
  integer: boolean;
}

export function startSimulation(model: Model, options: SimulationOptions, inputs: readonly UncertainInput[] = uncertainInputs(model)): SimulationRun {
  const fm = new FloatModel(model);
  const rng = createRng(options.seed);
  const draws: Draw[] = [];
  const tables = new BetaTables();
  for (const input of inputs) {
    const slot = fm.slot(input.ref);
    if (!slot) continue;
    const likely = Number(input.likely);
    // A point range still moves the input to its likely value, once.
    if (isDegenerate(input)) slot.array[slot.index] = input.integer ? Math.round(likely) : likely;
    else draws.push({ slot, integer: input.integer, draw: sampler(options.distribution, Number(input.low), likely, Number(input.high), tables) });
  }

  const runs = options.runs;
  const S = model.sectors.length;
  const L = fm.levelOrder.length;
  const fiscal = new Float64Array(runs);
  const total = new Float64Array(runs);
  const keepSectors = S * runs <= MAX_SECTOR_SAMPLES;
  const sectorDraws = keepSectors ? Array.from({ length: S }, () => new Float64Array(runs)) : null;
  const levelDraws = Array.from({ length: L }, () => new Float64Array(runs));
  const sectorPos = new Float64Array(S);
  const sectorSum = new Float64Array(S);
  const levelPos = new Float64Array(L);
  const levelSum = new Float64Array(L);
  let done = 0;

  function one(run: number) {
    for (const d of draws) {
      const v = d.draw(rng);
      d.slot.array[d.slot.index] = d.integer ? Math.round(v) : v;
    }
    const f = fm.evaluate();
    fiscal[run] = f.npvFiscal;
    total[run] = f.npv;
    for (let s = 0; s < S; s++) {
      const v = f.sectors[s]!;
      if (sectorDraws) sectorDraws[s]![run] = v;
      if (v > ZERO_BAND) sectorPos[s]! += 1;
      sectorSum[s]! += v;
    }
    for (let l = 0; l < L; l++) {
      const v = f.levels[l]!;
      levelDraws[l]![run] = v;
      if (v > ZERO_BAND) levelPos[l]! += 1;
      levelSum[l]! += v;
    }
  }

  const stats = (values: Float64Array) => {
    let pos = 0;
    let sum = 0;
    for (let i = 0; i < done; i++) {
      if (values[i]! > ZERO_BAND) pos += 1;
      sum += values[i]!;
    }
    return summarise(values, done, pos, sum);
  };

  return {
    runs,
    get done() {
      return done;
    },
    step(count: number) {
      const end = Math.min(runs, done + Math.max(0, Math.floor(count)));
      for (; done < end; done++) one(done);
      return done;
    },
    result(): SimulationResult {
      const fiscalDone = fiscal.subarray(0, done);
      const sorted = fiscalDone.slice().sort();
      return {
        seed: options.seed,
        runs: done,
        distribution: options.distribution,
        drawn: draws.length,
        fiscal: { ...stats(fiscal), min: done ? sorted[0]! : 0, max: done ? sorted[done - 1]! : 0 },
        histogram: histogram(fiscalDone, options.bins ?? 24),
        total: stats(total),
        sectors: model.sectors.map((s, i) => ({ id: s.id, summary: summarise(sectorDraws?.[i] ?? null, done, sectorPos[i]!, sectorSum[i]!) })),
        levels: fm.levelOrder.map((level, i) => ({ level, summary: summarise(levelDraws[i]!, done, levelPos[i]!, levelSum[i]!) })),
      };
    },
  };
}
