/**
 * Where the figures come from. A small model is calculated at once on the main thread, so
 * the examples update within the frame of the keystroke. A large model is calculated in a
 * Web Worker: the page keeps showing the last result (marked busy) and stays responsive.
 *
 * - One request at a time: while the worker computes, only the newest model waits, so a
 *   fast typist never builds a queue of calculations nobody will see.
 * - A reply is accepted only for the request in flight and only when its model is newer
 *   than the one already shown; anything else is stale and dropped.
 * - An error (engine or worker) terminates the worker and the model is calculated on the
 *   main thread instead; the next edit starts a fresh worker, until `maxFailures`.
 * - The last result stands in for a newer model only when both have the same years and
 *   sectors: screens pair the two, so a structural edit (a sector added, the horizon
 *   changed), or a large model read before the worker has answered for it, is calculated
 *   at once rather than shown against the wrong layout. That model still goes to the
 *   worker afterwards, so the worker's caches follow every model the user sees.
 */
import type { Model } from '../engine/model';
import type { Result } from '../engine/result';
import type { CalculateReply, CalculateRequest } from '../workers/calculate.worker';

export interface ResultSnapshot {
  /** The model the caller asked about. */
  model: Model;
  /** Its result, or while `busy` the last result of an earlier model. */
  result: Result;
  busy: boolean;
}

/** The page's side of a worker: what the store needs, so tests can pass a fake. */
export interface WorkerPort {
  post: (request: CalculateRequest) => void;
  terminate: () => void;
}

export type CreateWorker = (onReply: (reply: CalculateReply) => void, onError: (message: string) => void) => WorkerPort | null;

export interface ResultStoreOptions {
  calculate: (model: Model) => Result;
  /** Starts a worker; null where there is none (tests, old browsers, a blocked script). */
  createWorker: CreateWorker;
  /** Whether a model is worth sending to the worker. */
  isLarge: (model: Model) => boolean;
  /** Worker failures after which the store stops starting new ones. */
  maxFailures?: number;
}

export interface ResultStore {
  /** The snapshot for `model` (calculating it at once when it may not wait). Stable while nothing changes. */
  read: (model: Model) => ResultSnapshot;
  /**
   * Asks for a large model's result in the background: posts it to the worker or queues it.
   * Called on every model change (even before a screen reads it: a file just opened is
   * calculated while the user finds the screen) and after each render that read it.
   */
  request: (model: Model) => void;
  subscribe: (listener: () => void) => () => void;
  /** The last worker or engine error, for diagnostics. */
  lastError: () => string | null;
}

/** Same horizon and same sectors (ids and levels, in order): a result of one fits the other's screens. */
export function sameLayout(a: Model, b: Model): boolean {
  if (a.startYear !== b.startYear || a.years !== b.years) return false;
  if (a.sectors === b.sectors) return true;
  return a.sectors.length === b.sectors.length && a.sectors.every((s, i) => s.id === b.sectors[i]!.id && s.level === b.sectors[i]!.level);
}

export function createResultStore(options: ResultStoreOptions): ResultStore {
  const maxFailures = options.maxFailures ?? 3;
  const listeners = new Set<() => void>();
  /** Models are numbered as first seen, so "newer" means later in the user's edits. */
  const versions = new WeakMap<Model, number>();
  let lastVersion = 0;
  /** Models the worker failed on: calculated on the main thread from now on. */
  const onMainThread = new WeakSet<Model>();

  let shown: ResultSnapshot | null = null;
  let busyView: ResultSnapshot | null = null;
  let worker: WorkerPort | null = null;
  let failures = 0;
  let seq = 0;
  let inFlight: { seq: number; model: Model } | null = null;
  /** The last model sent to the current worker: what its caches hold. */
  let posted: Model | null = null;
  let waiting: Model | null = null;
  let error: string | null = null;

  const version = (model: Model) => {
    let v = versions.get(model);
    if (v === undefined) versions.set(model, (v = ++lastVersion));
    return v;
  };
  const notify = () => listeners.forEach((l) => l());

  function fail(message: string) {
    error = message;
    failures += 1;
    worker?.terminate();
    worker = null;
    posted = null;
    if (inFlight) onMainThread.add(inFlight.model);
    if (waiting) onMainThread.add(waiting);
    inFlight = null;
    waiting = null;
    // Readers see that their model may no longer wait and calculate it themselves.
    notify();
  }

  function onReply(reply: CalculateReply) {
    if (!inFlight || reply.seq !== inFlight.seq) return; // stale: an earlier request or worker
    if (reply.type === 'error') return fail(reply.message);
    const { model } = inFlight;
    inFlight = null;
    if (!shown || version(model) > version(shown.model)) shown = { model, result: reply.result, busy: false };
    const next = waiting;
    waiting = null;
    if (next && next !== posted) post(next);
    notify();
  }

  function ensureWorker(): WorkerPort | null {
    if (worker || failures >= maxFailures) return worker;
    try {
      // The port is checked against `worker` so a terminated one cannot answer.
      const port: WorkerPort | null = options.createWorker(
        (reply) => {
          if (worker === port) onReply(reply);
        },
        (message) => {
          if (worker === port) fail(message);
        },
      );
      worker = port;
    } catch (e) {
      failures = maxFailures; // cannot start at all (e.g. blocked): stop trying
      error = e instanceof Error ? e.message : String(e);
      worker = null;
    }
    return worker;
  }

  function post(model: Model) {
    const port = ensureWorker();
    if (!port) return;
    seq += 1;
    inFlight = { seq, model };
    posted = model;
    port.post({ type: 'calculate', seq, model });
  }

  function mayWait(model: Model): boolean {
    return shown !== null && options.isLarge(model) && !onMainThread.has(model) && sameLayout(shown.model, model) && ensureWorker() !== null;
  }

function request(model: Model) {
    // A large model already shown (calculated here after a structural edit) still goes
    // to the worker: its caches then hold this model, and the next one-cell edit takes
    // milliseconds there instead of a full cold calculation.
    if (posted === model || !options.isLarge(model) || onMainThread.has(model)) {
      if (shown?.model === model || posted === model) waiting = null;
      return;
    }
    if (!ensureWorker()) return;
    version(model);
    if (inFlight) {
      waiting = model;
      return;
    }
    post(model);
  }

  return {
    read(model) {
      version(model);
      if (shown?.model === model) return shown;
      if (shown && mayWait(model)) {
        if (busyView?.model !== model || busyView.result !== shown.result) busyView = { model, result: shown.result, busy: true };
        return busyView;
      }
      // The worker starts on it too (on the other core) before the page's own calculation.
      request(model);
      shown = { model, result: options.calculate(model), busy: false };
      return shown;
    },
    request,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastError: () => error,
  };
}
