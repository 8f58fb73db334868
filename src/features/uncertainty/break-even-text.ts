/** Moved to src/charts/break-even-text.ts (shared with the overview and the report); kept for old imports. */
export { breakEvenText, type BreakEvenText } from '../../charts/break-even-text';
