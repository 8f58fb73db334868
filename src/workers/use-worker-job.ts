/**
 * Figures of a large model without freezing the page: a job runs in a worker
 * (sensitivity-client.ts, simulation-client.ts) as soon as it is given, with progress,
 * and starts afresh whenever the job changes (a model edit, another target): the stale
 * run is stopped. The last finished result stays available with the job it belongs to,
 * so a section can show it marked as out of date, never as the current figures.
 * Unmounting (leaving the screen) ends the worker.
 *
 * Cancel pauses: later edits do not start new runs until the user asks again (`resume`).
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { SensitivityJob, SensitivityResult } from '../engine/uncertainty/protocol';
import type { SimulationResult } from '../engine/uncertainty/simulate';
import type { JobClient } from './job-client';
import { createSensitivityClient } from './sensitivity-client';
import { createSimulationClient, type SimulationJob } from './simulation-client';

export type JobStatus =
  | { status: 'running'; done: number; total: number }
  | { status: 'done' }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface Finished<J, R> {
  job: J;
  result: R;
}

type Track<J> = { job: J } & JobStatus;

export interface WorkerJobState<J, R> {
  /** Where the current job stands. */
  current: JobStatus;
  /** The last finished result: current when `latest.job` is the job given, out of date otherwise. */
  latest: Finished<J, R> | null;
  cancel: () => void;
  resume: () => void;
}

/** Runs `job` (compared by reference: memoise it) with a client made once per component. */
export function useWorkerJob<J, R>(job: J | null, createClient: () => JobClient<J, R>): WorkerJobState<J, R> {
  const [client] = useState(createClient);
  const [track, setTrack] = useState<Track<J> | null>(null);
  const [latest, setLatest] = useState<Finished<J, R> | null>(null);
  const [paused, setPaused] = useState(false);
  // Bumped by `resume`, so asking again after an error runs the same job once more.
  const [attempt, setAttempt] = useState(0);

  // Leaving the screen stops the work: nobody would see its result.
  useEffect(() => () => client.dispose(), [client]);

  useEffect(() => {
    if (!job || paused) return;
    return client.run(job, {
      progress: (done, total) => setTrack({ job, status: 'running', done, total }),
      // A transition: drawing a large result (thousands of table rows) yields to typing and clicks.
      result: (result) =>
        startTransition(() => {
          setLatest({ job, result });
          setTrack(null);
        }),
      error: (message) => setTrack({ job, status: 'error', message }),
    });
  }, [client, job, paused, attempt]);

  const cancel = useCallback(() => {
    // The worker is ended, not only told: the CPU is free at once.
    client.dispose();
    setPaused(true);
  }, [client]);
  const resume = useCallback(() => {
    setTrack(null);
    setPaused(false);
    setAttempt((n) => n + 1);
  }, []);

  let current: JobStatus;
  if (latest && latest.job === job) current = { status: 'done' };
  else if (track && track.job === job) current = track;
  else if (paused) current = { status: 'cancelled' };
  // Started (or about to be) and no progress yet.
  else current = { status: 'running', done: 0, total: 0 };
  return { current, latest, cancel, resume };
}

export type SensitivityJobState<R> = WorkerJobState<SensitivityJob, R>;

/** The tornado or the break-even values in the sensitivity worker. */
export function useSensitivityJob<R extends SensitivityResult>(job: SensitivityJob | null): SensitivityJobState<R> {
  // The client's result is the union; the job's kind decides which member comes back.
  return useWorkerJob(job, createSensitivityClient as () => JobClient<SensitivityJob, R>);
}

/** The Monte Carlo simulation in the simulation worker. */
export function useSimulationJob(job: SimulationJob | null): WorkerJobState<SimulationJob, SimulationResult> {
  return useWorkerJob(job, createSimulationClient);
}
