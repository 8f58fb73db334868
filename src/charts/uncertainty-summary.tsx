/**
 * "Hvor sikre er tallene?": the chance that each budget holder gains, the inputs that
 * matter most and the break-even success rate, for the overview and the report. A plain
 * table and lists: it prints at a fixed size with nothing to animate.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { Model } from '../engine/model';
import type { Result } from '../engine/result';
import { runChunked } from '../engine/uncertainty/chunked';
import { startSimulation } from '../engine/uncertainty/simulate';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/catalog';
import { useLang, useMessages } from '../i18n/use-messages';
import { levelTitle } from '../ui/level-names';
import { breakEvenText } from './break-even-text';
import { breakEvenMessages, uncertaintySummaryMessages } from './uncertainty-messages';
import { inputLabel } from './input-labels';
import { exactParts, isQuick, summaryFromSimulation, summaryOptions, uncertaintySummaryData, type UncertaintySummaryData } from './uncertainty-summary-data';

const chance = (p: number, lang: Lang) => formatPercent(p.toFixed(6), lang, 1);

/**
 * The summary for a model: at once for a quick model when `immediate` (the report, so a
 * print after load has the figures); otherwise after render, in chunks between
 * macrotasks so typing stays responsive, cancelled and restarted when the model changes.
 * Returns the data and whether it belongs to an older model (or is still missing).
 */
export function useUncertaintySummary(model: Model, immediate: boolean): { data: UncertaintySummaryData | null; busy: boolean } {
  const deferred = useDeferredValue(model);
  const now = useMemo(() => (immediate && isQuick(model) ? uncertaintySummaryData(model) : null), [immediate, model]);
  const [state, setState] = useState<{ model: Model; data: UncertaintySummaryData } | null>(null);

  useEffect(() => {
    if (now) return;
    let cancelled = false;
    // A macrotask first, so the edit that changed the model paints before any work.
    const timer = setTimeout(() => {
      if (cancelled) return;
      const exact = exactParts(deferred);
      const options = summaryOptions(deferred);
      runChunked(startSimulation(deferred, options), { chunk: 1000, onProgress: () => {}, isCancelled: () => cancelled })
        .then((sim) => {
          if (sim && !cancelled) setState({ model: deferred, data: summaryFromSimulation(deferred, sim, exact) });
        })
        // A failed run leaves the section "calculating": the uncertainty screen shows the error itself.
        .catch(() => {});
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [deferred, now]);

  if (now) return { data: now, busy: false };
  return { data: state?.data ?? null, busy: state?.model !== model };
}

export interface UncertaintySummaryProps {
  model: Model;
  /** The exact result of the model; the summary computes its own figures and accepts it for a uniform signature. */
  result?: Result;
  /** Heading level of the section (2 in the overview, 3 inside a report section). */
  level?: 2 | 3;
  /** Compute a quick model during render (the report), instead of after it. */
  immediate?: boolean;
}

export function UncertaintySummary({ model, level = 2, immediate = false }: UncertaintySummaryProps) {
  const t = useMessages(uncertaintySummaryMessages);
  const lang = useLang();
  const id = useId();
  const { data, busy } = useUncertaintySummary(model, immediate);
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="uncertainty-summary" aria-labelledby={`${id}-title`} aria-busy={busy} data-testid="uncertainty-summary">
      <H id={`${id}-title`}>{t('title')}</H>
      {busy && <p role="status">{t('calculating')}</p>}
      {data && <SummaryBody model={model} data={data} lang={lang} level={level} />}
    </section>
  );
}

function SummaryBody({ model, data, lang, level }: { model: Model; data: UncertaintySummaryData; lang: Lang; level: 2 | 3 }) {
  const t = useMessages(uncertaintySummaryMessages);
  const tb = useMessages(breakEvenMessages);
  const H = level === 2 ? 'h3' : 'h4';
  const breakEven = useMemo(() => breakEvenText(model, data.switching, lang, tb), [model, data.switching, lang, tb]);
  // The headline ("effects at least x %", "1 in N participants"); without one, the line sentences.
  const sentences = breakEven.headline.length > 0 ? breakEven.headline : breakEven.lines.map((l) => l.text);
  return (
    <>
      <p className="uncertainty-summary-headline">{t('fiscal', { p: chance(data.fiscal, lang) })}</p>
      <table className="figures-table">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colHolder')}</th>
            <th scope="col" className="num">{t('colProb')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('allBudgets')}</th>
            <td className="num">{chance(data.fiscal, lang)}</td>
          </tr>
        </tbody>
        <tbody>
          <tr>
            <th scope="colgroup" colSpan={2}>{t('perSector')}</th>
          </tr>
          {data.sectors.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.name}</th>
              <td className="num">{chance(s.prob, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tbody>
          <tr>
            <th scope="colgroup" colSpan={2}>{t('perLevel')}</th>
          </tr>
          {data.levels.map((l) => (
            <tr key={l.level}>
              <th scope="row">{levelTitle(l.level, lang)}</th>
              <td className="num">{chance(l.prob, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <H>{t('topTitle')}</H>
      {data.top.length === 0 ? (
        <p>{t('topNone')}</p>
      ) : (
        <>
          <p>{t('topIntro')}</p>
          <ol>
            {data.top.map((b) => (
              <li key={b.input.key}>
                {t('topItem', { input: inputLabel(model, b.input.ref, t), low: formatMoney(b.atLow, lang), high: formatMoney(b.atHigh, lang), swing: formatMoney(b.swing, lang) })}
              </li>
            ))}
          </ol>
        </>
      )}
      <H>{t('breakEvenTitle')}</H>
      {sentences.length === 0 ? <p>{t('breakEvenNone')}</p> : sentences.map((s) => <p key={s}>{s}</p>)}
      <p className="note">
        {t('method', {
          runs: formatNumber(data.runs, lang, 0),
          seed: formatNumber(data.seed, lang, 0, { grouping: false }),
          distribution: t(`dist.${data.distribution}`),
        })}
      </p>
    </>
  );
}
