/**
 * Runs the Monte Carlo simulation in a Web Worker (the page stays responsive), with its
 * progress and a stop. Where module workers do not exist (the test environment), the
 * same chunked loop runs in the page between macrotasks. Each run has a worker of its
 * own, ended when the run is done or stopped: a chunk in the middle stops too.
 */
import type { Model } from '../engine/model';
import { runChunked } from '../engine/uncertainty/chunked';
import type { SimulationReply, SimulationRequest } from '../engine/uncertainty/protocol';
import { startSimulation, type SimulationOptions, type SimulationResult } from '../engine/uncertainty/simulate';
import { messageOf, type JobClient, type JobHandlers } from './job-client';

/** Starts a run; the returned function stops it at once. */
export type LaunchSimulation = (model: Model, options: SimulationOptions, on: JobHandlers<SimulationResult>) => () => void;

export const inWorker: LaunchSimulation = (model, options, on) => {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  const id = 1;
  worker.onmessage = (event: MessageEvent<SimulationReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') return on.progress(reply.done, reply.total);
    if (reply.type === 'result') on.result(reply.result);
    if (reply.type === 'error') on.error(reply.message);
    worker.terminate();
  };
  worker.onerror = (event) => {
    on.error(event.message || 'worker error');
    worker.terminate();
  };
  worker.postMessage({ type: 'start', id, model, options } satisfies SimulationRequest);
  return () => {
    worker.postMessage({ type: 'cancel', id } satisfies SimulationRequest);
    // Terminating stops a chunk in the middle too; the cancel message is for a worker that outlives us.
    worker.terminate();
  };
};

export const inPage: LaunchSimulation = (model, options, on) => {
  let cancelled = false;
  try {
    const run = startSimulation(model, options);
    runChunked(run, { onProgress: on.progress, isCancelled: () => cancelled })
      .then((result) => result && !cancelled && on.result(result))
      .catch((e: unknown) => !cancelled && on.error(messageOf(e)));
  } catch (e) {
    on.error(messageOf(e));
  }
  return () => {
    cancelled = true;
  };
};

/** A worker where module workers exist; the page otherwise. */
export function launchSimulation(model: Model, options: SimulationOptions, on: JobHandlers<SimulationResult>): () => void {
  return (typeof Worker === 'function' ? inWorker : inPage)(model, options, on);
}

export interface SimulationJob {
  model: Model;
  options: SimulationOptions;
}

/** One run at a time: a new job stops the one before it, and no handler of a stopped run is called. */
export function createSimulationClient(): JobClient<SimulationJob, SimulationResult> {
  let stopCurrent: (() => void) | null = null;
  return {
    run(job, on) {
      stopCurrent?.();
      let live = true;
      const guard = <A extends unknown[]>(f: (...args: A) => void) => (...args: A) => {
        if (live) f(...args);
      };
      const stopRun = launchSimulation(job.model, job.options, { progress: guard(on.progress), result: guard(on.result), error: guard(on.error) });
      const stop = () => {
        if (!live) return;
        live = false;
        stopRun();
        if (stopCurrent === stop) stopCurrent = null;
      };
      stopCurrent = stop;
      return stop;
    },
    dispose() {
      stopCurrent?.();
      stopCurrent = null;
    },
  };
}
