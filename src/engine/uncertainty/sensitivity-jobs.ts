/**
 * The exact sensitivity figures as chunked jobs, and the message handler of the
 * sensitivity worker. Pure (no DOM): the worker file only wires it to `self`, so tests run
 * the very same handler in Node. The results are those of `tornado`, `payingSector` and
 * `switchingValues` (the jobs are built from the same runs), as plain data.
 */
import { runChunked, type ChunkOptions, type ChunkedRun } from './chunked';
import type { SensitivityJob, SensitivityReply, SensitivityRequest, SensitivityResult } from './protocol';
import { payingSector, startTornado } from './sensitivity';
import { startSwitching } from './switching';

/** One run per job; its result is what crosses back to the page. */
export function startSensitivityJob(job: SensitivityJob): ChunkedRun<SensitivityResult> {
  if (job.kind === 'switching') {
    const run = startSwitching(job.model);
    return {
      get runs() { return run.runs; },
      get done() { return run.done; },
      step: (n) => run.step(n),
      result: () => ({ kind: 'switching', switching: run.result() }),
    };
  }
  const run = startTornado(job.model, job.target, job.inputs);
  return {
    get runs() { return run.runs; },
    get done() { return run.done; },
    step: (n) => run.step(n),
    result: () => ({ kind: 'tornado', tornado: run.result(), payer: payingSector(job.model) }),
  };
}

/**
 * A few units per step, repeated for about this long before progress is posted: a tornado
 * input of the 60-year large model costs about half a millisecond, one of a 5-year model
 * a twentieth of that, and either way the worker looks at its messages every ~40 ms.
 */
export const JOB_CHUNKS = { chunk: 4, sliceMs: 40 } as const;

/**
 * The worker's message handler. One job at a time: a new start supersedes any job still
 * running (the page only ever wants the figures of its latest model), and a cancel stops
 * a job at its next chunk. Never throws: a failure becomes an error reply.
 */
export function createSensitivityHandler(post: (reply: SensitivityReply) => void, chunks: Partial<ChunkOptions> = JOB_CHUNKS) {
  let latest = -1;
  const cancelled = new Set<number>();
  return async (request: SensitivityRequest): Promise<void> => {
    if (request.type === 'cancel') {
      if (request.id === latest) cancelled.add(request.id);
      return;
    }
    const { id, job } = request;
    latest = id;
    const stopped = () => cancelled.has(id) || latest !== id;
    try {
      const result = await runChunked(startSensitivityJob(job), {
        ...chunks,
        onProgress: (done, total) => {
          if (!stopped()) post({ type: 'progress', id, done, total });
        },
        isCancelled: stopped,
      });
      post(result ? { type: 'result', id, result } : { type: 'cancelled', id });
    } catch (e) {
      post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
    } finally {
      cancelled.delete(id);
    }
  };
}
