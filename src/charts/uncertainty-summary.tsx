/**
 * "Hvor sikre er tallene?": the chance that each budget holder gains, the inputs that
 * matter most and the break-even success rate, for the overview and the report. A plain
 * table and lists: it prints at a fixed size with nothing to animate.
 */
import { memo, useId, useMemo } from 'react';
import type { Model } from '../engine/model';
import type { Result } from '../engine/result';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/catalog';
import { useLang, useMessages } from '../i18n/use-messages';
import { levelTitle } from '../ui/level-names';
import { breakEvenText } from './break-even-text';
import { breakEvenMessages, uncertaintySummaryMessages } from './uncertainty-messages';
import { inputLabel } from './input-labels';
import type { UncertaintySummaryData } from './uncertainty-summary-data';
import { useUncertaintySummary } from './use-uncertainty-summary';
import './charts.css';

const chance = (p: number, lang: Lang) => formatPercent(p.toFixed(6), lang, 1);

export interface UncertaintySummaryProps {
  model: Model;
  /** The exact result of the model; the summary computes its own figures and accepts it for a uniform signature. */
  result?: Result;
  /** Heading level of the section (2 in the overview, 3 inside a report section). */
  level?: 2 | 3;
}

/**
 * Light parts are ready in the first render; heavy ones say "calculating" (a polite
 * status, aria-busy) until their worker answers. Figures of an older model stay on show
 * only under a note that says so, and a print before the figures are ready says that
 * plainly instead of printing a bare "calculating".
 */
export function UncertaintySummary({ model, level = 2 }: UncertaintySummaryProps) {
  const t = useMessages(uncertaintySummaryMessages);
  const lang = useLang();
  const id = useId();
  const { data, topModel, breakEvenModel, busy, stale, error } = useUncertaintySummary(model);
  const H = level === 2 ? 'h2' : 'h3';
  let status = '';
  if (error) status = t('failed', { message: error });
  else if (stale) status = t('staleNote');
  else if (busy) status = t('calculating');
  return (
    <section className="uncertainty-summary" aria-labelledby={`${id}-title`} aria-busy={busy} data-testid="uncertainty-summary" data-state={busy ? 'busy' : 'done'}>
      <H id={`${id}-title`}>{t('title')}</H>
      {/* Always in the page, so what it says is announced when it changes. */}
      <div role="status" aria-live="polite" className={status ? 'uncertainty-summary-status' : 'visually-hidden'}>
        {status && <p className={stale ? 'warning' : undefined}>{status}</p>}
      </div>
      {busy && <p className="uncertainty-summary-print-note">{t('printPending')}</p>}
      {data && (
        <div className={stale ? 'stale-figures' : undefined}>
          <SummaryBody topModel={topModel} breakEvenModel={breakEvenModel} data={data} lang={lang} level={level} />
        </div>
      )}
    </section>
  );
}

interface BodyProps {
  /** The models the named inputs and the break-even lines were computed for. */
  topModel: Model;
  breakEvenModel: Model;
  data: UncertaintySummaryData;
  lang: Lang;
  level: 2 | 3;
}

const SummaryBody = memo(function SummaryBody({ topModel, breakEvenModel, data, lang, level }: BodyProps) {
  const t = useMessages(uncertaintySummaryMessages);
  const tb = useMessages(breakEvenMessages);
  const H = level === 2 ? 'h3' : 'h4';
  const breakEven = useMemo(() => breakEvenText(breakEvenModel, data.switching, lang, tb), [breakEvenModel, data.switching, lang, tb]);
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
                {t('topItem', { input: inputLabel(topModel, b.input.ref, t), low: formatMoney(b.atLow, lang), high: formatMoney(b.atHigh, lang), swing: formatMoney(b.swing, lang) })}
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
});
