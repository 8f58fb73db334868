import { useCallback, useRef } from 'react';
import type { Model } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useLineExpansion } from '../../ui/line-expansion';
import { useFocusLine } from '../../ui/line-list';
import { useModelStore } from '../../store/model-store';
import { addCohortGain, addDirectGain, deleteGain, duplicateGain, nextGainId } from './gain-edits';
import { GainLineCard } from './gain-line-card';
import { gainsMessages } from './messages';

/**
 * The gain lines, each with its own fields and the profile it produces. A large model
 * (see src/ui/line-expansion.ts) starts with every line closed to one row.
 */
export function GainsSection({ model, announce }: { model: Model; announce: (text: string) => void }) {
  const t = useMessages(gainsMessages);
  const update = useModelStore((s) => s.update);
  const focusLine = useFocusLine();
  const addButton = useRef<HTMLButtonElement>(null);
  const lines = useLineExpansion(model.benefits.length, model.years);
  const { open: openLine } = lines;

  const add = (kind: 'direct' | 'cohort') => {
    const id = nextGainId(model);
    const label = t('newGainLabel');
    focusLine(id);
    update((m) =>
      kind === 'direct'
        ? addDirectGain(m, { id, label })
        : addCohortGain(m, { id, label, cohortLabel: t('newCohortLabel') }),
    );
    openLine(id);
    announce(t('added', { label }));
  };

  // Stable callbacks (the model is read when called), so unchanged line cards skip redrawing.
  const duplicate = useCallback((lineId: string, label: string) => {
    const id = nextGainId(useModelStore.getState().model);
    const copy = t('copyLabel', { label });
    focusLine(id);
    update((m) => duplicateGain(m, lineId, copy, id));
    openLine(id);
    announce(t('added', { label: copy }));
  }, [t, update, openLine, focusLine, announce]);

  const remove = useCallback((lineId: string, label: string) => {
    update((m) => deleteGain(m, lineId));
    announce(t('deleted', { label: label || t('unnamed') }));
    // The button that had focus is gone: put focus somewhere sensible.
    addButton.current?.focus();
  }, [t, update, announce]);

  const anyOpen = lines.collapsible && model.benefits.some((b) => lines.isOpen(b.id));
  const heading = useRef<HTMLHeadingElement>(null);
  const closeAll = () => {
    lines.closeAll();
    announce(t('closedAll'));
    // The button goes away with the last open line: keep the focus near where it was.
    heading.current?.focus();
  };

  return (
    <section className="gains" aria-labelledby="gains-title">
      <h2 id="gains-title" ref={heading} tabIndex={-1}>{t('gainsTitle')}</h2>
      <p>{t('gainsIntro')}</p>
      {lines.collapsible && (
        <p>
          {t('largeNote', { count: model.benefits.length })}{' '}
          {anyOpen && <button type="button" onClick={closeAll}>{t('closeAll')}</button>}
        </p>
      )}
      {model.benefits.length === 0 && <p>{t('noGains')}</p>}
      {model.benefits.map((line) => (
        <GainLineCard
          key={line.id}
          line={line}
          sectors={model.sectors}
          cohorts={model.cohorts}
          years={model.years}
          open={lines.collapsible ? lines.isOpen(line.id) : undefined}
          onToggle={lines.toggle}
          onDuplicate={duplicate}
          onDelete={remove}
        />
      ))}
      <p className="add-buttons">
        <button type="button" ref={addButton} onClick={() => add('direct')}>{t('addDirect')}</button>{' '}
        <button type="button" onClick={() => add('cohort')}>{t('addCohortGain')}</button>
      </p>
    </section>
  );
}
