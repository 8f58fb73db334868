/**
 * The figures of the uncertainty summary for the overview and the report. Each part (the
 * simulation, the inputs that matter most, the break-even values) is computed during
 * render when it is light (the built-in examples: at once, no "calculating" flash, and a
 * print right after load has them), and in a worker when it is heavy (a large model: the
 * page never stands still for it). The exact parts share one sensitivity worker, one
 * after the other; the simulation has its own. A model change restarts the heavy parts;
 * leaving the screen ends the workers.
 *
 * Figures of an older model are returned marked `stale`, never as current ones.
 */
import { useMemo } from 'react';
import type { Model } from '../engine/model';
import { FISCAL } from '../engine/uncertainty/exact-npv';
import type { SensitivityJob, SensitivityResult } from '../engine/uncertainty/protocol';
import { tornado, type TornadoBar } from '../engine/uncertainty/sensitivity';
import { switchingValues, type Switching } from '../engine/uncertainty/switching';
import type { SimulationResult } from '../engine/uncertainty/simulate';
import { inputsOf } from '../workers/inputs-cache';
import type { SimulationJob } from '../workers/simulation-client';
import { useSensitivityJob, useSimulationJob } from '../workers/use-worker-job';
import { heavyParts, simulateNow, summaryFromSimulation, summaryOptions, topBars, type UncertaintySummaryData } from './uncertainty-summary-data';

type TornadoJob = Extract<SensitivityJob, { kind: 'tornado' }>;
type SwitchingJob = Extract<SensitivityJob, { kind: 'switching' }>;
type TornadoResult = Extract<SensitivityResult, { kind: 'tornado' }>;
type SwitchingResult = Extract<SensitivityResult, { kind: 'switching' }>;

/** A part's value and the model it was computed for. */
interface Part<T> {
  model: Model;
  value: T;
  current: boolean;
}

export interface SummaryState {
  /** Every part, once each has been computed for some model; null before. */
  data: UncertaintySummaryData | null;
  /** The models the named inputs and the break-even lines belong to (older ones while stale). */
  topModel: Model;
  breakEvenModel: Model;
  /** Some part is still being computed for the current model. */
  busy: boolean;
  /** `data` (or part of it) belongs to an older model. */
  stale: boolean;
  /** A worker failed; its message. */
  error: string | null;
}

/** The light value, or the worker's last result `value` (current when made for `job`). */
function part<T>(model: Model, light: T | null, job: object | null, latest: { job: { model: Model } } | null, value: T | null): Part<T> | null {
  if (light !== null) return { model, value: light, current: true };
  if (!latest || value === null) return null;
  return { model: latest.job.model, value, current: latest.job === job };
}

export function useUncertaintySummary(model: Model): SummaryState {
  const inputs = useMemo(() => inputsOf(model), [model]);
  const heavy = useMemo(() => heavyParts(model, inputs), [model, inputs]);

  const lightSim = useMemo(() => (heavy.simulation ? null : simulateNow(model)), [heavy.simulation, model]);
  const lightTop = useMemo(() => (heavy.tornado ? null : topBars(tornado(model, FISCAL, inputs))), [heavy.tornado, model, inputs]);
  const lightSwitching = useMemo(() => (heavy.switching ? null : switchingValues(model)), [heavy.switching, model]);

  const simJob = useMemo((): SimulationJob | null => (heavy.simulation ? { model, options: summaryOptions(model) } : null), [heavy.simulation, model]);
  const tornadoJob = useMemo((): TornadoJob | null => (heavy.tornado ? { kind: 'tornado', model, target: FISCAL, inputs } : null), [heavy.tornado, model, inputs]);
  const switchingJob = useMemo((): SwitchingJob | null => (heavy.switching ? { kind: 'switching', model } : null), [heavy.switching, model]);

  const simWork = useSimulationJob(simJob);
  const tornadoWork = useSensitivityJob<TornadoResult>(tornadoJob);
  const tornadoDone = !tornadoJob || tornadoWork.latest?.job === tornadoJob;
  // One exact job at a time: with the simulation beside it, two workers at most share the cores with the page.
  const switchingWork = useSensitivityJob<SwitchingResult>(tornadoDone || tornadoWork.current.status === 'error' ? switchingJob : null);

  const tornadoLatest = tornadoWork.latest;
  const workerTop = useMemo(() => (tornadoLatest ? topBars(tornadoLatest.result.tornado) : null), [tornadoLatest]);
  const sim = part<SimulationResult>(model, lightSim, simJob, simWork.latest, simWork.latest?.result ?? null);
  const top = part<TornadoBar[]>(model, lightTop, tornadoJob, tornadoLatest, workerTop);
  const breakEven = part<Switching>(model, lightSwitching, switchingJob, switchingWork.latest, switchingWork.latest?.result.switching ?? null);

  const simModel = sim?.model;
  const simValue = sim?.value;
  const topValue = top?.value;
  const breakEvenValue = breakEven?.value;
  const data = useMemo(
    () => (simModel && simValue && topValue && breakEvenValue ? summaryFromSimulation(simModel, simValue, { top: topValue, switching: breakEvenValue }) : null),
    [simModel, simValue, topValue, breakEvenValue],
  );

  const errors = [simJob && simWork.current, tornadoJob && tornadoWork.current, switchingJob && switchingWork.current].flatMap((s) => (s && s.status === 'error' ? [s.message] : []));
  const allCurrent = !!sim?.current && !!top?.current && !!breakEven?.current;
  return {
    data,
    topModel: top?.model ?? model,
    breakEvenModel: breakEven?.model ?? model,
    busy: !allCurrent && errors.length === 0,
    stale: data !== null && !allCurrent,
    error: errors[0] ?? null,
  };
}
