/**
 * The overview's sentences. The builder lives in src/charts/sentences.ts, a shared place,
 * so the printed report prints the very same sentences without importing this feature.
 */
export { overviewSentences, payers } from '../../charts/sentences';
