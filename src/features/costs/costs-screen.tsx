import { useCallback, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useFocusLine } from '../../ui/line-list';
import { useModelStore } from '../../store/model-store';
import { addCostLine, deleteCostLine, duplicateCostLine, nextCostId } from './cost-edits';
import { CostAmounts, focusAmounts } from './cost-amounts';
import { CostLineCard } from './cost-line-card';
import { CostTotals } from './cost-totals';
import { CostsSummary } from './costs-summary';
import { useLineExpansion } from '../../ui/line-expansion';
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
  const lines = useLineExpansion(model.costs.length, model.years);
  const { open: openLine } = lines;

  const add = () => {
    const id = nextCostId(model);
    const label = t('newLineLabel');
    update((m) => addCostLine(m, { id, label }));
    setStatus(t('added', { label }));
    openLine(id);
    focusLine(id);
  };

  // Stable callbacks (the model is read when called), so unchanged line cards skip redrawing.
  const duplicate = useCallback((lineId: string, label: string) => {
    const id = nextCostId(useModelStore.getState().model);
    const copy = t('copyLabel', { label });
    update((m) => duplicateCostLine(m, lineId, copy, id));
    setStatus(t('added', { label: copy }));
    openLine(id);
    focusLine(id);
  }, [t, update, openLine, focusLine]);

  const remove = useCallback((lineId: string, label: string) => {
    update((m) => deleteCostLine(m, lineId));
    setStatus(t('deleted', { label: label || t('unnamed') }));
    // The button that had focus is gone: put focus somewhere sensible.
    addButton.current?.focus();
  }, [t, update]);

  const openCount = lines.collapsible ? model.costs.filter((c) => lines.isOpen(c.id)).length : model.costs.length;

  return (
    <div className="costs-screen">
      <h1>{t('title')}</h1>
      <CostsSummary />
      <p>{t('intro')}</p>
      {lines.collapsible && (
        <p>
          {t('largeNote', { count: model.costs.length })}{' '}
          {openCount > 0 && <button type="button" onClick={lines.closeAll}>{t('closeAll')}</button>}
        </p>
      )}
      <p role="status" className="visually-hidden">{status}</p>
      {model.costs.length === 0 && <p>{t('noLines')}</p>}
      <div className="line-cards">
        {model.costs.map((line) => (
          <CostLineCard
            key={line.id}
            line={line}
            sectors={model.sectors}
            modelBias={model.optimismBias.costs}
            years={model.years}
            open={lines.collapsible ? lines.isOpen(line.id) : undefined}
            onToggle={lines.toggle}
            onDuplicate={duplicate}
            onDelete={remove}
            onShowAmounts={focusAmounts}
          />
        ))}
      </div>
      <p>
        <button type="button" ref={addButton} onClick={add}>{t('addLine')}</button>
      </p>
      <CostAmounts costs={model.costs} startYear={model.startYear} years={model.years} isOpen={lines.isOpen} collapsible={lines.collapsible} />
      <CostTotals />
    </div>
  );
}
