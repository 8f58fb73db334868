import { useStore } from 'zustand';
import { useModelStore } from './model-store';

/** Undo/redo of the active model, for buttons and shortcuts. */
export function undo(): void {
  useModelStore.temporal.getState().undo();
}

export function redo(): void {
  useModelStore.temporal.getState().redo();
}

export function useHistory() {
  const canUndo = useStore(useModelStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useModelStore.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo, undo, redo };
}
