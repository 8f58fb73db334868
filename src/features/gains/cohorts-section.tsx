import { useState } from 'react';
import type { Model } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { TextField } from '../../ui/field';
import { useFocusLine } from '../../ui/line-list';
import { YearGrid } from '../../ui/year-grid';
import { useModelStore } from '../../store/model-store';
import { addCohort, cohortUsers, deleteCohort, nextCohortId, renameCohort, setCohortSizes } from './cohort-edits';
import { checkSize } from './gain-validators';
import { gainsMessages } from './messages';

/** Participant groups: a name each, and how many start per year in one grid. */
export function CohortsSection({ model, announce }: { model: Model; announce: (text: string) => void }) {
  const t = useMessages(gainsMessages);
  const update = useModelStore((s) => s.update);
  const focusLine = useFocusLine();
  /** The cohort waiting for the user to confirm deleting it with the lines that use it. */
  const [asking, setAsking] = useState<string | null>(null);
  const askingCohort = model.cohorts.find((c) => c.id === asking);
  const askingUsers = asking ? cohortUsers(model, asking) : [];

  const add = () => {
    const id = nextCohortId(model);
    const label = t('newCohortLabel');
    focusLine(id);
    update((m) => addCohort(m, { id, label }));
    announce(t('added', { label }));
  };

  const remove = (id: string, withLines: boolean) => {
    const outcome = deleteCohort(model, id, { withLines });
    if (!outcome.ok) {
      setAsking(id);
      return;
    }
    const label = model.cohorts.find((c) => c.id === id)?.label || t('unnamed');
    // The recipe runs deleteCohort again on the store's model, so it never acts on a stale copy.
    update((m) => {
      const again = deleteCohort(m, id, { withLines });
      return again.ok ? again.model : m;
    });
    setAsking(null);
    announce(t('deleted', { label }));
  };

  return (
    <section className="cohorts" aria-labelledby="cohorts-title">
      <h2 id="cohorts-title">{t('cohortsTitle')}</h2>
      <p>{t('cohortsIntro')}</p>
      {model.cohorts.length === 0 && <p>{t('noCohorts')}</p>}
      <ul className="cohort-list">
        {model.cohorts.map((c) => {
          const name = c.label || t('unnamed');
          return (
            <li key={c.id} data-line-id={c.id}>
              <TextField label={t('cohortLabel')} value={c.label} onCommit={(label) => update((m) => renameCohort(m, c.id, label))} />{' '}
              <button type="button" aria-label={t('deleteName', { label: name })} onClick={() => remove(c.id, false)}>
                {t('delete')}
              </button>
            </li>
          );
        })}
      </ul>
      {model.cohorts.length > 0 && (
        <YearGrid
          caption={t('sizesCaption')}
          rowHeaderTitle={t('sizesRowTitle')}
          startYear={model.startYear}
          years={model.years}
          rows={model.cohorts.map((c) => ({ id: c.id, label: c.label || t('unnamed'), values: c.sizes }))}
          showTotals
          validate={(v) => (checkSize(v) ? t('sizeNegative') : null)}
          onChange={(id, values) => update((m) => setCohortSizes(m, id, values))}
          onChangeMany={(changes) => update((m) => changes.reduce((acc, ch) => setCohortSizes(acc, ch.rowId, ch.values), m))}
        />
      )}
      <p>
        <button type="button" onClick={add}>{t('addCohort')}</button>
      </p>
      <ConfirmDialog
        open={askingCohort !== undefined}
        title={t('deleteCohortTitle', { label: askingCohort?.label || t('unnamed') })}
        confirmLabel={t('deleteCohortConfirm')}
        cancelLabel={t('cancel')}
        destructive
        onConfirm={() => asking && remove(asking, true)}
        onCancel={() => setAsking(null)}
      >
        <p>{t('deleteCohortBody')}</p>
        <ul>
          {askingUsers.map((u) => (
            <li key={u.id}>{u.label || t('unnamed')}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
