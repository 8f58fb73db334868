import { useCallback, useId } from 'react';
import type { CostLine } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { YearGrid } from '../../ui/year-grid';
import type { RowChange } from '../../ui/year-grid-ops';
import { setCostAmounts } from './cost-edits';
import { costsMessages } from './messages';

export interface CostAmountsProps {
  costs: readonly CostLine[];
  startYear: number;
  years: number;
  /** Lines drawn in the grid: all of a small model, the opened ones of a large one. */
  isOpen: (id: string) => boolean;
  collapsible: boolean;
}

/**
 * The open cost lines' amounts in one grid, so a block pasted from Excel can fill several
 * lines at once. What the grid shows is what a paste or a copied year changes: lines that
 * are closed are left alone.
 */
export function CostAmounts({ costs, startYear, years, isOpen, collapsible }: CostAmountsProps) {
  const t = useMessages(costsMessages);
  const update = useModelStore((s) => s.update);
  const helpId = useId();
  const onChange = useCallback((id: string, values: string[]) => update((m) => setCostAmounts(m, id, values)), [update]);
  // A paste or a copied year is one edit, so one undo takes all of it back.
  const onChangeMany = useCallback(
    (changes: RowChange[]) => update((m) => changes.reduce((acc, ch) => setCostAmounts(acc, ch.rowId, ch.values), m)),
    [update],
  );
  if (costs.length === 0) return null;
  const open = costs.filter((c) => isOpen(c.id));
  return (
    <section className="cost-amounts" aria-describedby={helpId}>
      <p id={helpId} className="help">
        {t('amountsHelp')}
        {collapsible && ` ${t('gridOpenLines', { open: open.length, count: costs.length })}`}
      </p>
      {open.length === 0 ? (
        <p>{t('noOpenLines')}</p>
      ) : (
        <YearGrid
          money
          caption={t('gridCaption')}
          rowHeaderTitle={t('gridRowTitle')}
          startYear={startYear}
          years={years}
          rows={open.map((c) => ({ id: c.id, label: c.label || t('unnamed'), values: c.amounts }))}
          showTotals
          onChange={onChange}
          onChangeMany={onChangeMany}
        />
      )}
    </section>
  );
}

/** Puts the cursor in a line's first amount (the grid may be hundreds of lines below its card). */
export function focusAmounts(lineId: string): void {
  const row = [...document.querySelectorAll<HTMLElement>('.cost-amounts tr[data-row-id]')].find((el) => el.dataset.rowId === lineId);
  row?.querySelector<HTMLInputElement>('input')?.focus();
}
