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

function whereGainsLand(result: Result, model: Model, t: Translate<Key>, lang: Lang): string {
  if (model.benefits.length === 0) return t('noGainLines');
  const share = result.totals.shareOutsidePayers;
  return share === null ? t('noFiscalGains') : t('shareOutside', { share: formatPercent(share, lang, 0) });
}

/**
 * Budget gains per krone of cost under an equal-return split (spec §2.6), or null when
 * there is no split. At 1 or more every contributing sector breaks even on it, so only
 * then may a sentence say that a cost-sharing agreement would help.
 */
function sharedPerKrone(result: Result, model: Model): Dec | null {
  if (!result.costSharing) return null;
  const gains = model.sectors.reduce((acc, s) => {
    const f = result.sectors.find((x) => x.id === s.id);
    const fiscal = f ? new Dec(f.pvBenefits.cashable).plus(f.pvBenefits.capacity) : new Dec(0);
    return fiscal.gt(0) ? acc.plus(fiscal) : acc;
  }, new Dec(0));
  return gains.div(result.totals.pvCosts);
}

type PayerKey = 'payersNever' | 'payersNeverWithTransfers' | 'payersNeverAtAll' | 'onePayerFrom' | 'allPayersBy';

/**
 * The whole the main payer belongs to (its level, when it shares the level with other
 * sectors; otherwise all budgets), then the payers themselves. The second half joins the
 * first without contradicting it: "men" after a whole that gets there, "og … heller ikke"
 * after one that does not; and a cost-sharing agreement is named as the way out only when
 * an equal-return split would cover every contributor (the same test the sharing sentence uses).
 */
function whenInSurplus(list: Payer[], result: Result, model: Model, t: Translate<Key>, lang: Lang): string {
  const main = list[0]!.sector;
  const wholeSectors = model.sectors.filter((s) => s.level === main.level);
  const levelShared = wholeSectors.length > 1;
  const level = result.levels.find((l) => l.level === main.level);
  const byLevel = levelShared && level !== undefined;
  const whole = byLevel ? t(`whole.${main.level}`) : t('whole.all');
  const wholeYear = byLevel ? level.breakEvenYear : result.totals.breakEvenYear;
  const clause = wholeYear === null ? t('wholeNever', { whole }) : t('wholeFrom', { whole, year: formatYear(wholeYear, lang) });
  const say = (key: PayerKey, params: Record<string, string>) =>
    t(wholeYear === null ? `${key}.wholeNever` : key, { clause, ...params });

  const never = list.filter((p) => p.figures.breakEvenYear === null);
  if (never.length > 0) {
    // The whole is the payers themselves (a one-sector model): the clause says it all.
    const covered = byLevel ? wholeSectors : model.sectors;
    if (wholeYear === null && covered.every((s) => never.some((p) => p.sector.id === s.id))) return t('clauseOnly', { clause });
    const names = joinNames(never.map((p) => p.sector.name), lang);
    if (never.some((p) => new Dec(p.figures.pvTransfersIn).gt(0))) return say('payersNeverWithTransfers', { payers: names });
    const perKrone = sharedPerKrone(result, model);
    return say(perKrone !== null && perKrone.gte(1) ? 'payersNever' : 'payersNeverAtAll', { payers: names });
  }
  const years = list.map((p) => p.figures.breakEvenYear!);
  if (list.length === 1) return say('onePayerFrom', { payer: main.name, year: formatYear(years[0]!, lang) });
  return say('allPayersBy', { year: formatYear(Math.max(...years), lang) });
}

/** What an equal-return split would give, or that nothing needs to move. */
function whatSharingTakes(result: Result, model: Model, t: Translate<Key>, lang: Lang): string | null {
  if (new Dec(result.totals.siloGap).isZero()) return model.transfers.length > 0 ? t('noGap') : null;
  const split = result.costSharing;
  const perKrone = sharedPerKrone(result, model);
  // With costs and a gap but no split, no sector has a budget gain to share from: the
  // second sentence has already said so, and saying "the gains are smaller" would be odd.
  if (!split || perKrone === null) return null;
  if (perKrone.lt(1)) return t('gainsBelowCosts');
  const largest = [...split].sort((a, b) => new Dec(b.share).comparedTo(a.share))[0]!;
  const name = model.sectors.find((s) => s.id === largest.sector)?.name ?? largest.sector;
  return t('equalReturn', { perKrone: formatRatio(perKrone.toFixed(6), lang), largest: name, share: formatPercent(largest.share, lang, 0) });
}

export function overviewSentences(result: Result, model: Model, lang: Lang): string[] {
  const t = translator(sentenceMessages, lang);
  const list = payers(result, model);
  if (list.length === 0) return [t('noCosts'), whereGainsLand(result, model, t, lang)];
  const sentences = [whoPays(list, result, t, lang), whereGainsLand(result, model, t, lang), whenInSurplus(list, result, model, t, lang)];
  const sharing = whatSharingTakes(result, model, t, lang);
  return sharing ? [...sentences, sharing] : sentences;
}
