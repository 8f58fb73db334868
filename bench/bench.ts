/**
 * What a benchmark is, for bench/run.ts. Each bench/*.bench.ts file exports
 * `benchmarks: Benchmark[]`; the runner finds the files itself, so adding a benchmark
 * means adding a file, not editing the runner.
 */

export interface Measurement {
  value: number;
  /** "ms" for times; anything else (e.g. "kB") for sizes and counts. */
  unit: string;
  /** How it was measured: "median of 7 runs (min 101.2, max 130.4)". */
  detail?: string;
}

export interface Benchmark {
  name: string;
  measure: () => Measurement | Promise<Measurement>;
  /** The most the value may be, in `unit`; shown beside the figure. */
  target?: number;
}

export interface TimingOptions {
  runs?: number;
  /** Untimed runs first, so the JIT has compiled the hot paths. */
  warmup?: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median wall time of `fn` over `runs` runs (at least 5), measured with performance.now(). */
export async function timed(fn: () => unknown, { runs = 7, warmup = 1 }: TimingOptions = {}): Promise<Measurement> {
  const count = Math.max(5, runs);
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return {
    value: median(times),
    unit: 'ms',
    detail: `median of ${count} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
  };
}
