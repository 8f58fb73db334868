/**
 * Saving when the page is idle instead of on every edit. Writing the whole library to
 * localStorage takes 10–15 ms with a large model; done right after each keystroke it
 * delays the next frame. Instead an edit only marks the save as due, and the write runs
 * once the browser is idle (requestIdleCallback, at most IDLE_TIMEOUT_MS later), with
 * whatever the state is by then: several edits in a row make one write.
 *
 * What can be lost: the write is ALWAYS run at once when the page goes away (`pagehide`:
 * reload, tab closed, navigation) or is hidden (`visibilitychange`: tab switched, app
 * minimised — mobile browsers may kill hidden pages without a pagehide). Only a crash of
 * the tab or browser before the idle callback loses anything: at most about half a second
 * of work.
 */

/** The longest an edit waits for its write when the browser is never idle. */
export const IDLE_TIMEOUT_MS = 500;
/**
 * Without requestIdleCallback (Safari, jsdom, Node) a plain timer: long enough for the
 * edit's render and paint to go first and for a burst of edits to share one write.
 */
export const FALLBACK_DELAY_MS = 200;

/** Runs `task` later; returns a function that cancels it. */
export type Scheduler = (task: () => void) => () => void;

export const idleScheduler: Scheduler = (task) => {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, FALLBACK_DELAY_MS);
  return () => clearTimeout(handle);
};

/**
 * Never runs on its own: the write happens only when the page is hidden or goes away (or
 * on flush). For what matters only after a reload, such as the undo history.
 */
export const whenLeaving: Scheduler = () => () => {};

type Listeners = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Where "the page is going away" is heard: the window (pagehide) and the document (visibility). */
export interface PageLifecycle {
  window: Listeners;
  document: Listeners & { readonly visibilityState: DocumentVisibilityState };
}

export function browserLifecycle(): PageLifecycle | null {
  return typeof window === 'undefined' || typeof document === 'undefined' ? null : { window, document };
}

export interface IdleWriterOptions {
  schedule?: Scheduler;
  /** null: no page events (the caller flushes); default: this page's window and document. */
  lifecycle?: PageLifecycle | null;
}

export interface IdleWriter {
  /** Marks the write as due; it runs once, at idle time, however often this is called. */
  schedule(): void;
  /** Runs a due write now (page going away, a read of what was written, a test). */
  flush(): void;
  /** Drops a due write without running it. */
  cancel(): void;
  pending(): boolean;
  /** Flushes, then stops listening to the page. */
  dispose(): void;
}

export function createIdleWriter(write: () => void, options: IdleWriterOptions = {}): IdleWriter {
  const schedule = options.schedule ?? idleScheduler;
  const lifecycle = options.lifecycle === undefined ? browserLifecycle() : options.lifecycle;
  /** The due write (a fresh token each time), and how to call off its scheduled run. */
  let due: object | null = null;
  let cancelRun: (() => void) | null = null;

  const cancel = () => {
    cancelRun?.();
    cancelRun = null;
    due = null;
  };
  const flush = () => {
    if (due === null) return;
    cancel();
    write();
  };
  const onPageHide = () => flush();
  const onVisibility = () => {
    if (lifecycle?.document.visibilityState === 'hidden') flush();
  };
  lifecycle?.window.addEventListener('pagehide', onPageHide);
  lifecycle?.document.addEventListener('visibilitychange', onVisibility);

  return {
    schedule() {
      if (due !== null) return;
      const token = {};
      due = token;
      const cancelIt = schedule(() => {
        // A run for a write that was flushed or cancelled meanwhile has nothing to do.
        if (due !== token) return;
        due = null;
        cancelRun = null;
        write();
      });
      if (due === token) cancelRun = cancelIt;
    },
    flush,
    cancel,
    pending: () => due !== null,
    dispose() {
      flush();
      lifecycle?.window.removeEventListener('pagehide', onPageHide);
      lifecycle?.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
