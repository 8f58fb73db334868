import { useDeferredValue, useMemo } from 'react';
import { calculate } from '../engine/calculate';
import { useModelStore } from '../store/model-store';

/**
 * The current model and its result, computed from a deferred copy of the model: React
 * renders the last figures at once and recalculates in a low-priority render, so an
 * edit (or a lens switch) is never held up by a large model's calculation. `pending`
 * says the figures shown belong to the model just before the latest edit.
 */
export function useDeferredResult() {
  const model = useModelStore((s) => s.model);
  const deferred = useDeferredValue(model);
  const result = useMemo(() => calculate(deferred), [deferred]);
  return { model: deferred, result, pending: deferred !== model };
}
