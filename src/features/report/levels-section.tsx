import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatNumber, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { levelTitle } from '../../ui/level-names';
import { reportMessages } from './messages';
import { ReportTable } from './report-table';
import { levelRows, sectorRows, type PvRow } from './report-data';

export function LevelsSection({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(reportMessages);
  const lang = useLang();
  const kroner = (v: string) => formatNumber(v, lang, 0);
  const figures = (r: PvRow) => [kroner(r.pvCosts), kroner(r.pvFiscal), kroner(r.pvOther), kroner(r.transfersNet), kroner(r.npv),
    r.breakEvenYear === null ? t('never') : formatYear(r.breakEvenYear, lang)];
  const tail = [t('col.pvCosts'), t('col.pvFiscal'), t('col.pvOther'), t('col.transfers'), t('col.npvFiscal'), t('col.breakEven')];
  const numeric = [false, false, true, true, true, true, true, false];
  return (
    <section className="report-section" aria-labelledby="report-levels">
      <h2 id="report-levels">{t('levels.heading')}</h2>
      <ReportTable
        caption={t('levels.sectorTable')}
        head={[t('col.sector'), t('col.level'), ...tail]}
        numeric={numeric}
        rows={sectorRows(result, model).map((r) => ({ key: r.key, cells: [r.name, levelTitle(r.level, lang), ...figures(r)] }))}
      />
      <ReportTable
        caption={t('levels.levelTable')}
        head={[t('col.level'), ...tail]}
        numeric={[false, ...numeric.slice(2)]}
        rows={levelRows(result).map((r) => ({ key: r.key, cells: [levelTitle(r.level, lang), ...figures(r)] }))}
      />
    </section>
  );
}
