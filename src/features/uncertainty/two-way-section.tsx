/** Two estimates at once: a table heat map of the fiscal NPV (or ratio) over −50 % … +50 % of each. */
import { useId, useMemo, useState } from 'react';
import type { Model } from '../../engine/model';
import type { UncertainInput } from '../../engine/uncertainty/inputs';
import { twoWayGrid, type GridMetric } from '../../engine/uncertainty/two-way';
import { formatMoney, formatRatio } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { SelectField } from '../../ui/field';
import { inputLabel } from '../../charts/input-labels';
import { uncertaintyMessages } from './messages';
import { formatInputValue } from './range-row';
import { useStableFor } from './stable-model';

/** Inputs worth a grid: a likely value of zero stays zero at any percentage. */
export function gridCandidates(inputs: readonly UncertainInput[]): UncertainInput[] {
  return inputs.filter((i) => Number(i.likely) !== 0);
}

/** First choices: an effect across, a cost factor down (the finance officer's first question). */
export function defaultAxes(candidates: readonly UncertainInput[]): [string, string] | null {
  if (candidates.length < 2) return null;
  const x = candidates.find((i) => i.ref.kind === 'benefit' && i.ref.field === 'effect') ?? candidates[0]!;
  const y = candidates.find((i) => i.key !== x.key && i.ref.kind === 'cost') ?? candidates.find((i) => i.key !== x.key)!;
  return [x.key, y.key];
}

/** A light tint for the cell, stronger the further from break-even; the text stays dark on it. */
export function cellClass(value: number | null, threshold: number, extent: number): string {
  if (value === null) return 'heat-none';
  const d = value - threshold;
  const level = extent > 0 ? Math.min(3, 1 + Math.floor((Math.abs(d) / extent) * 3)) : 1;
  return d > 0 ? `heat-pos-${level}` : d < 0 ? `heat-neg-${level}` : 'heat-zero';
}

export function TwoWaySection(props: { model: Model; inputs: UncertainInput[] }) {
  // The grid (about 25–60 ms on a large model) is not recomputed for a title or a seed typed.
  const { model, inputs } = useStableFor(props.model, props);
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const id = useId();
  const candidates = useMemo(() => gridCandidates(inputs), [inputs]);
  const defaults = defaultAxes(candidates);
  const [chosen, setChosen] = useState<{ x?: string; y?: string }>({});
  const [metric, setMetric] = useState<GridMetric>('npvFiscal');
  const byKey = new Map(candidates.map((i) => [i.key, i]));
  const x = byKey.get(chosen.x ?? '') ?? byKey.get(defaults?.[0] ?? '');
  const y = byKey.get(chosen.y ?? '') ?? byKey.get(defaults?.[1] ?? '');
  const grid = useMemo(() => (x && y ? twoWayGrid(model, inputs, x, y, metric) : null), [model, inputs, x, y, metric]);

  const options = candidates.map((i) => ({ value: i.key, label: inputLabel(model, i.ref, t) }));
  const threshold = metric === 'npvFiscal' ? 0 : 1;
  const values = grid?.cells.flat().filter((v): v is number => v !== null) ?? [];
  const extent = Math.max(0, ...values.map((v) => Math.abs(v - threshold)));
  const show = (v: number | null) => (v === null ? formatRatio(null, lang) : metric === 'npvFiscal' ? formatMoney(v.toFixed(2), lang) : formatRatio(v.toFixed(6), lang));

  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section">
      <h2 id={`${id}-title`}>{t('grid.title')}</h2>
      {!x || !y || !grid ? (
        <p>{t('grid.needTwo')}</p>
      ) : (
        <>
          <div className="grid-controls">
            <SelectField label={t('grid.x')} value={x.key} options={options} onChange={(v) => setChosen((c) => ({ ...c, x: v }))} />
            <SelectField label={t('grid.y')} value={y.key} options={options} onChange={(v) => setChosen((c) => ({ ...c, y: v }))} />
            <SelectField
              label={t('grid.metric')}
              value={metric}
              options={[
                { value: 'npvFiscal', label: t('metric.npvFiscal') },
                { value: 'bcrFiscal', label: t('metric.bcrFiscal') },
              ]}
              onChange={setMetric}
            />
          </div>
          {/* A wide table scrolls; focusable so the keyboard can scroll it too. */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('grid.title')}>
            <table className="heat-table">
              <caption>{t('grid.caption', { metric: t(`metric.${metric}`), x: inputLabel(model, x.ref, t), y: inputLabel(model, y.ref, t) })}</caption>
              <thead>
                <tr>
                  <td />
                  {grid.xValues.map((v, i) => (
                    <th key={i} scope="col" className="num">
                      {formatInputValue(x, v, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.cells.map((row, r) => (
                  <tr key={r}>
                    <th scope="row" className="num">
                      {formatInputValue(y, grid.yValues[r]!, lang)}
                    </th>
                    {row.map((v, c) => (
                      <td key={c} className={`num ${cellClass(v, threshold, extent)}`}>
                        {show(v)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
