// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { largeModel } from '../../bench/large-model';
import { modelSize, useResult, useResultStatus, WORKER_THRESHOLD } from '../../src/app/use-result';
import { calculate } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import { useModelStore } from '../../src/store/model-store';
import { handleCalculateRequest } from '../../src/workers/calculate.worker';
import { createWorkerSession, type WireRequest } from '../../src/workers/calculate-protocol';
import { aCostLine, aModel } from '../builders';

function Figures() {
  const result = useResult();
  const { busy } = useResultStatus();
  return <p data-testid="figures" aria-busy={busy}>{result.totals.pvCosts}</p>;
}

const figures = () => screen.getByTestId('figures');
const setFirstCost = (amount: string) =>
  act(() => useModelStore.getState().update((m) => ({ ...m, costs: m.costs.map((c, i) => (i === 0 ? { ...c, amounts: c.amounts.map(() => amount) } : c)) })));

/** A module worker stand-in that answers with the real worker's code after a macrotask. */
class FakeWorker {
  /** The models as the worker rebuilt them from what the page sent. */
  static posted: Model[] = [];
  private session = createWorkerSession((request) => {
    FakeWorker.posted.push(request.model);
    return handleCalculateRequest(request);
  });
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  postMessage(message: WireRequest) {
    const copy = structuredClone(message);
    setTimeout(() => this.onmessage?.({ data: structuredClone(this.session(copy)) }), 0);
  }
  terminate() {}
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useResult', () => {
  it('updates a small model’s figures in the same render as the edit, never busy', () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.posted = [];
    const model = aModel({ discountRate: '0', costs: [aCostLine({ amounts: ['100', '100'] })] });
    expect(modelSize(model)).toBeLessThanOrEqual(WORKER_THRESHOLD);
    act(() => useModelStore.getState().replace(model));
    render(<Figures />);
    expect(figures().textContent).toBe('200.00');
    setFirstCost('250');
    // No waiting: the figures changed within the act() of the edit itself.
    expect(figures().textContent).toBe('500.00');
    expect(figures()).toHaveAttribute('aria-busy', 'false');
    expect(FakeWorker.posted).toHaveLength(0);
  });

  it('without Worker (jsdom, Node), a large model is still calculated at once', () => {
    const model = largeModel({ sectors: 5, costLines: 20, gainLines: 10, cohorts: 2, transfers: 2, years: 60 });
    expect(modelSize(model)).toBeGreaterThan(WORKER_THRESHOLD);
    act(() => useModelStore.getState().replace(model));
    render(<Figures />);
    setFirstCost('1000');
    const edited: Model = useModelStore.getState().model;
    expect(figures().textContent).toBe(calculate(edited).totals.pvCosts);
    expect(figures()).toHaveAttribute('aria-busy', 'false');
  });

  it('with a worker, a large model keeps the last figures marked busy until the worker’s result arrives', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.posted = [];
    const model = largeModel({ sectors: 6, costLines: 20, gainLines: 10, cohorts: 2, transfers: 2, years: 60 });
    act(() => useModelStore.getState().replace(model));
    render(<Figures />);
    const before = calculate(model).totals.pvCosts;
    expect(figures().textContent).toBe(before);

    setFirstCost('1000');
    const edited = useModelStore.getState().model;
    expect(figures().textContent).toBe(before);
    expect(figures()).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(figures()).toHaveAttribute('aria-busy', 'false'));
    expect(figures().textContent).toBe(calculate(edited).totals.pvCosts);
    // The opened model went to the worker too (in the background), the edit after it.
    expect(FakeWorker.posted).toEqual([model, edited]);
  });
});
