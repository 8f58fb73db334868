/**
 * Procurement: per public level that buys from a provider, the contract value over the
 * contract years against the threshold, with a neutral note on what reaching it means.
 * The threshold and the contract period are model settings, editable here.
 */
import { Dec } from '../../engine/decimal';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { NumberField } from '../../ui/number-field';
import { levelTitle } from '../../ui/level-names';
import { sharingMessages } from './messages';

export function ProcurementSection({ model, result, headingId }: { model: Model; result: Result; headingId: string }) {
  const t = useMessages(sharingMessages);
  const lang = useLang();
  const update = useModelStore((s) => s.update);
  const setProcurement = (change: Partial<Model['procurement']>) =>
    update((m) => ({ ...m, procurement: { ...m.procurement, ...change } }));

  return (
    <section aria-labelledby={headingId} className="procurement">
      <h2 id={headingId}>{t('procurement')}</h2>
      <p>{t('procurement.intro')}</p>
      <div className="procurement-settings">
        <NumberField
          label={t('procurement.threshold')}
          value={model.procurement.threshold}
          money
          onCommit={(threshold) => setProcurement({ threshold })}
          validate={(v) => (new Dec(v).isNegative() ? t('procurement.negative') : null)}
        />
        <NumberField
          label={t('procurement.years')}
          value={String(model.procurement.contractYears)}
          integer
          onCommit={(v) => setProcurement({ contractYears: Number(v) })}
          validate={(v) => (new Dec(v).lt(1) || new Dec(v).gt(100) ? t('procurement.yearsMin') : null)}
        />
      </div>
      {result.procurement.length === 0 ? (
        <p>{t('procurement.none')}</p>
      ) : (
        <ul>
          {result.procurement.map((p) => (
            <li key={p.level} data-reaches={p.reachesThreshold}>
              {t(p.reachesThreshold ? 'procurement.reaches' : 'procurement.below', {
                level: levelTitle(p.level, lang),
                value: formatMoney(p.contractValue, lang),
                years: model.procurement.contractYears,
                threshold: formatMoney(p.threshold, lang),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
