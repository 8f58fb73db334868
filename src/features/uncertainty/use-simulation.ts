/**
 * Runs the Monte Carlo simulation in a Web Worker (the page stays responsive), with its
 * progress and a cancel. Where module workers do not exist (the test environment), the
 * same chunked loop runs in the page between macrotasks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Model } from '../../engine/model';
import { runChunked } from '../../engine/uncertainty/chunked';
import type { SimulationReply, SimulationRequest } from '../../engine/uncertainty/protocol';
import { startSimulation, type SimulationOptions, type SimulationResult } from '../../engine/uncertainty/simulate';

export type SimulationState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: SimulationResult; model: Model }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

interface Handlers {
  progress: (done: number, total: number) => void;
  result: (result: SimulationResult) => void;
  error: (message: string) => void;
}

/** Starts a run; the returned function stops it at once. */
type Launch = (model: Model, options: SimulationOptions, on: Handlers) => () => void;

const inWorker: Launch = (model, options, on) => {
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
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

const inPage: Launch = (model, options, on) => {
  let cancelled = false;
  try {
    const run = startSimulation(model, options);
    runChunked(run, { onProgress: on.progress, isCancelled: () => cancelled })
      .then((result) => result && on.result(result))
      .catch((e: unknown) => on.error(e instanceof Error ? e.message : String(e)));
  } catch (e) {
    on.error(e instanceof Error ? e.message : String(e));
  }
  return () => {
    cancelled = true;
  };
};

/**
 * Whether two models give the same simulation: the same lines, cohorts, sectors, timing,
 * discounting and settings. Scenarios, names and texts do not matter to it. Edits always
 * build new objects, so comparing references is enough.
 */
export function sameSimulationInputs(a: Model, b: Model): boolean {
  if (a === b) return true;
  const keys = ['years', 'startYear', 'discountRate', 'discountSchedule', 'discountRateRange', 'optimismBias', 'sectors', 'costs', 'cohorts', 'benefits', 'transfers', 'simulation'] as const;
  return keys.every((k) => a[k] === b[k]);
}

export function useSimulation() {
  const [state, setState] = useState<SimulationState>({ status: 'idle' });
  const stop = useRef<(() => void) | null>(null);

  // Leaving the screen stops a run: nobody would see its result.
  useEffect(() => () => stop.current?.(), []);

  const start = useCallback((model: Model, options: SimulationOptions) => {
    stop.current?.();
    setState({ status: 'running', done: 0, total: options.runs });
    const launch = typeof Worker === 'function' ? inWorker : inPage;
    const finish = () => {
      stop.current = null;
    };
    stop.current = launch(model, options, {
      progress: (done, total) => setState({ status: 'running', done, total }),
      result: (result) => {
        finish();
        setState({ status: 'done', result, model });
      },
      error: (message) => {
        finish();
        setState({ status: 'error', message });
      },
    });
  }, []);

  const cancel = useCallback(() => {
    stop.current?.();
    stop.current = null;
    setState({ status: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
