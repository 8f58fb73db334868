import { useId } from 'react';
import type { Model } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { YearGrid } from '../../ui/year-grid';
import { setCostAmounts } from './cost-edits';
import { costsMessages } from './messages';

/** Every cost line's amounts in one grid, so a block pasted from Excel can fill several lines at once. */
export function CostAmounts({ model }: { model: Model }) {
  const t = useMessages(costsMessages);
  const update = useModelStore((s) => s.update);
  const helpId = useId();
  if (model.costs.length === 0) return null;
  return (
    <section className="cost-amounts" aria-describedby={helpId}>
      <p id={helpId} className="help">{t('amountsHelp')}</p>
      <YearGrid
        caption={t('gridCaption')}
        rowHeaderTitle={t('gridRowTitle')}
        startYear={model.startYear}
        years={model.years}
        rows={model.costs.map((c) => ({ id: c.id, label: c.label || t('unnamed'), values: c.amounts }))}
        showTotals
        onChange={(id, values) => update((m) => setCostAmounts(m, id, values))}
        // A paste or a copied year is one edit, so one undo takes all of it back.
        onChangeMany={(changes) => update((m) => changes.reduce((acc, ch) => setCostAmounts(acc, ch.rowId, ch.values), m))}
      />
    </section>
  );
}
