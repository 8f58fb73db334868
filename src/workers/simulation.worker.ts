/**
 * The Monte Carlo simulation off the main thread, so the page stays responsive: it runs
 * in chunks, posts progress after each, and stops at a cancel message (the page may also
 * simply terminate the worker).
 */
import { runChunked } from '../engine/uncertainty/chunked';
import type { SimulationReply, SimulationRequest } from '../engine/uncertainty/protocol';
import { startSimulation } from '../engine/uncertainty/simulate';

const cancelled = new Set<number>();
const post = (reply: SimulationReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  const { id, model, options } = request;
  try {
    const run = startSimulation(model, options);
    const result = await runChunked(run, {
      onProgress: (done, total) => post({ type: 'progress', id, done, total }),
      isCancelled: () => cancelled.has(id),
    });
    post(result ? { type: 'result', id, result } : { type: 'cancelled', id });
  } catch (e) {
    post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  } finally {
    cancelled.delete(id);
  }
};
