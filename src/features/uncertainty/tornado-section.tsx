/** "What matters most?": the tornado of the fiscal NPV, or of one budget holder's NPV, with its table. */
import { memo, useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Model } from '../../engine/model';
import { FISCAL, type NpvTarget } from '../../engine/uncertainty/exact-npv';
import type { UncertainInput } from '../../engine/uncertainty/inputs';
import { payingSector, tornado } from '../../engine/uncertainty/sensitivity';
import { ChartFrame, useChartSize } from '../../charts/chart-frame';
import { ChartTable } from '../../charts/chart-table';
import { moneyText, thousandsTick } from '../../charts/chart-format';
import { formatMoney } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { SelectField } from '../../ui/field';
import { formatInputValue } from './range-row';
import { uncertaintyMessages } from './messages';
import { MAX_BARS, tornadoRows } from './tornado-data';

const LOW_COLOR = '#a6500a';
const HIGH_COLOR = '#1f3f7a';
const AXIS_WIDTH = 260;

export const TornadoSection = memo(function TornadoSection({ model, inputs }: { model: Model; inputs: UncertainInput[] }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const id = useId();
  const payer = useMemo(() => payingSector(model), [model]);
  const [choice, setChoice] = useState<string>('fiscal');
  // A sector deleted since it was chosen falls back to all budgets.
  const targetKey = model.sectors.some((s) => `sector:${s.id}` === choice) ? choice : 'fiscal';
  const result = useMemo(() => {
    const target: NpvTarget = targetKey === 'fiscal' ? FISCAL : { kind: 'sector', id: targetKey.slice('sector:'.length) };
    return tornado(model, target, inputs);
  }, [model, inputs, targetKey]);
  const rows = useMemo(() => tornadoRows(model, result, t), [model, result, t]);
  const shown = rows.slice(0, MAX_BARS);
  const size = useChartSize(undefined, 80 + shown.length * 40);
  const byKey = new Map(inputs.map((i) => [i.key, i]));

  const options = [
    { value: 'fiscal', label: t('tornado.fiscal') },
    ...model.sectors.map((s) => ({ value: `sector:${s.id}`, label: s.id === payer ? t('tornado.payer', { name: s.name }) : s.name })),
  ];
  const targetName = options.find((o) => o.value === targetKey)!.label;
  const caption = t('tornado.caption', { target: targetName.toLocaleLowerCase(lang === 'nb' ? 'nb-NO' : 'en-GB'), base: formatMoney(result.base, lang) });
  const money = (v: number) => moneyText(v, lang);

  const chart = shown.length === 0 ? null : (
    <BarChart layout="vertical" data={shown} barGap={2} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} {...size}>
      <CartesianGrid horizontal={false} stroke="#d8d8d8" />
      <XAxis type="number" domain={['auto', 'auto']} tickFormatter={(v: number) => thousandsTick(v, lang)} label={{ value: t('thousands'), position: 'insideBottom', offset: -16 }} />
      <YAxis type="category" dataKey="name" width={AXIS_WIDTH} />
      <ReferenceLine x={Number(result.base)} stroke="#1a1a1a" />
      <Tooltip formatter={(v) => (Array.isArray(v) ? money(Number(v[1])) : money(Number(v)))} />
      <Legend verticalAlign="top" />
      <Bar dataKey="low" name={t('tornado.low')} fill={LOW_COLOR} isAnimationActive={false} />
      <Bar dataKey="high" name={t('tornado.high')} fill={HIGH_COLOR} isAnimationActive={false} />
    </BarChart>
  );

  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section">
      <h2 id={`${id}-title`}>{t('tornado.title')}</h2>
      <SelectField label={t('tornado.target')} value={targetKey} options={options} onChange={setChoice} />
      <ChartFrame
        title={targetName}
        headingLevel={3}
        caption={caption}
        emptyText={t('tornado.none')}
        table={
          <ChartTable
            summary={t('showTable')}
            caption={caption}
            rowHeader={t('tornado.input')}
            columns={[
              { key: 'range', label: t('tornado.range'), numeric: true },
              { key: 'low', label: t('tornado.low'), numeric: true },
              { key: 'high', label: t('tornado.high'), numeric: true },
              { key: 'swing', label: t('tornado.swing'), numeric: true },
            ]}
            rows={rows.map((r) => {
              const input = byKey.get(r.key)!;
              return {
                key: r.key, header: r.name,
                cells: [`${formatInputValue(input, input.low, lang)} – ${formatInputValue(input, input.high, lang)}`, formatMoney(r.atLow, lang), formatMoney(r.atHigh, lang), formatMoney(r.swing, lang)],
              };
            })}
          />
        }
      >
        {chart}
      </ChartFrame>
      {rows.length > shown.length && <p className="note">{t('tornado.shown', { shown: shown.length, total: rows.length })}</p>}
    </section>
  );
});
