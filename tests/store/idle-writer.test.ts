// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_DELAY_MS, IDLE_TIMEOUT_MS, createIdleWriter, idleScheduler } from '../../src/store/idle-writer';
import { fakePage, manualScheduler } from './helpers';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function writerOnAPage() {
  const write = vi.fn();
  const idle = manualScheduler();
  const page = fakePage();
  const writer = createIdleWriter(write, { schedule: idle.schedule, lifecycle: page.lifecycle });
  return { write, idle, page, writer };
}

describe('createIdleWriter', () => {
  it('runs a write once at idle time however often it was asked for', () => {
    const { write, idle, writer } = writerOnAPage();
    for (let i = 0; i < 5; i++) writer.schedule();
    expect(write).not.toHaveBeenCalled();
    expect(idle.waiting()).toBe(1);
    idle.runIdle();
    expect(write).toHaveBeenCalledTimes(1);
    expect(writer.pending()).toBe(false);
  });

  it.each([
    ['pagehide', (page: ReturnType<typeof fakePage>) => page.pageHide()],
    ['the tab being hidden', (page: ReturnType<typeof fakePage>) => page.setVisibility('hidden')],
  ])('%s writes at once, and the idle run later writes nothing more', (_name, leave) => {
    const { write, idle, page, writer } = writerOnAPage();
    writer.schedule();
    leave(page);
    expect(write).toHaveBeenCalledTimes(1);
    idle.runIdle();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('the tab becoming visible, or a page event with nothing due, writes nothing', () => {
    const { write, page, writer } = writerOnAPage();
    page.pageHide();
    page.setVisibility('hidden');
    writer.schedule();
    page.setVisibility('visible');
    expect(write).not.toHaveBeenCalled();
  });

  it('a cancelled write never runs; dispose writes what is due and stops listening', () => {
    const { write, idle, page, writer } = writerOnAPage();
    writer.schedule();
    writer.cancel();
    idle.runIdle();
    expect(write).not.toHaveBeenCalled();
    writer.schedule();
    writer.dispose();
    expect(write).toHaveBeenCalledTimes(1);
    writer.schedule();
    page.pageHide();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('a scheduler that runs the task at once leaves nothing due', () => {
    const write = vi.fn();
    const writer = createIdleWriter(write, { schedule: (task) => (task(), () => undefined), lifecycle: null });
    writer.schedule();
    writer.schedule();
    expect(write).toHaveBeenCalledTimes(2);
    expect(writer.pending()).toBe(false);
  });
});

describe('idleScheduler', () => {
  it(`waits for requestIdleCallback with a ${IDLE_TIMEOUT_MS} ms timeout where there is one`, () => {
    let pending: (() => void) | null = null;
    const request = vi.fn((cb: () => void) => {
      pending = cb;
      return 7;
    });
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const task = vi.fn();
    const stop = idleScheduler(task);
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: IDLE_TIMEOUT_MS });
    expect(task).not.toHaveBeenCalled();
    pending!();
    expect(task).toHaveBeenCalledTimes(1);
    stop();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it(`falls back to a ${FALLBACK_DELAY_MS} ms timer without it (Safari, jsdom)`, () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const task = vi.fn();
    idleScheduler(task);
    vi.advanceTimersByTime(FALLBACK_DELAY_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    idleScheduler(cancelled)();
    vi.advanceTimersByTime(FALLBACK_DELAY_MS);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
