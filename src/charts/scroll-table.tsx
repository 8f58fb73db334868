/**
 * A table in a box that scrolls sideways when the table is wider than the page. The box
 * is focusable, so a keyboard user can scroll it (WCAG 2.1.1), and is a region named by
 * the table's caption, so a screen reader says which table it is on focus. Used by the
 * data table behind every chart and by the tables beside them.
 */
import { useId, type ReactNode, type Ref } from 'react';

export interface ScrollTableProps {
  caption: ReactNode;
  className?: string;
  /** Id of a note that explains the table (aria-describedby). */
  describedBy?: string;
  /** The table's head, body and foot. */
  children: ReactNode;
  /** For a screen that moves focus to the table (e.g. after its focused row was deleted): the table then takes focus by script only. */
  tableRef?: Ref<HTMLTableElement>;
}

export function ScrollTable({ caption, className, describedBy, children, tableRef }: ScrollTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={className} aria-describedby={describedBy} ref={tableRef} tabIndex={tableRef ? -1 : undefined}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
