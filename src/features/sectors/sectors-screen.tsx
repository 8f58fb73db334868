import { useEffect, useRef, useState } from 'react';
import type { Sector } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { AddSector } from './add-sector';
import { DeleteSectorDialog } from './delete-sector-dialog';
import { SectorRow } from './sector-row';
import { KeyFiguresSummary } from '../../ui/key-figures-summary';
import { canDeleteSector, deleteSector, sectorUsage, usageCount, type DeleteChoice } from './sector-edits';
import { sectorsMessages } from './messages';
import { ScrollTable } from '../../charts/scroll-table';
import './sectors.css';

export function SectorsScreen() {
  const t = useMessages(sectorsMessages);
  const model = useModelStore((s) => s.model);
  const update = useModelStore((s) => s.update);
  const [pending, setPending] = useState<Sector | null>(null);
  // Announced politely after add, move and delete: the table changes out of view of a screen reader.
  const [status, setStatus] = useState('');
  // The deleted row took the focused button with it: put focus on the table, not the page.
  const table = useRef<HTMLTableElement>(null);
  const [deletions, setDeletions] = useState(0);
  useEffect(() => {
    if (deletions > 0) table.current?.focus();
  }, [deletions]);

  function requestDelete(sector: Sector) {
    if (usageCount(sectorUsage(model, sector.id)) === 0) {
      // Nothing moves or goes with it, and the step can be undone: no question needed.
      update((m) => deleteSector(m, sector.id, { mode: 'delete' }));
      setStatus(t('removed', { name: sector.name }));
      setDeletions((n) => n + 1);
    } else {
      setPending(sector);
    }
  }

  function confirmDelete(choice: DeleteChoice) {
    if (!pending) return;
    update((m) => deleteSector(m, pending.id, choice));
    setStatus(t('removed', { name: pending.name }));
    setPending(null);
    setDeletions((n) => n + 1);
  }

  return (
    <div className="sectors-screen">
      <h1>{t('title')}</h1>
      <KeyFiguresSummary />
      <p>{t('intro')}</p>
      {/* On a phone the table scrolls in its own box, not the page. */}
      <ScrollTable caption={t('listCaption')} className="sectors-table" tableRef={table}>
        <thead>
          <tr>
            <th scope="col">{t('colColor')}</th>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colLevel')}</th>
            <th scope="col">{t('colUsage')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {model.sectors.map((s, i) => (
            <SectorRow
              key={s.id}
              sectors={model.sectors}
              index={i}
              usage={sectorUsage(model, s.id)}
              canDelete={canDeleteSector(model, s.id)}
              onDelete={requestDelete}
              onStatus={setStatus}
            />
          ))}
        </tbody>
      </ScrollTable>
      <p role="status" className="sectors-status">
        {status}
      </p>
      <AddSector onStatus={setStatus} />
      {pending && (
        <DeleteSectorDialog model={model} sector={pending} onConfirm={confirmDelete} onCancel={() => setPending(null)} />
      )}
    </div>
  );
}
