// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { NARROW_QUERY, REPORT_CHART_WIDTH, useReportChartWidth } from '../../../src/features/report/chart-width';

/** A matchMedia whose answer the test can change, announcing the change as a browser does. */
function fakeMedia(matches: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() { return matches; },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  const matchMedia = vi.fn((query: string) => {
    expect(query).toBe(NARROW_QUERY);
    return list;
  });
  vi.stubGlobal('matchMedia', matchMedia);
  return { set(next: boolean) { matches = next; listeners.forEach((l) => l()); } };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useReportChartWidth', () => {
  it('draws at the paper width on a wide screen and follows the box on a narrow one, as the screen changes', () => {
    const media = fakeMedia(false);
    const { result } = renderHook(() => useReportChartWidth());
    expect(result.current).toBe(REPORT_CHART_WIDTH);
    act(() => media.set(true));
    expect(result.current).toBeUndefined();
    act(() => media.set(false));
    expect(result.current).toBe(REPORT_CHART_WIDTH);
  });

  it('keeps the paper width where the browser cannot tell (no matchMedia)', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => useReportChartWidth());
    expect(result.current).toBe(REPORT_CHART_WIDTH);
  });
});
