/** Scenarios: add, rename and delete named variants, and compare their headline figures side by side. */
import { memo, useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Model } from '../../engine/model';
import type { UncertainInput } from '../../engine/uncertainty/inputs';
import { ChartFrame, useChartSize } from '../../charts/chart-frame';
import { ChartTable } from '../../charts/chart-table';
import { moneyText, thousandsTick } from '../../charts/chart-format';
import { formatMoney, formatRatio } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { uncertaintyMessages } from './messages';
import { COMPARED, compareScenarios, type ScenarioColumn } from './scenario-compare';
import { addScenario, newScenarioId, scenariosOf } from './scenario-edits';
import { ScenarioEditor } from './scenario-editor';
import { scenarioTargets } from './scenario-targets';

const FISCAL_COLOR = '#1f3f7a';
const ALL_COLOR = '#7a5a1f';

const ScenarioChart = memo(function ScenarioChart({ columns }: { columns: ScenarioColumn[] }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const size = useChartSize(undefined, 280);
  const valid = columns.filter((c) => c.totals);
  const data = valid.map((c) => ({ name: c.name, npvFiscal: Number(c.totals!.npvFiscal), npv: Number(c.totals!.npv) }));
  const figure = (c: ScenarioColumn, k: (typeof COMPARED)[number]) => {
    if (!c.totals) return t('sc.invalid');
    return k === 'bcrFiscal' ? formatRatio(c.totals.bcrFiscal, lang) : formatMoney(c.totals[k], lang);
  };
  return (
    <ChartFrame
      title={t('sc.chartTitle')}
      headingLevel={3}
      caption={t('sc.chartCaption')}
      emptyText={t('sc.empty')}
      table={
        <ChartTable
          summary={t('showTable')}
          caption={t('sc.compare')}
          rowHeader={t('sc.figure')}
          columns={columns.map((c) => ({ key: c.id || 'base', label: c.name, numeric: true }))}
          rows={COMPARED.map((k) => ({ key: k, header: t(`fig.${k}`), cells: columns.map((c) => figure(c, k)) }))}
          open
        />
      }
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} {...size}>
        <CartesianGrid vertical={false} stroke="#d8d8d8" />
        <XAxis dataKey="name" />
        <YAxis tickFormatter={(v: number) => thousandsTick(v, lang)} />
        <ReferenceLine y={0} stroke="#1a1a1a" />
        <Tooltip formatter={(v) => moneyText(Number(v), lang)} />
        <Legend verticalAlign="top" />
        <Bar dataKey="npvFiscal" name={t('fig.npvFiscal')} fill={FISCAL_COLOR} isAnimationActive={false} />
        <Bar dataKey="npv" name={t('fig.npv')} fill={ALL_COLOR} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
});

export function ScenariosSection({ model, inputs }: { model: Model; inputs: UncertainInput[] }) {
  const t = useMessages(uncertaintyMessages);
  const id = useId();
  const update = useModelStore((s) => s.update);
  const scenarios = scenariosOf(model);
  const targets = useMemo(() => scenarioTargets(model, inputs, t), [model, inputs, t]);
  const base = t('sc.base');
  // The base column alone is a whole calculation (about 0.3 s on a large model): only when there is something to compare.
  const columns = useMemo(() => (scenarios.length > 0 ? compareScenarios(model, base) : []), [model, base, scenarios.length]);
  const add = () =>
    update((m) => {
      const sid = newScenarioId(m);
      return addScenario(m, sid, t('sc.defaultName', { n: scenariosOf(m).length + 1 }));
    });
  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section">
      <h2 id={`${id}-title`}>{t('sc.title')}</h2>
      <p>{t('sc.intro')}</p>
      {scenarios.length === 0 && <p>{t('sc.empty')}</p>}
      {scenarios.map((s) => (
        <ScenarioEditor key={s.id} model={model} scenario={s} targets={targets} />
      ))}
      <button type="button" onClick={add}>
        {t('sc.add')}
      </button>
      {scenarios.length > 0 && <ScenarioChart columns={columns} />}
    </section>
  );
}
