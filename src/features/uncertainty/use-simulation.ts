/**
 * Runs the Monte Carlo simulation in a Web Worker (the page stays responsive), with its
 * progress and a cancel (src/workers/simulation-client.ts). Where module workers do not
 * exist (the test environment), the same chunked loop runs in the page between macrotasks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Model } from '../../engine/model';
import type { SimulationOptions, SimulationResult } from '../../engine/uncertainty/simulate';
import { launchSimulation } from '../../workers/simulation-client';

export type SimulationState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: SimulationResult; model: Model }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

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
    const finish = () => {
      stop.current = null;
    };
    stop.current = launchSimulation(model, options, {
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
