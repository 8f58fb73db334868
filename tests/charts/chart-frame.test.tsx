// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useChartSize, useFixedWidth } from '../../src/charts/chart-frame';
import { PRINT_WIDTH } from '../../src/charts/use-printing';

afterEach(cleanup);

const print = (phase: 'beforeprint' | 'afterprint') => act(() => void window.dispatchEvent(new Event(phase)));

describe('useFixedWidth', () => {
  it.each([
    { width: undefined, screen: undefined, paper: PRINT_WIDTH },
    { width: 500, screen: 500, paper: 500 },
  ])('asked $width: $screen on screen, $paper while printing', ({ width, screen, paper }) => {
    const { result } = renderHook(() => useFixedWidth(width));
    expect(result.current).toBe(screen);
    print('beforeprint');
    expect(result.current).toBe(paper);
    print('afterprint');
    expect(result.current).toBe(screen);
  });
});

describe('useChartSize', () => {
  it('follows the container on screen and takes the paper width while printing, at the height asked', () => {
    const { result } = renderHook(() => useChartSize(undefined, 300));
    expect(result.current).toEqual({ responsive: true, style: { width: '100%', maxWidth: '100%', height: 300 } });
    print('beforeprint');
    expect(result.current).toEqual({ width: PRINT_WIDTH, height: 300 });
    print('afterprint');
  });
});
