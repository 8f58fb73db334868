import { useMemo } from 'react';
import { calculate } from '../engine/calculate';
import type { Result } from '../engine/result';
import { useModelStore } from '../store/model-store';

/** Figures are derived, never stored: every screen reads them from the current model. */
export function useResult(): Result {
  const model = useModelStore((s) => s.model);
  return useMemo(() => calculate(model), [model]);
}
