/**
 * The strip of key figures at the top of an editor screen, recalculated as the user
 * types. Each screen chooses its own figures and words; this keeps the landmark, the list
 * and its look the same on every screen. Not a live region: a figure read out on every
 * keystroke would drown what the user types.
 */
export interface LiveSummaryProps {
  /** The accessible name of the region (each screen's own "key figures" text). */
  label: string;
  /** One line per figure, already formatted; null leaves a line out (e.g. no budget year yet). */
  items: readonly (string | null)[];
  /** The figures shown are from an earlier edit and new ones are on their way (aria-busy). */
  busy?: boolean;
}

export function LiveSummary({ label, items, busy = false }: LiveSummaryProps) {
  return (
    <section aria-label={label} className="live-summary" aria-busy={busy || undefined}>
      <ul>
        {/* Keyed by position: the lines are fixed per screen, and a left-out one keeps its slot. */}
        {items.map((item, i) => (item === null ? null : <li key={i}>{item}</li>))}
      </ul>
    </section>
  );
}
