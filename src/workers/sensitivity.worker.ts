/**
 * The exact tornado and break-even values of a large model off the main thread, in chunks
 * with progress and a cancel (src/engine/uncertainty/sensitivity-jobs.ts). Its own worker,
 * not the simulation's: a model edit restarts these figures, and that must never stop a
 * simulation the user started; each screen section also owns and ends its own worker.
 */
import { createSensitivityHandler } from '../engine/uncertainty/sensitivity-jobs';
import type { SensitivityRequest } from '../engine/uncertainty/protocol';

// Registers only inside a worker (importScripts exists there), so importing this module
// in Node or jsdom has no side effect.
const scope = globalThis as unknown as Partial<DedicatedWorkerGlobalScope>;
if (typeof scope.importScripts === 'function') {
  const handle = createSensitivityHandler((reply) => scope.postMessage?.(reply));
  scope.onmessage = (event: MessageEvent<SensitivityRequest>) => {
    void handle(event.data);
  };
}
