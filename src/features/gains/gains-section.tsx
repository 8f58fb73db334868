import { useRef } from 'react';
import type { Model } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useFocusLine } from '../../ui/line-list';
import { useModelStore } from '../../store/model-store';
import { addCohortGain, addDirectGain, deleteGain, duplicateGain, nextGainId } from './gain-edits';
import { GainLineCard } from './gain-line-card';
import { gainsMessages } from './messages';

/** The gain lines, each with its own fields and the profile it produces. */
export function GainsSection({ model, announce }: { model: Model; announce: (text: string) => void }) {
  const t = useMessages(gainsMessages);
  const update = useModelStore((s) => s.update);
  const focusLine = useFocusLine();
  const addButton = useRef<HTMLButtonElement>(null);

  const add = (kind: 'direct' | 'cohort') => {
    const id = nextGainId(model);
    const label = t('newGainLabel');
    focusLine(id);
    update((m) =>
      kind === 'direct'
        ? addDirectGain(m, { id, label })
        : addCohortGain(m, { id, label, cohortLabel: t('newCohortLabel') }),
    );
    announce(t('added', { label }));
  };

  const duplicate = (lineId: string, label: string) => {
    const id = nextGainId(model);
    const copy = t('copyLabel', { label });
    focusLine(id);
    update((m) => duplicateGain(m, lineId, copy, id));
    announce(t('added', { label: copy }));
  };

  const remove = (lineId: string, label: string) => {
    update((m) => deleteGain(m, lineId));
    announce(t('deleted', { label: label || t('unnamed') }));
    addButton.current?.focus();
  };

  return (
    <section className="gains" aria-labelledby="gains-title">
      <h2 id="gains-title">{t('gainsTitle')}</h2>
      <p>{t('gainsIntro')}</p>
      {model.benefits.length === 0 && <p>{t('noGains')}</p>}
      {model.benefits.map((line) => (
        <GainLineCard
          key={line.id}
          line={line}
          model={model}
          onDuplicate={() => duplicate(line.id, line.label)}
          onDelete={() => remove(line.id, line.label)}
        />
      ))}
      <p className="add-buttons">
        <button type="button" ref={addButton} onClick={() => add('direct')}>{t('addDirect')}</button>{' '}
        <button type="button" onClick={() => add('cohort')}>{t('addCohortGain')}</button>
      </p>
    </section>
  );
}
