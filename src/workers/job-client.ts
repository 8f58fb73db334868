/**
 * What the page needs from a worker that computes one job at a time (the exact
 * sensitivity figures, the simulation): start a job, hear its progress and its result,
 * stop it. Each client runs in a Web Worker where the browser has one, and on the page
 * in chunks otherwise (the test environment), behind the same interface.
 */
export interface JobHandlers<R> {
  progress: (done: number, total: number) => void;
  result: (result: R) => void;
  error: (message: string) => void;
}

export interface JobClient<J, R> {
  /** Starts a job (superseding any other); the returned function stops it, and no handler is called after that. */
  run(job: J, on: JobHandlers<R>): () => void;
  /** Stops at once and frees the worker; a later `run` starts a new one. */
  dispose(): void;
}

export const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
