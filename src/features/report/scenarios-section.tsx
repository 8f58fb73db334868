/**
 * The scenarios side by side with the base case: each row's figures come from the engine
 * run on that scenario's model. Left out when the model has no scenarios.
 */
import { useMemo } from 'react';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatNumber, formatRatio } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { provenanceMessages } from './provenance-messages';
import { ReportTable } from './report-table';
import { scenarioRows, type ScenarioRow } from './scenario-rows';

export function ScenariosSection({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(provenanceMessages);
  const lang = useLang();
  const rows = useMemo(() => scenarioRows(model, result), [model, result]);
  if (rows.length === 0) return null;
  const kroner = (v: string) => formatNumber(v, lang, 0);
  const name = (r: ScenarioRow) => (
    <>
      {r.kind === 'base' ? t('scenarios.base') : r.name}
      {r.description && ' '}
      {r.description && <span className="report-scenario-description">{r.description}</span>}
      {r.kind === 'invalid' && ' '}
      {r.kind === 'invalid' && <strong className="report-scenario-description">{t('scenarios.invalid', { count: r.problems })}</strong>}
    </>
  );
  return (
    <section className="report-section" aria-labelledby="report-scenarios">
      <h2 id="report-scenarios">{t('scenarios.heading')}</h2>
      <p>{t('scenarios.intro')}</p>
      <ReportTable
        caption={t('scenarios.table')}
        head={[t('scenarios.col.name'), t('scenarios.col.npvFiscal'), t('scenarios.col.npv'), t('scenarios.col.bcr'), t('scenarios.col.siloGap')]}
        numeric={[false, true, true, true, true]}
        rows={rows.map((r) => ({
          key: r.key,
          cells: r.kind === 'invalid'
            ? [name(r), ...Array.from({ length: 4 }, () => formatNumber(null, lang))]
            : [name(r), kroner(r.figures.npvFiscal), kroner(r.figures.npv), formatRatio(r.figures.bcrFiscal, lang), kroner(r.figures.siloGap)],
        }))}
      />
    </section>
  );
}
