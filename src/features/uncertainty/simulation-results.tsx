/** The results of a simulation: the chance each budget gains, P10 / P50 / P90, and the histogram. */
import type { Model } from '../../engine/model';
import type { SimulationResult, Summary } from '../../engine/uncertainty/simulate';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/catalog';
import { useLang, useMessages } from '../../i18n/use-messages';
import { levelTitle } from '../../ui/level-names';
import { HistogramChart } from './histogram-chart';
import { uncertaintyMessages } from './messages';

const money = (v: number | null, lang: Lang) => formatMoney(v === null || !Number.isFinite(v) ? null : v.toFixed(2), lang);
const chance = (p: number, lang: Lang) => formatPercent(p.toFixed(6), lang, 1);

function SummaryTable({ caption, header, rows }: { caption: string; header: string; rows: { key: string; name: string; s: Summary }[] }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col" className="num">{t('sim.col.prob')}</th>
            <th scope="col" className="num">{t('sim.col.p10')}</th>
            <th scope="col" className="num">{t('sim.col.p50')}</th>
            <th scope="col" className="num">{t('sim.col.p90')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td className="num">{chance(r.s.probPositive, lang)}</td>
              <td className="num">{money(r.s.p10, lang)}</td>
              <td className="num">{money(r.s.p50, lang)}</td>
              <td className="num">{money(r.s.p90, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SimulationResults({ model, result }: { model: Model; result: SimulationResult }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const f = result.fiscal;
  return (
    <div className="simulation-results" data-testid="simulation-results">
      <p>
        {t('sim.summary', {
          runs: formatNumber(result.runs, lang, 0), seed: formatNumber(result.seed, lang, 0, { grouping: false }),
          distribution: t(`dist.${result.distribution}`), drawn: formatNumber(result.drawn, lang, 0),
        })}
      </p>
      <p className="simulation-headline">{t('sim.prob', { p: chance(f.probPositive, lang) })}</p>
      <p>
        {t('sim.percentiles', { p10: money(f.p10, lang), p50: money(f.p50, lang), p90: money(f.p90, lang) })}{' '}
        <span className="figure-help">{t('sim.percentilesHelp')}</span>
      </p>
      <SummaryTable
        caption={t('sim.perSector')}
        header={t('sim.col.holder')}
        rows={result.sectors.map((s) => ({ key: s.id, name: model.sectors.find((x) => x.id === s.id)?.name ?? s.id, s: s.summary }))}
      />
      <SummaryTable
        caption={t('sim.perLevel')}
        header={t('sim.col.level')}
        rows={result.levels.map((l) => ({ key: l.level, name: levelTitle(l.level, lang), s: l.summary }))}
      />
      <HistogramChart bins={result.histogram} runs={result.runs} />
    </div>
  );
}
