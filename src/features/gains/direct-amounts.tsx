import { useId } from 'react';
import type { DirectBenefit, Model } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { YearGrid } from '../../ui/year-grid';
import { setGainAmounts } from './gain-edits';
import { gainsMessages } from './messages';

/** The yearly amounts of a direct gain line, before deadweight and the other adjustments. */
export function DirectAmounts({ line, model }: { line: DirectBenefit; model: Model }) {
  const t = useMessages(gainsMessages);
  const update = useModelStore((s) => s.update);
  const helpId = useId();
  const name = line.label || t('unnamed');
  return (
    <div className="direct-amounts" aria-describedby={helpId}>
      <p id={helpId} className="help">{t('help.amounts')}</p>
      <YearGrid
        money
        caption={t('amountsCaption', { label: name })}
        startYear={model.startYear}
        years={model.years}
        rows={[{ id: line.id, label: name, values: line.amounts }]}
        showTotals
        onChange={(_, values) => update((m) => setGainAmounts(m, line.id, values))}
      />
    </div>
  );
}
