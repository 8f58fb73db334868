/**
 * Runs sensitivity jobs (src/engine/uncertainty/sensitivity-jobs.ts) for one screen
 * section: in a Web Worker when the browser has one, else on the page in the same chunks
 * (the test environment, old browsers). The worker is kept between jobs, so a model edit restarts the figures without
 * loading it again; a reply for a job that is no longer current is dropped.
 */
import { runChunked } from '../engine/uncertainty/chunked';
import type { SensitivityJob, SensitivityReply, SensitivityRequest, SensitivityResult } from '../engine/uncertainty/protocol';
import { JOB_CHUNKS, startSensitivityJob } from '../engine/uncertainty/sensitivity-jobs';
import { messageOf, type JobClient, type JobHandlers } from './job-client';

export type SensitivityClient = JobClient<SensitivityJob, SensitivityResult>;

export function workerClient(): SensitivityClient {
  let worker: Worker | null = null;
  let nextId = 1;
  let current: { id: number; on: JobHandlers<SensitivityResult> } | null = null;

  const open = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<SensitivityReply>) => {
      const reply = event.data;
      if (!current || reply.id !== current.id) return;
      const { on } = current;
      if (reply.type === 'progress') return on.progress(reply.done, reply.total);
      current = null;
      if (reply.type === 'result') on.result(reply.result);
      if (reply.type === 'error') on.error(reply.message);
    };
    w.onerror = (event) => {
      const on = current?.on;
      current = null;
      w.terminate();
      if (worker === w) worker = null;
      on?.error(event.message || 'worker error');
    };
    return (worker = w);
  };

  return {
    run(job, on) {
      const w = open();
      const id = nextId++;
      current = { id, on };
      w.postMessage({ type: 'start', id, job } satisfies SensitivityRequest);
      return () => {
        if (current?.id !== id) return;
        current = null;
        w.postMessage({ type: 'cancel', id } satisfies SensitivityRequest);
      };
    },
    dispose() {
      current = null;
      worker?.terminate();
      worker = null;
    },
  };
}

export function pageClient(): SensitivityClient {
  let stopCurrent: (() => void) | null = null;
  return {
    run(job, on) {
      stopCurrent?.();
      let stopped = false;
      const isCancelled = () => stopped;
      runChunked(startSensitivityJob(job), { ...JOB_CHUNKS, isCancelled, onProgress: (done, total) => !stopped && on.progress(done, total) })
        .then((result) => {
          if (result && !stopped) on.result(result);
        })
        .catch((e: unknown) => {
          if (!stopped) on.error(messageOf(e));
        });
      const stop = () => {
        stopped = true;
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

/** A worker where module workers exist; the page otherwise. */
export function createSensitivityClient(): SensitivityClient {
  return typeof Worker === 'function' ? workerClient() : pageClient();
}
