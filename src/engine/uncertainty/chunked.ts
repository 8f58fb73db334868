/**
 * Runs a simulation a chunk at a time, yielding between chunks so progress can be shown
 * and a cancel message can arrive. The worker and the in-page fallback (tests, a browser
 * without module workers) share this loop, so both behave the same.
 */
import type { SimulationResult, SimulationRun } from './simulate';

export interface ChunkOptions {
  /** Runs per chunk (default 250: a few milliseconds on the school example). */
  chunk?: number;
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
  /** How to let other work in between; defaults to a macrotask. */
  pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves with the result, or with null when cancelled. */
export async function runChunked(run: SimulationRun, options: ChunkOptions): Promise<SimulationResult | null> {
  const chunk = Math.max(1, options.chunk ?? 250);
  const pause = options.pause ?? macrotask;
  while (run.done < run.runs) {
    if (options.isCancelled()) return null;
    run.step(chunk);
    options.onProgress(run.done, run.runs);
    await pause();
  }
  return options.isCancelled() ? null : run.result();
}
