/**
 * The one action: make the proposal the model's agreement (one undoable edit). Once the
 * transfers in the model are the proposal's, the button says so and does nothing more; it
 * stays focusable (aria-disabled, not disabled) so the focus never drops to the page.
 */
import { useId, useMemo, useState } from 'react';
import { calculate } from '../../engine/calculate';
import type { Model, Transfer } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { agreementState, applyAgreement } from './agreement';
import { sharingMessages } from './messages';

interface Done {
  /** The transfers written: the message holds only while the model still has them. */
  transfers: Transfer[];
  text: string;
}

export function ApplyAgreement({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(sharingMessages);
  const lang = useLang();
  const update = useModelStore((s) => s.update);
  const [done, setDone] = useState<Done | null>(null);
  const helpId = useId();
  const state = useMemo(() => agreementState(model, result), [model, result]);
  const inPlace = state === 'inPlace';

  const apply = () => {
    // From the store's model, not a deferred copy: the agreement must fit the latest edit.
    const current = useModelStore.getState().model;
    const currentResult = calculate(current);
    if (agreementState(current, currentResult) === 'inPlace') return;
    const next = applyAgreement(current, currentResult, (from, to) => t('transferLabel', { from, to }));
    if (next === current) return;
    update(() => next);
    setDone({ transfers: next.transfers, text: t('apply.done', { count: next.transfers.length, gap: formatMoney(calculate(next).totals.siloGap, lang) }) });
  };

  const count = model.transfers.length;
  const help = inPlace
    ? t('apply.inPlace')
    : state === 'changed'
      ? t('apply.updateHelp', { count })
      : count === 0
        ? t('apply.helpNone')
        : t('apply.help', { count });
  // After an undo the transfers differ from the ones written, and the message no longer holds.
  const shown = done && done.transfers === model.transfers ? done : null;

  return (
    <div className="apply-agreement">
      <button type="button" onClick={apply} aria-describedby={helpId} aria-disabled={inPlace || undefined}>
        {state === 'changed' ? t('apply.update') : t('apply')}
      </button>
      <p id={helpId} className="hint">
        {help}
      </p>
      <p role="status" aria-live="polite">
        {shown && (
          <>
            {shown.text} <span className="shortcut-hint">{t('apply.undoHint')}</span>
          </>
        )}
      </p>
    </div>
  );
}
