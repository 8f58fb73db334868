/**
 * The overview's headline figures, each with its one-line explanation. Pure, so the
 * report can print the same list and a test can check every value against the result.
 */
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { translator, type Lang } from '../../i18n/catalog';
import { formatMoney, formatPercent, formatRatio, formatYear } from '../../i18n/format';
import { overviewMessages } from './messages';
import { payers } from '../../charts/sentences';

export interface Headline {
  key: string;
  label: string;
  value: string;
  help: string;
  /** Negative money, so the screen can mark a loss by more than colour. */
  negative: boolean;
}

const isNegative = (v: string | null) => v !== null && v.trim().startsWith('-') && !/^-0(\.0*)?$/.test(v.trim());

export function headlineFigures(result: Result, model: Model, lang: Lang): Headline[] {
  const t = translator(overviewMessages, lang);
  const totals = result.totals;
  const lastYear = formatYear(model.startYear + model.years - 1, lang);
  const planLength = Math.min(model.planYears, model.years);
  const figures: Headline[] = [
    { key: 'npvFiscal', label: t('fig.npvFiscal'), value: formatMoney(totals.npvFiscal, lang), help: t('fig.npvFiscal.help'), negative: isNegative(totals.npvFiscal) },
    { key: 'npv', label: t('fig.npv'), value: formatMoney(totals.npv, lang), help: t('fig.npv.help'), negative: isNegative(totals.npv) },
    { key: 'bcrFiscal', label: t('fig.bcrFiscal'), value: formatRatio(totals.bcrFiscal, lang), help: t('fig.bcrFiscal.help'), negative: false },
    { key: 'sroi', label: t('fig.sroi'), value: formatRatio(totals.sroi, lang), help: t('fig.sroi.help'), negative: false },
    {
      key: 'breakEven',
      label: t('fig.breakEven'),
      value: totals.breakEvenYear === null ? t('fig.breakEven.never', { lastYear }) : formatYear(totals.breakEvenYear, lang),
      help: t('fig.breakEven.help'),
      negative: false,
    },
    { key: 'siloGap', label: t('fig.siloGap'), value: formatMoney(totals.siloGap, lang), help: t('fig.siloGap.help'), negative: false },
    { key: 'shareOutside', label: t('fig.shareOutside'), value: formatPercent(totals.shareOutsidePayers, lang, 0), help: t('fig.shareOutside.help'), negative: false },
  ];
  for (const { sector, figures: f } of payers(result, model)) {
    figures.push({
      key: `budgetYear-${sector.id}`,
      label: t('fig.budgetYear', { sector: sector.name, year: formatYear(model.startYear, lang) }),
      value: formatMoney(f.budgetYearNet, lang),
      help: t('fig.budgetYear.help'),
      negative: isNegative(f.budgetYearNet),
    });
    figures.push({
      key: `plan-${sector.id}`,
      label: t('fig.plan', { sector: sector.name, first: formatYear(model.startYear, lang), last: formatYear(model.startYear + planLength - 1, lang) }),
      value: formatMoney(f.planNet, lang),
      help: t('fig.plan.help', { years: planLength }),
      negative: isNegative(f.planNet),
    });
  }
  return figures;
}
