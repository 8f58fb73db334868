/** "What matters most?": the tornado of the fiscal NPV, or of one budget holder's NPV, with its table. */
import { memo, useId, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Model } from '../../engine/model';
import { FISCAL, type NpvTarget } from '../../engine/uncertainty/exact-npv';
import type { UncertainInput } from '../../engine/uncertainty/inputs';
import type { SensitivityJob, SensitivityResult } from '../../engine/uncertainty/protocol';
import { payingSector, tornado, type Tornado } from '../../engine/uncertainty/sensitivity';
import { ChartFrame, useChartSize } from '../../charts/chart-frame';
import { ChartTable } from '../../charts/chart-table';
import { moneyText, thousandsTick } from '../../charts/chart-format';
import { formatMoney, formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { SelectField } from '../../ui/field';
import { formatInputValue } from './range-row';
import type { Translate } from '../../i18n/catalog';
import { HEAVY_MS, tornadoCostMs } from '../../workers/heavy-work';
import { JobProgress } from './job-progress';
import { uncertaintyMessages, type UncertaintyKey } from './messages';
import { useStableFor } from './stable-model';
import { useSensitivityJob } from '../../workers/use-worker-job';
import { MAX_BARS, tornadoDomain, tornadoRows, type TornadoRow } from './tornado-data';

const LOW_COLOR = '#a6500a';
const HIGH_COLOR = '#1f3f7a';
const AXIS_WIDTH = 250;
const MAX_CHARS = 34;

const shorten = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

/** The input's line on the first line of the label and its field below, so both fit beside the bar. */
function TornadoTick({ x = 0, y = 0, payload, rows }: { x?: number | string; y?: number | string; payload?: { index?: number }; rows: readonly TornadoRow[] }) {
  const row = rows[payload?.index ?? -1];
  if (!row) return null;
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <title>{row.name}</title>
      <text x={-AXIS_WIDTH + 2} dy={row.field ? -2 : 4} textAnchor="start" fill="#1a1a1a" fontSize={13}>
        {shorten(row.line)}
      </text>
      {row.field && (
        <text x={-AXIS_WIDTH + 2} dy={13} textAnchor="start" fill="#4a4a4a" fontSize={12}>
          {row.field}
        </text>
      )}
    </g>
  );
}

type TornadoJob = Extract<SensitivityJob, { kind: 'tornado' }>;
type TornadoResult = Extract<SensitivityResult, { kind: 'tornado' }>;

/** What is on show: the figures and the model, inputs and target they were computed for. */
interface Shown {
  model: Model;
  inputs: UncertainInput[];
  targetKey: string;
  tornado: Tornado;
  payer: string | null;
}

const targetOf = (key: string): NpvTarget => (key === 'fiscal' ? FISCAL : { kind: 'sector', id: key.slice('sector:'.length) });
const keyOf = (target: NpvTarget) => (target.kind === 'fiscal' ? 'fiscal' : `sector:${target.id}`);

export const TornadoSection = memo(function TornadoSection(props: { model: Model; inputs: UncertainInput[] }) {
  // A title or a seed typed does not restart the figures.
  const { model, inputs } = useStableFor(props.model, props);
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const id = useId();
  const [choice, setChoice] = useState<string>('fiscal');
  // A sector deleted since it was chosen falls back to all budgets.
  const targetKey = model.sectors.some((s) => `sector:${s.id}` === choice) ? choice : 'fiscal';
  const target = useMemo(() => targetOf(targetKey), [targetKey]);
  // Exact figures cost about 10 µs per input and model year: a large model computes in the worker.
  const heavy = tornadoCostMs(model, inputs) > HEAVY_MS;
  const light = useMemo(() => (heavy ? null : { tornado: tornado(model, target, inputs), payer: payingSector(model) }), [heavy, model, target, inputs]);
  const job = useMemo((): TornadoJob | null => (heavy ? { kind: 'tornado', model, target, inputs } : null), [heavy, model, target, inputs]);
  const work = useSensitivityJob<TornadoResult>(job);
  const heading = useRef<HTMLHeadingElement>(null);

  let shown: Shown | null = null;
  if (light) shown = { model, inputs, targetKey, ...light };
  else if (work.latest && work.latest.job.kind === 'tornado') {
    const done = work.latest.job;
    shown = { model: done.model, inputs: done.inputs, targetKey: keyOf(done.target), ...work.latest.result };
  }
  const stale = !light && shown !== null && work.current.status !== 'done';
  const payer = shown?.payer ?? null;
  const options = targetOptions(model, payer, t);

  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section">
      {/* Focusable so focus has somewhere to go when the cancel or compute button goes away. */}
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('tornado.title')}
      </h2>
      <SelectField label={t('tornado.target')} value={targetKey} options={options} onChange={setChoice} />
      {heavy && (
        <JobProgress
          current={work.current}
          stale={stale}
          label={t('tornado.progress')}
          progressText={(done, total) => t('tornado.progressText', { done, total })}
          computing={t('tornado.computing', { count: formatNumber(inputs.length, lang, 0) })}
          computeLabel={t('tornado.compute', { count: formatNumber(inputs.length, lang, 0) })}
          onCancel={work.cancel}
          onResume={work.resume}
          focusAfter={heading}
        />
      )}
      {shown && (
        <div className={stale ? 'stale-figures' : undefined} aria-busy={stale && work.current.status === 'running'}>
          <TornadoView model={shown.model} inputs={shown.inputs} result={shown.tornado} targetName={targetOptions(shown.model, payer, t).find((o) => o.value === shown.targetKey)?.label ?? t('tornado.fiscal')} />
        </div>
      )}
    </section>
  );
});

function targetOptions(model: Model, payer: string | null, t: Translate<UncertaintyKey>): { value: string; label: string }[] {
  return [
    { value: 'fiscal', label: t('tornado.fiscal') },
    ...model.sectors.map((s) => ({ value: `sector:${s.id}`, label: s.id === payer ? t('tornado.payer', { name: s.name }) : s.name })),
  ];
}

const TornadoView = memo(function TornadoView({ model, inputs, result, targetName }: { model: Model; inputs: UncertainInput[]; result: Tornado; targetName: string }) {
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const rows = useMemo(() => tornadoRows(model, result, t), [model, result, t]);
  const shown = rows.slice(0, MAX_BARS);
  const size = useChartSize(undefined, 90 + shown.length * 48);
  const byKey = new Map(inputs.map((i) => [i.key, i]));
  const caption = t('tornado.caption', { target: targetName.toLocaleLowerCase(lang === 'nb' ? 'nb-NO' : 'en-GB'), base: formatMoney(result.base, lang) });
  const money = (v: number) => moneyText(v, lang);

  const chart = shown.length === 0 ? null : (
    <BarChart layout="vertical" data={shown} barGap={2} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} {...size}>
      <CartesianGrid horizontal={false} stroke="#d8d8d8" />
      <XAxis type="number" domain={tornadoDomain(shown, Number(result.base))} tickFormatter={(v: number) => thousandsTick(v, lang)} label={{ value: t('thousands'), position: 'insideBottom', offset: -16 }} />
      <YAxis type="category" dataKey="name" width={AXIS_WIDTH} interval={0} tick={(props: object) => <TornadoTick {...props} rows={shown} />} />
      <ReferenceLine x={Number(result.base)} stroke="#1a1a1a" />
      <Tooltip formatter={(v) => (Array.isArray(v) ? money(Number(v[1])) : money(Number(v)))} />
      <Legend verticalAlign="top" />
      <Bar dataKey="low" name={t('tornado.low')} fill={LOW_COLOR} isAnimationActive={false} />
      <Bar dataKey="high" name={t('tornado.high')} fill={HIGH_COLOR} isAnimationActive={false} />
    </BarChart>
  );

  return (
    <>
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
    </>
  );
});
