import { useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useFocusLine } from '../../ui/line-list';
import { useModelStore } from '../../store/model-store';
import { addCostLine, deleteCostLine, duplicateCostLine, nextCostId } from './cost-edits';
import { CostAmounts } from './cost-amounts';
import { CostLineCard } from './cost-line-card';
import { CostTotals } from './cost-totals';
import { CostsSummary } from './costs-summary';
import { costsMessages } from './messages';
import './costs.css';

/** #/costs: cost lines × years, who pays and what kind of cost. */
export function CostsScreen() {
  const t = useMessages(costsMessages);
  const model = useModelStore((s) => s.model);
  const update = useModelStore((s) => s.update);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  const focusLine = useFocusLine();

  const add = () => {
    const id = nextCostId(model);
    const label = t('newLineLabel');
    update((m) => addCostLine(m, { id, label }));
    setStatus(t('added', { label }));
    focusLine(id);
  };

  const duplicate = (lineId: string, label: string) => {
    const id = nextCostId(model);
    const copy = t('copyLabel', { label });
    update((m) => duplicateCostLine(m, lineId, copy, id));
    setStatus(t('added', { label: copy }));
    focusLine(id);
  };

  const remove = (lineId: string, label: string) => {
    update((m) => deleteCostLine(m, lineId));
    setStatus(t('deleted', { label: label || t('unnamed') }));
    // The button that had focus is gone: put focus somewhere sensible.
    addButton.current?.focus();
  };

  return (
    <div className="costs-screen">
      <h1>{t('title')}</h1>
      <CostsSummary />
      <p>{t('intro')}</p>
      <p role="status" className="visually-hidden">{status}</p>
      {model.costs.length === 0 && <p>{t('noLines')}</p>}
      <div className="line-cards">
        {model.costs.map((line) => (
          <CostLineCard
            key={line.id}
            line={line}
            model={model}
            onDuplicate={() => duplicate(line.id, line.label)}
            onDelete={() => remove(line.id, line.label)}
          />
        ))}
      </div>
      <p>
        <button type="button" ref={addButton} onClick={add}>{t('addLine')}</button>
      </p>
      <CostAmounts model={model} />
      <CostTotals />
    </div>
  );
}
