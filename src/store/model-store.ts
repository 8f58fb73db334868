/**
 * The store holds the model, never computed figures: results are derived from it.
 * SKELETON: in memory only. The store issue adds persistence, undo and several models
 * behind this same API, so screens written against it keep working.
 */
import { create } from 'zustand';
import type { Model } from '../engine/model';
import { exampleModels } from '../app/examples';

interface ModelState {
  model: Model;
  /** An edit by the user: one undoable step. The recipe returns a new model (no mutation). */
  update: (recipe: (model: Model) => Model) => void;
  /** Replaces the whole model (opening a file or an example). */
  replace: (model: Model) => void;
}

export const useModelStore = create<ModelState>()((set) => ({
  model: exampleModels()[0]!.model,
  update: (recipe) => set((s) => ({ model: recipe(s.model) })),
  replace: (model) => set({ model }),
}));
