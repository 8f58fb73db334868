/** The one action: make the proposal the model's agreement (one undoable edit). */
import { useId, useState } from 'react';
import { calculate } from '../../engine/calculate';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { applyAgreement } from './agreement';
import { sharingMessages } from './messages';

export function ApplyAgreement({ transferCount }: { transferCount: number }) {
  const t = useMessages(sharingMessages);
  const lang = useLang();
  const update = useModelStore((s) => s.update);
  const [done, setDone] = useState<string | null>(null);
  const helpId = useId();

  const apply = () => {
    // From the store's model, not a deferred copy: the agreement must fit the latest edit.
    const current = useModelStore.getState().model;
    const next = applyAgreement(current, calculate(current), (from, to) => t('transferLabel', { from, to }));
    if (next === current) return;
    update(() => next);
    setDone(t('apply.done', { count: next.transfers.length, gap: formatMoney(calculate(next).totals.siloGap, lang) }));
  };

  return (
    <div className="apply-agreement">
      <button type="button" onClick={apply} aria-describedby={helpId}>
        {t('apply')}
      </button>
      <p id={helpId} className="hint">
        {transferCount === 0 ? t('apply.helpNone') : t('apply.help', { count: transferCount })}
      </p>
      <p role="status" aria-live="polite">
        {done}
      </p>
    </div>
  );
}
