// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { modelSize, WORKER_THRESHOLD } from '../../../src/app/use-result';
import type { Model } from '../../../src/engine/model';
import { CostsSummary } from '../../../src/features/costs/costs-summary';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useModelStore } from '../../../src/store/model-store';
import { handleCalculateRequest } from '../../../src/workers/calculate.worker';
import { createWorkerSession, type WireRequest } from '../../../src/workers/calculate-protocol';
import { aCostLine, aModel } from '../../builders';

/** Answers like the real worker, but only when the test says so. */
class HeldWorker {
  static held: (() => void)[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  private session = createWorkerSession(handleCalculateRequest);
  postMessage(message: WireRequest) {
    const copy = structuredClone(message);
    HeldWorker.held.push(() => this.onmessage?.({ data: structuredClone(this.session(copy)) }));
  }
  terminate() {}
}

/** 100 lines × 20 years at 0 % discount: large enough for the worker. */
const large = (amount: string): Model => aModel({
  years: 20, discountRate: '0', benefits: [], cohorts: [],
  costs: Array.from({ length: 100 }, (_, i) => aCostLine({ id: `c${i}`, kind: 'internal', amounts: Array.from({ length: 20 }, () => (i === 0 ? amount : '1')) })),
});

const summary = () => screen.getByRole('region', { name: 'Nøkkeltall for kostnadene' });
const pvText = () => summary().querySelector('li')!.textContent;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CostsSummary with a large model', () => {
  it('keeps the last figures, marked busy with a visible note, until the worker’s result is in', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    useLangStore.getState().setLang('nb');
    act(() => useModelStore.getState().replace(large('1')));
    expect(modelSize(useModelStore.getState().model)).toBeGreaterThan(WORKER_THRESHOLD);
    render(<CostsSummary />);
    expect(pvText()).toBe('Nåverdi av kostnader: 2\u00a0000\u00a0kr'); // 100 lines × 20 years × 1
    expect(summary()).not.toHaveAttribute('aria-busy');

    act(() => useModelStore.getState().replace(large('11'))); // the first line: 20 × 11 instead of 20 × 1
    expect(pvText()).toBe('Nåverdi av kostnader: 2\u00a0000\u00a0kr');
    expect(summary()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Regner ut nye tall …')).toBeInTheDocument();

    // The opened model went to the worker first; the edit waits for it, then goes too.
    while (HeldWorker.held.length > 0) act(() => HeldWorker.held.shift()!());
    await waitFor(() => expect(pvText()).toBe('Nåverdi av kostnader: 2\u00a0200\u00a0kr'));
    expect(summary()).not.toHaveAttribute('aria-busy');
    expect(screen.queryByText('Regner ut nye tall …')).toBeNull();
  });
});
