/**
 * The plain-language sentences above the overview's figures: who pays, where the gains
 * land, when budgets are in surplus, and what sharing would take. Pure (result, model,
 * lang → strings), so the report can print the very same sentences.
 */
import type { Model, Sector } from '../engine/model';
import type { Result, SectorFigures } from '../engine/result';
import { Dec } from '../engine/decimal';
import { translator, type Lang, type Translate } from '../i18n/catalog';
import { formatMoney, formatPercent, formatRatio, formatYear } from '../i18n/format';
import { sentenceMessages } from './sentence-messages';

type Key = keyof (typeof sentenceMessages)['nb'];

interface Payer {
  sector: Sector;
  figures: SectorFigures;
}

const LIST_LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

function joinNames(names: string[], lang: Lang): string {
  return new Intl.ListFormat(LIST_LOCALES[lang], { style: 'long', type: 'conjunction' }).format(names);
}

/** Sectors with costs, largest first: the first one is "the" payer the sentences speak of. */
export function payers(result: Result, model: Model): Payer[] {
  return model.sectors
    .flatMap((sector) => {
      const figures = result.sectors.find((f) => f.id === sector.id);
      return figures && new Dec(figures.pvCosts).gt(0) ? [{ sector, figures }] : [];
    })
    .sort((a, b) => new Dec(b.figures.pvCosts).comparedTo(a.figures.pvCosts));
}

function whoPays(list: Payer[], result: Result, t: Translate<Key>, lang: Lang): string {
  if (list.length === 1) {
    const { sector, figures } = list[0]!;
    const amount = formatMoney(figures.pvCosts, lang);
    return new Dec(figures.pvTransfersIn).gt(0)
      ? t('onePayerWithTransfers', { payer: sector.name, amount, back: formatMoney(figures.pvTransfersIn, lang) })
      : t('onePayer', { payer: sector.name, amount });
  }
  return t('manyPayers', { payers: joinNames(list.map((p) => p.sector.name), lang), amount: formatMoney(result.totals.pvCosts, lang) });
}

function whereGainsLand(result: Result, t: Translate<Key>, lang: Lang): string {
  const share = result.totals.shareOutsidePayers;
  return share === null ? t('noFiscalGains') : t('shareOutside', { share: formatPercent(share, lang, 0) });
}

/**
 * The whole the main payer belongs to (its level, when it shares the level with other
 * sectors; otherwise all budgets), then the payers themselves.
 */
function whenInSurplus(list: Payer[], result: Result, model: Model, t: Translate<Key>, lang: Lang): string {
  const main = list[0]!.sector;
  const levelShared = model.sectors.some((s) => s.level === main.level && s.id !== main.id);
  const level = result.levels.find((l) => l.level === main.level);
  const whole = levelShared && level ? t(`whole.${main.level}`) : t('whole.all');
  const wholeYear = levelShared && level ? level.breakEvenYear : result.totals.breakEvenYear;
  const lastYear = formatYear(model.startYear + model.years - 1, lang);
  const clause = wholeYear === null ? t('wholeNever', { whole, lastYear }) : t('wholeFrom', { whole, year: formatYear(wholeYear, lang) });

  const never = list.filter((p) => p.figures.breakEvenYear === null);
  if (never.length > 0) {
    const helped = never.some((p) => new Dec(p.figures.pvTransfersIn).gt(0));
    const names = joinNames(never.map((p) => p.sector.name), lang);
    return t(helped ? 'payersNeverWithTransfers' : 'payersNever', { clause, payers: names });
  }
  const years = list.map((p) => p.figures.breakEvenYear!);
  if (list.length === 1) return t('onePayerFrom', { clause, payer: main.name, year: formatYear(years[0]!, lang) });
  return t('allPayersBy', { clause, year: formatYear(Math.max(...years), lang) });
}

/** What an equal-return split would give, or that nothing needs to move. */
function whatSharingTakes(result: Result, model: Model, t: Translate<Key>, lang: Lang): string | null {
  if (new Dec(result.totals.siloGap).isZero()) return model.transfers.length > 0 ? t('noGap') : null;
  const split = result.costSharing;
  // With costs and a gap but no split, no sector has a fiscal gain to share from.
  if (!split) return t('gainsBelowCosts');
  const pvCosts = new Dec(result.totals.pvCosts);
  const gains = model.sectors.reduce((acc, s) => {
    const f = result.sectors.find((x) => x.id === s.id);
    const fiscal = f ? new Dec(f.pvBenefits.cashable).plus(f.pvBenefits.capacity) : new Dec(0);
    return fiscal.gt(0) ? acc.plus(fiscal) : acc;
  }, new Dec(0));
  const perKrone = gains.div(pvCosts);
  if (perKrone.lt(1)) return t('gainsBelowCosts');
  const largest = [...split].sort((a, b) => new Dec(b.share).comparedTo(a.share))[0]!;
  const name = model.sectors.find((s) => s.id === largest.sector)?.name ?? largest.sector;
  return t('equalReturn', { perKrone: formatRatio(perKrone.toFixed(6), lang), largest: name, share: formatPercent(largest.share, lang, 0) });
}

export function overviewSentences(result: Result, model: Model, lang: Lang): string[] {
  const t = translator(sentenceMessages, lang);
  const list = payers(result, model);
  if (list.length === 0) return [t('noCosts'), whereGainsLand(result, t, lang)];
  const sentences = [whoPays(list, result, t, lang), whereGainsLand(result, t, lang), whenInSurplus(list, result, model, t, lang)];
  const sharing = whatSharingTakes(result, model, t, lang);
  return sharing ? [...sentences, sharing] : sentences;
}
