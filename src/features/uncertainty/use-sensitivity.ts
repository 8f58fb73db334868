/**
 * Exact sensitivity figures of a large model without freezing the page: the job runs in
 * a worker (sensitivity-client.ts) as soon as it is given, with progress, and starts
 * afresh whenever the job changes (a model edit, another target): the stale run is
 * stopped. The last finished result stays available with the job it belongs to, so a
 * section can show it marked as out of date, never as the current figures.
 *
 * Cancel pauses: later edits do not start new runs until the user asks again (`resume`).
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { SensitivityJob, SensitivityResult } from '../../engine/uncertainty/protocol';
import { createSensitivityClient } from './sensitivity-client';

export type JobStatus =
  | { status: 'running'; done: number; total: number }
  | { status: 'done' }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface Finished<R> {
  job: SensitivityJob;
  result: R;
}

type Track = { job: SensitivityJob } & JobStatus;

export interface SensitivityJobState<R> {
  /** Where the current job stands. */
  current: JobStatus;
  /** The last finished result: current when `latest.job` is the job given, out of date otherwise. */
  latest: Finished<R> | null;
  cancel: () => void;
  resume: () => void;
}

export function useSensitivityJob<R extends SensitivityResult>(job: SensitivityJob | null): SensitivityJobState<R> {
  const [client] = useState(createSensitivityClient);
  const [track, setTrack] = useState<Track | null>(null);
  const [latest, setLatest] = useState<Finished<R> | null>(null);
  const [paused, setPaused] = useState(false);
  // Bumped by `resume`, so asking again after an error runs the same job once more.
  const [attempt, setAttempt] = useState(0);

  // Leaving the screen stops the work: nobody would see its result.
  useEffect(() => () => client.dispose(), [client]);

  useEffect(() => {
    if (!job || paused) return;
    return client.run(job, {
      progress: (done, total) => setTrack({ job, status: 'running', done, total }),
      // A transition: drawing a large tornado (thousands of table rows) yields to typing and clicks.
      result: (result) =>
        startTransition(() => {
          setLatest({ job, result: result as R });
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
