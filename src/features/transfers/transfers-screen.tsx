import { useEffect, useState } from 'react';
import type { Transfer } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { YearGrid } from '../../ui/year-grid';
import { addTransfer, canAddTransfer, setTransferAmounts } from './transfer-edits';
import { TransferRow, transferLabelId } from './transfer-row';
import { TransfersSummary } from './transfers-summary';
import { gridRowLabel } from './grid-row-label';
import { transfersMessages } from './messages';
import { ScrollTable } from '../../charts/scroll-table';
import './transfers.css';

export function TransfersScreen() {
  const t = useMessages(transfersMessages);
  const model = useModelStore((s) => s.model);
  const update = useModelStore((s) => s.update);
  // An object, not the bare id: a re-added "transfer-1" must take focus again.
  const [added, setAdded] = useState<{ id: string } | null>(null);
  const [status, setStatus] = useState('');
  const possible = canAddTransfer(model);
  // A new transfer's name field takes focus, so the user can name it straight away.
  useEffect(() => {
    if (added) document.getElementById(transferLabelId(added.id))?.focus();
  }, [added]);

  const labelOf = (tr: Transfer) => tr.label.trim() || t('unnamed', { id: tr.id });
  const nameOf = (id: string) => model.sectors.find((s) => s.id === id)?.name ?? id;

  function add() {
    if (!possible) return;
    const label = t('newLabel', { n: model.transfers.length + 1 });
    const next = addTransfer(model, label);
    if (!next) return;
    update((m) => addTransfer(m, label)?.model ?? m);
    setAdded({ id: next.id });
    setStatus(t('added', { label }));
  }

  return (
    <div className="transfers-screen">
      <h1>{t('title')}</h1>
      <TransfersSummary />
      <p>{t('intro')}</p>

      {model.transfers.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        // On a phone the table scrolls in its own box, not the page.
        <ScrollTable caption={t('listCaption')} className="transfers-table">
          <thead>
            <tr>
              <th scope="col">{t('colLabel')}</th>
              <th scope="col">{t('colFrom')}</th>
              <th scope="col">{t('colTo')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {model.transfers.map((tr, i) => (
              <TransferRow
                key={tr.id}
                transfer={tr}
                index={i}
                sectors={model.sectors}
                displayLabel={labelOf(tr)}
                onStatus={setStatus}
              />
            ))}
          </tbody>
        </ScrollTable>
      )}

      <p>
        <button type="button" aria-disabled={!possible} aria-describedby={possible ? undefined : 'transfers-need-two'} onClick={add}>
          {t('add')}
        </button>
        {!possible && (
          <span id="transfers-need-two" className="field-help">
            {' '}
            {t('needTwo')}
          </span>
        )}
      </p>
      <p role="status" className="transfers-status">
        {status}
      </p>

      {model.transfers.length > 0 && (
        <YearGrid
          money
          caption={t('gridCaption')}
          startYear={model.startYear}
          years={model.years}
          rowHeaderTitle={t('gridRowTitle')}
          showTotals
          rows={model.transfers.map((tr) => ({
            id: tr.id,
            label: gridRowLabel(labelOf(tr), nameOf(tr.from), nameOf(tr.to), (parts) => t('gridRow', parts)),
            values: tr.amounts,
          }))}
          onChange={(id, values) => update((m) => setTransferAmounts(m, id, values))}
          onChangeMany={(changes) => update((m) => changes.reduce((acc, ch) => setTransferAmounts(acc, ch.rowId, ch.values), m))}
        />
      )}
    </div>
  );
}
