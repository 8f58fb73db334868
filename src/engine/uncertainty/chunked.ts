/**
 * Runs long work a chunk at a time, yielding between chunks so progress can be shown and
 * a cancel message can arrive. The workers and the in-page fallback (tests, a browser
 * without module workers) share this loop, so both behave the same. The simulation and
 * the exact sensitivity jobs (sensitivity-jobs.ts) are both such runs.
 */
/** Work counted in units (simulation runs, tornado inputs, gain lines) that can stop between units. */
export interface ChunkedRun<R> {
  readonly runs: number;
  readonly done: number;
  /** Does up to `count` more units. */
  step(count: number): unknown;
  result(): R;
}

export interface ChunkOptions {
  /** Units per step (default 250: a few milliseconds of simulation on the school example). */
  chunk?: number;
  /**
   * When set, steps are repeated until this many milliseconds have passed before progress
   * is posted and the loop yields: units of very different cost (a tornado input of a
   * 60-year model or of a 5-year one) then still yield every few dozen milliseconds.
   */
  sliceMs?: number;
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
  /** How to let other work in between; defaults to a macrotask. */
  pause?: () => Promise<void>;
  now?: () => number;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves with the result, or with null when cancelled. */
export async function runChunked<R>(run: ChunkedRun<R>, options: ChunkOptions): Promise<R | null> {
  const chunk = Math.max(1, options.chunk ?? 250);
  const pause = options.pause ?? macrotask;
  const now = options.now ?? (() => performance.now());
  while (run.done < run.runs) {
    if (options.isCancelled()) return null;
    const started = options.sliceMs ? now() : 0;
    do run.step(chunk);
    while (options.sliceMs && run.done < run.runs && now() - started < options.sliceMs);
    options.onProgress(run.done, run.runs);
    await pause();
  }
  return options.isCancelled() ? null : run.result();
}
