import { useId, useState } from 'react';
import type { Model, Sector, SectorId } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { sectorUsage, transfersLostOnMove, type DeleteChoice } from './sector-edits';
import { sectorsMessages } from './messages';

export interface DeleteSectorDialogProps {
  model: Model;
  sector: Sector;
  onConfirm: (choice: DeleteChoice) => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a sector that lines still use, and says exactly what will move or
 * go: each cost line, gain line and transfer by name, and which transfers cannot move.
 */
export function DeleteSectorDialog({ model, sector, onConfirm, onCancel }: DeleteSectorDialogProps) {
  const t = useMessages(sectorsMessages);
  const uid = useId();
  const others = model.sectors.filter((s) => s.id !== sector.id);
  const [mode, setMode] = useState<DeleteChoice['mode']>('move');
  const [target, setTarget] = useState<SectorId>(others[0]?.id ?? '');
  const usage = sectorUsage(model, sector.id);
  const lost = mode === 'move' ? transfersLostOnMove(model, sector.id, target) : [];
  const nameOf = (id: SectorId) => model.sectors.find((s) => s.id === id)?.name ?? id;
  const labelOf = (line: { id: string; label: string }) => line.label.trim() || t('unnamed', { id: line.id });
  const targetName = nameOf(target);

  return (
    <ConfirmDialog
      open
      title={t('deleteTitle', { name: sector.name })}
      confirmLabel={mode === 'move' ? t('deleteConfirmMove') : t('deleteConfirmAll')}
      cancelLabel={t('cancel')}
      destructive
      confirmDisabled={mode === 'move' && !others.some((s) => s.id === target)}
      onCancel={onCancel}
      onConfirm={() => onConfirm(mode === 'move' ? { mode, to: target } : { mode })}
    >
      <p id={`${uid}-used`}>{t('deleteUsedBy')}</p>
      <ul className="delete-usage" aria-labelledby={`${uid}-used`}>
        {usage.costs.map((c) => (
          <li key={`c-${c.id}`}>{t('deleteCost', { label: labelOf(c) })}</li>
        ))}
        {usage.benefits.map((b) => (
          <li key={`b-${b.id}`}>{t('deleteBenefit', { label: labelOf(b) })}</li>
        ))}
        {usage.transfers.map((tr) => (
          <li key={`t-${tr.id}`}>
            {t('deleteTransfer', { label: labelOf(tr), from: nameOf(tr.from), to: nameOf(tr.to) })}
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>{t('deleteChoice')}</legend>
        <div>
          <input id={`${uid}-move`} type="radio" name={`${uid}-mode`} checked={mode === 'move'} onChange={() => setMode('move')} />
          <label htmlFor={`${uid}-move`}>{t('deleteMove')}</label>
        </div>
        {mode === 'move' && (
          <div className="delete-target">
            <label htmlFor={`${uid}-target`}>{t('deleteMoveTo')}</label>{' '}
            <select id={`${uid}-target`} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <input id={`${uid}-all`} type="radio" name={`${uid}-mode`} checked={mode === 'delete'} onChange={() => setMode('delete')} />
          <label htmlFor={`${uid}-all`}>{t('deleteAll')}</label>
        </div>
      </fieldset>
      {lost.length > 0 && (
        <div role="status">
          <p>{t('deleteLost', { name: sector.name, target: targetName })}</p>
          <ul>
            {lost.map((tr) => (
              <li key={tr.id}>{labelOf(tr)}</li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
}
