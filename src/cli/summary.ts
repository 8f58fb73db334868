/**
 * The readable summary the command line prints without --json: totals, one row per
 * sector and the silo gap, in Norwegian or English, every figure through the app's one
 * formatter.
 */
import Decimal from 'decimal.js';
import type { Model } from '../engine/model';
import type { Result, SectorFigures } from '../engine/result';
import { translator, type Lang, type Translate } from '../i18n/catalog';
import { formatMoney, formatPercent, formatRatio, formatYear } from '../i18n/format';
import { cliMessages } from './messages';
import { clip, pairs, table } from './table';

export function summary(model: Model, result: Result, lang: Lang): string {
  const t = translator(cliMessages, lang);
  const money = (v: string | null) => formatMoney(v, lang);
  const year = (y: number | null) => (y === null ? t('notReached') : formatYear(y, lang));
  const totals = result.totals;

  const discount = model.discountSchedule
    ? t('schedule', { rates: model.discountSchedule.map((s) => t('scheduleStep', { year: s.fromYear, rate: formatPercent(s.rate, lang, 2, { trim: true }) })).join(', ') })
    : formatPercent(model.discountRate, lang, 2, { trim: true });
  const head = [
    t('title', { title: model.title || t('untitled') }),
    t('horizon', { from: formatYear(model.startYear, lang), to: formatYear(model.startYear + model.years - 1, lang), years: model.years, discount }),
  ];

  const totalRows: [string, string][] = [
    [t('pvCosts'), money(totals.pvCosts)],
    [t('cashable'), money(totals.pvBenefits.cashable)],
    [t('capacity'), money(totals.pvBenefits.capacity)],
    [t('economic'), money(totals.pvBenefits.economic)],
    [t('social'), money(totals.pvBenefits.social)],
    [t('pvFiscal'), money(totals.pvFiscal)],
    [t('npvFiscal'), money(totals.npvFiscal)],
    [t('npv'), money(totals.npv)],
    [t('bcrFiscal'), formatRatio(totals.bcrFiscal, lang)],
    [t('sroi'), formatRatio(totals.sroi, lang)],
    [t('breakEvenYear'), year(totals.breakEvenYear)],
    [t('budgetYearNet'), money(totals.budgetYearNet)],
    [t('planNet'), money(totals.planNet)],
    [t('siloGap'), money(totals.siloGap)],
  ];

  const names = new Map(model.sectors.map((s) => [s.id, s.name || s.id]));
  const sectorRow = (s: SectorFigures) => [
    clip(names.get(s.id) ?? s.id, 36),
    money(s.pvCosts),
    money(sum(s.pvBenefits.cashable, s.pvBenefits.capacity)),
    money(sum(s.pvBenefits.economic, s.pvBenefits.social)),
    money(new Decimal(s.pvTransfersIn).minus(s.pvTransfersOut).toFixed(2)),
    money(s.npv),
    year(s.breakEvenYear),
  ];
  const sectorTable = table(
    [[t('colSector'), t('colCosts'), t('colGains'), t('colOther'), t('colTransfers'), t('colNpv'), t('colBreakEven')], ...result.sectors.map(sectorRow)],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );

  const parts = [head.join('\n'), `${t('totals')}\n${pairs(totalRows)}`, `${t('sectors')}\n${sectorTable}`];
  if (result.warnings.length > 0) {
    parts.push(`${t('warnings')}\n${result.warnings.map((w) => `  - ${warning(w, t)}`).join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** Exact sum of two rounded figures: budget gains are cashable + capacity (spec §2.3). */
function sum(a: string, b: string): string {
  return new Decimal(a).plus(b).toFixed(2);
}

type T = Translate<keyof typeof cliMessages.nb>;

/** The engine writes its horizon warnings in English (spec §3); the summary speaks the user's language. */
function warning(text: string, t: T): string {
  const match = /^(.+): (\d+) entr(?:y|ies) beyond the horizon (?:is|are) ignored$/.exec(text);
  if (!match) return text;
  const [, path = '', count = '0'] = match;
  return count === '1' ? t('beyondHorizonOne', { path }) : t('beyondHorizon', { path, count });
}
