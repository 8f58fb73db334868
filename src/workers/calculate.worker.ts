/**
 * The exact calculation off the main thread, for large models: typing stays responsive
 * while the engine works. Only plain data crosses (the model with its decimal strings in,
 * the Result of spec §3 out), never Decimal objects.
 *
 * The handler is a pure exported function so tests run it in Node without a worker; the
 * page side (queueing, stale replies, restart after an error) is src/app/result-store.ts,
 * and what crosses in between (changes, not whole models and results) is
 * src/workers/calculate-protocol.ts.
 */
import { calculate, createCalculator } from '../engine/calculate';
import type { Model } from '../engine/model';
import type { Result } from '../engine/result';
import { createWorkerSession, type WireRequest } from './calculate-protocol';

export interface CalculateRequest {
  type: 'calculate';
  /** Increases with every request; a reply names the request it answers. */
  seq: number;
  model: Model;
}

export type CalculateReply =
  | { type: 'result'; seq: number; result: Result; ms: number }
  | { type: 'error'; seq: number; message: string };

/** Answers one request. Never throws: an engine error becomes an error reply. */
export function handleCalculateRequest(
  request: CalculateRequest,
  calc: (model: Model) => Result = calculate,
  now: () => number = () => performance.now(),
): CalculateReply {
  const start = now();
  try {
    const result = calc(request.model);
    return { type: 'result', seq: request.seq, result, ms: now() - start };
  } catch (e) {
    return { type: 'error', seq: request.seq, message: e instanceof Error ? e.message : String(e) };
  }
}

// Registers only inside a worker (importScripts exists there), so importing this module
// in Node or jsdom has no side effect.
const scope = globalThis as unknown as Partial<DedicatedWorkerGlobalScope>;
if (typeof scope.importScripts === 'function') {
  // One calculator for the worker's life: an edit recomputes only the lines it touched.
  const calculator = createCalculator();
  const session = createWorkerSession((request) => handleCalculateRequest(request, calculator));
  scope.onmessage = (event: MessageEvent<WireRequest>) => {
    scope.postMessage?.(session(event.data));
  };
}
