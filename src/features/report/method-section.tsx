/**
 * Assumptions and method: everything a reader needs to redo the arithmetic — the rate
 * and its convention, price base, horizon, every adjustment per line, each unit value's
 * source and conversion, and the formulas of the spec in words.
 */
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { formatMoney, formatNumber, formatPercent, formatYear } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reportMessages, type ReportKey } from './messages';
import { ReportTable } from './report-table';
import { costMethodRows, gainAdjustments, periodOf, type GainAdjustmentRow } from './report-data';
import { provenanceMessages } from './provenance-messages';
import { priceBaseOf } from './provenance-data';
import { UnitValuesTable } from './unit-values-table';
import { signed } from './signed';

const FORMULAS: ReportKey[] = [
  'formula.cost', 'formula.cohort', 'formula.adjusted', 'formula.net', 'formula.pv', 'formula.ratios', 'formula.silo', 'formula.breakEven', 'formula.procurement',
];

export function MethodSection({ model, result }: { model: Model; result: Result }) {
  const t = useMessages(reportMessages);
  const p = useMessages(provenanceMessages);
  const lang = useLang();
  const priceBase = priceBaseOf(model);
  const pct = (v: string) => formatPercent(v, lang, 1, { trim: true });
  const period = periodOf(model);
  const schedule = model.discountSchedule ?? [];
  const driver = (g: GainAdjustmentRow) =>
    g.cohort === null
      ? t('driver.direct')
      : t('driver.cohort', {
        cohort: g.cohort.label,
        effect: formatNumber(g.cohort.effect, lang),
        unit: formatMoney(g.cohort.unitValue, lang),
        lag: g.cohort.lag,
        duration: g.cohort.duration === null ? t('duration.horizon') : t('duration.years', { years: g.cohort.duration }),
        dropOff: pct(g.cohort.dropOff),
      });
  return (
    <section className="report-section report-new-page" aria-labelledby="report-method">
      <h2 id="report-method">{t('method.heading')}</h2>
      <ul className="report-assumptions">
        <li>
          {schedule.length > 0
            ? t('method.schedule', { steps: schedule.map((s) => t('method.scheduleStep', { rate: pct(s.rate), from: s.fromYear })).join(', ') })
            : t('method.discount', { rate: pct(model.discountRate) })}
        </li>
        <li>{t('method.convention', { year: formatYear(period.first, lang) })}</li>
        <li>{p(priceBase.isDefault ? 'priceBase.default' : 'priceBase.own', { year: formatYear(priceBase.year, lang) })}</li>
        <li>{t('method.horizon', { years: model.years, first: formatYear(period.first, lang), last: formatYear(period.last, lang), plan: model.planYears })}</li>
        <li>{t('method.optimism', { costs: pct(model.optimismBias.costs), benefits: pct(model.optimismBias.benefits) })}</li>
      </ul>
      {model.costs.length > 0 && (
        <ReportTable
          caption={t('method.costsTable')}
          head={[t('col.line'), t('col.sector'), t('col.kind'), t('col.bias')]}
          numeric={[false, false, false, true]}
          rows={costMethodRows(model).map((c) => ({ key: c.id, cells: [c.label, c.sector, t(`kind.${c.kind}`), signed(pct(c.optimismBias), '+')] }))}
        />
      )}
      {model.benefits.length > 0 && (
        <ReportTable
          className="report-gains-table"
          caption={t('method.gainsTable')}
          head={[t('col.line'), t('col.sector'), t('col.type'), t('col.deadweight'), t('col.attribution'), t('col.displacement'), t('col.bias'), t('col.kept')]}
          numeric={[false, false, false, true, true, true, true, true]}
          // The basis is a sentence: a line of its own under each gain, never a squeezed column.
          detailLabel={t('col.driver')}
          rows={gainAdjustments(model).map((g) => ({
            key: g.id,
            cells: [g.label, g.sector, t(`type.${g.type}`), pct(g.deadweight), pct(g.attribution), pct(g.displacement), signed(pct(g.optimismBias), '\u2212'), pct(g.kept)],
            detail: driver(g),
          }))}
        />
      )}
      <UnitValuesTable model={model} />
      <h3>{t('method.formulas')}</h3>
      <ul className="report-formulas">
        {FORMULAS.map((k) => <li key={k}>{t(k)}</li>)}
      </ul>
      {result.warnings.length > 0 && (
        <>
          <h3>{t('method.warnings')}</h3>
          <ul>{result.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </>
      )}
    </section>
  );
}
