import { useMemo } from 'react';
import { SharingChart } from '../../charts/sharing-chart';
import { sharingData } from '../../charts/sharing-data';
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { levelTitle } from '../../ui/level-names';
import { reportMessages } from './messages';
import { ReportTable } from './report-table';
import { useReportChartWidth } from './chart-width';

export function SharingSection({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(reportMessages);
  const chartWidth = useReportChartWidth();
  const lang = useLang();
  const kroner = (v: string) => formatNumber(v, lang, 0);
  const rows = useMemo(() => sharingData(result, model), [result, model]);
  const name = (id: string) => model.sectors.find((s) => s.id === id)?.name ?? id;
  const split = result.costSharing;
  return (
    <section className="report-section" aria-labelledby="report-sharing">
      <h2 id="report-sharing">{t('sharing.heading')}</h2>
      {split === null ? (
        <p>{t('sharing.none')}</p>
      ) : (
        <>
          <p>{t('sharing.intro')}</p>
          <ReportTable
            caption={t('sharing.table')}
            head={[t('col.sector'), t('col.share'), t('col.pvCosts'), t('col.contribution'), t('col.requiredTransfer'), t('col.npvAfter')]}
            numeric={[false, true, true, true, true, true]}
            rows={split.map((s) => ({
              key: s.sector,
              cells: [name(s.sector), formatPercent(s.share, lang, 1), kroner(result.sectors.find((f) => f.id === s.sector)?.pvCosts ?? '0'),
                kroner(s.contributionPv), kroner(s.requiredTransferPv), kroner(s.npvAfter)],
            }))}
          />
          <SharingChart rows={rows} title={t('sharing.chart')} caption={t('sharing.chartCaption')} headingLevel={3} width={chartWidth} />
        </>
      )}
      <h3>{t('procurement.heading')}</h3>
      {result.procurement.length === 0 ? (
        <p>{t('procurement.none')}</p>
      ) : (
        <ReportTable
          caption={t('procurement.table', { years: Math.min(model.procurement.contractYears, model.years) })}
          head={[t('col.level'), t('col.contractValue'), t('col.threshold'), t('col.reaches')]}
          numeric={[false, true, true, false]}
          rows={result.procurement.map((p) => ({
            key: p.level,
            cells: [levelTitle(p.level, lang), kroner(p.contractValue), kroner(p.threshold), p.reachesThreshold ? t('yes') : t('no')],
          }))}
        />
      )}
    </section>
  );
}
