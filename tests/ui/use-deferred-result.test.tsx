// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { calculate } from '../../src/engine/calculate';
import { useModelStore } from '../../src/store/model-store';
import { useDeferredResult } from '../../src/ui/use-deferred-result';
import { aModel } from '../builders';

afterEach(cleanup);

describe('useDeferredResult', () => {
  it("gives the store's model with the engine's result for it, not pending once settled", () => {
    const model = aModel();
    useModelStore.getState().replace(model);
    const { result } = renderHook(() => useDeferredResult());
    expect(result.current.model).toBe(useModelStore.getState().model);
    expect(result.current.result).toEqual(calculate(model));
    expect(result.current.pending).toBe(false);
  });

  it('follows an edit: the model and result it settles on are the edited ones', () => {
    useModelStore.getState().replace(aModel());
    const { result } = renderHook(() => useDeferredResult());
    const edited = aModel({ years: 3, discountRate: '0.025' });
    act(() => useModelStore.getState().replace(edited));
    expect(result.current.model).toBe(useModelStore.getState().model);
    expect(result.current.result).toEqual(calculate(edited));
    expect(result.current.result.years).toHaveLength(3);
    expect(result.current.pending).toBe(false);
  });
});
