// PLACEHOLDER: the store issue puts undo/redo, open and save here.
export function Toolbar() {
  return null;
}
