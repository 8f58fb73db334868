/**
 * The figures of the uncertainty summary (issue 6, "Done when"): the chance that the
 * fiscal NPV is positive overall, per budget holder and per level, from a seeded
 * simulation with the model's own settings; the three inputs with the largest one-way
 * swing; and the exact break-even values. Pure functions, so the overview, the report
 * and tests get the same numbers from the same seed.
 */
import type { Level, Model } from '../engine/model';
import { startSimulation, type SimulationOptions, type SimulationResult } from '../engine/uncertainty/simulate';
import { tornado, type Tornado, type TornadoBar } from '../engine/uncertainty/sensitivity';
import { switchingValues, type Switching } from '../engine/uncertainty/switching';
import { FISCAL, isFiscal } from '../engine/uncertainty/exact-npv';
import type { UncertainInput } from '../engine/uncertainty/inputs';
import { HEAVY_MS, switchingCostMs, tornadoCostMs } from '../workers/heavy-work';

/** The defaults, used where the model stores no simulation settings. */
export const DEFAULT_SIMULATION: SimulationOptions = { seed: 1, runs: 10_000, distribution: 'pert' };

/** How many inputs matter most, in the summary. */
export const TOP_INPUTS = 3;

export function summaryOptions(model: Model): SimulationOptions {
  const s = model.simulation;
  return s ? { seed: s.seed, runs: s.runs, distribution: s.distribution } : DEFAULT_SIMULATION;
}

/**
 * A rough measure of a simulation's cost: runs × (lines + sectors) × years. The school
 * example (1.4 million) takes about 60 ms, a model of 16 million about 150 ms; below the
 * limit it runs at once during render, so the overview and a print after load have the
 * figures without a "calculating" flash.
 */
export function simulationWork(model: Model, options: SimulationOptions = summaryOptions(model)): number {
  const lines = model.costs.length + model.benefits.length + model.transfers.length + model.sectors.length;
  return options.runs * lines * Math.max(1, model.years);
}

export const SYNC_WORK_LIMIT = 6_000_000;

export function isQuick(model: Model): boolean {
  return simulationWork(model) <= SYNC_WORK_LIMIT;
}

/**
 * Budget holders with a non-zero fiscal flow: a cost, a gain to a budget or a transfer.
 * The simulated sector NPV counts budget gains only, so a holder of social gains alone
 * (pupils and families) would always show 0 %.
 */
export function activeSectors(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const c of model.costs) ids.add(c.sector);
  for (const b of model.benefits) if (isFiscal(b)) ids.add(b.sector);
  for (const t of model.transfers) {
    ids.add(t.from);
    ids.add(t.to);
  }
  return ids;
}

export interface SummaryChance {
  id: string;
  name: string;
  prob: number;
}

export interface UncertaintySummaryData {
  seed: number;
  runs: number;
  distribution: SimulationOptions['distribution'];
  /** Share of runs with a fiscal NPV above zero. */
  fiscal: number;
  sectors: SummaryChance[];
  levels: { level: Level; prob: number }[];
  /** The inputs with the largest non-zero swings, largest first. */
  top: TornadoBar[];
  switching: Switching;
}

/** The whole simulation in one go (the chunked loop gives the same result: the generator's state carries over). */
export function simulateNow(model: Model, options: SimulationOptions = summaryOptions(model)): SimulationResult {
  const run = startSimulation(model, options);
  run.step(options.runs);
  return run.result();
}

/** The inputs that matter most: the largest non-zero swings of a fiscal tornado. */
export function topBars(result: Tornado): TornadoBar[] {
  return result.bars.filter((b) => Number(b.swing) !== 0).slice(0, TOP_INPUTS);
}

/** The exact parts: one-way sensitivity of the fiscal NPV and the break-even values. */
export function exactParts(model: Model, inputs?: readonly UncertainInput[]): Pick<UncertaintySummaryData, 'top' | 'switching'> {
  return { top: topBars(tornado(model, FISCAL, inputs)), switching: switchingValues(model) };
}

/** Which parts of the summary are too heavy for the page (src/workers/heavy-work.ts): those go to a worker. */
export interface HeavyParts {
  simulation: boolean;
  tornado: boolean;
  switching: boolean;
}

export function heavyParts(model: Model, inputs: readonly UncertainInput[]): HeavyParts {
  return { simulation: !isQuick(model), tornado: tornadoCostMs(model, inputs) > HEAVY_MS, switching: switchingCostMs(model) > HEAVY_MS };
}

export function summaryFromSimulation(model: Model, sim: SimulationResult, exact: Pick<UncertaintySummaryData, 'top' | 'switching'>): UncertaintySummaryData {
  const active = activeSectors(model);
  const activeLevels = new Set(model.sectors.filter((s) => active.has(s.id)).map((s) => s.level));
  return {
    seed: sim.seed,
    runs: sim.runs,
    distribution: sim.distribution,
    fiscal: sim.fiscal.probPositive,
    sectors: sim.sectors
      .filter((s) => active.has(s.id))
      .map((s) => ({ id: s.id, name: model.sectors.find((x) => x.id === s.id)?.name.trim() || s.id, prob: s.summary.probPositive })),
    levels: sim.levels.filter((l) => activeLevels.has(l.level)).map((l) => ({ level: l.level, prob: l.summary.probPositive })),
    ...exact,
  };
}

/** Everything at once, synchronously. */
export function uncertaintySummaryData(model: Model): UncertaintySummaryData {
  return summaryFromSimulation(model, simulateNow(model), exactParts(model));
}

