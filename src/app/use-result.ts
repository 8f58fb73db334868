import { useEffect, useSyncExternalStore } from 'react';
import { calculate } from '../engine/calculate';
import type { Model } from '../engine/model';
import type { Result } from '../engine/result';
import { useModelStore } from '../store/model-store';
import type { CalculateReply } from '../workers/calculate.worker';
import { createPageSession, type WireReply } from '../workers/calculate-protocol';
import { createResultStore, type CreateWorker, type ResultSnapshot } from './result-store';

/**
 * Above this many line-years (every line, cohort and sector × the horizon) a calculation
 * takes more than a frame on a slow machine (about 5 µs each on the project's 2-core
 * machine), so it goes to the worker. The examples are about 150.
 */
export const WORKER_THRESHOLD = 1500;

export function modelSize(model: Model): number {
  const lines = model.costs.length + model.benefits.length + model.transfers.length + model.cohorts.length + model.sectors.length;
  return lines * model.years;
}

const browserWorker: CreateWorker = (onReply, onError) => {
  if (typeof Worker !== 'function') return null;
  const worker = new Worker(new URL('../workers/calculate.worker.ts', import.meta.url), { type: 'module' });
  const session = createPageSession();
  worker.onmessage = (event: MessageEvent<WireReply>) => {
    let reply: CalculateReply;
    try {
      reply = session.decode(event.data);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
      return;
    }
    onReply(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onError(event.message || 'calculation worker failed');
  };
  worker.onmessageerror = () => onError('calculation worker sent an unreadable message');
  return { post: (request) => worker.postMessage(session.encode(request)), terminate: () => worker.terminate() };
};

const store = createResultStore({ calculate, createWorker: browserWorker, isLarge: (m) => modelSize(m) > WORKER_THRESHOLD });

// Every model change goes to the worker at once, before any screen has rendered it.
useModelStore.subscribe((state, previous) => {
  if (state.model !== previous.model) store.request(state.model);
});

function useSnapshot(): ResultSnapshot {
  const model = useModelStore((s) => s.model);
  const snapshot = useSyncExternalStore(store.subscribe, () => store.read(model));
  useEffect(() => store.request(model), [model]);
  return snapshot;
}

/**
 * Figures are derived, never stored: every screen reads them from the current model. For
 * a large model this may briefly be the previous edit's result (see useResultStatus).
 */
export function useResult(): Result {
  return useSnapshot().result;
}

/** `busy`: the figures shown are from an earlier edit and new ones are being calculated (for aria-busy). */
export function useResultStatus(): { busy: boolean } {
  return { busy: useSnapshot().busy };
}
