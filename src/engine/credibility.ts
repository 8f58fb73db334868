/**
 * Credibility flags (issue 4 §6): warnings that a reader of a social-return case should
 * see, because many published studies skip the standard adjustments. Pure: codes and
 * parameters only; the overview and the report turn them into words.
 */
import { isCohortBenefit, type BenefitLine, type Model } from './model';
import type { Result } from './result';
import { Dec, ratio } from './decimal';
import { benefitFlow } from './lines';
import { unconvertedPrice, type PriceFlag } from './price';

/** Gains that outweigh costs more than this many times are flagged. */
export const HIGH_RATIO = new Dec(10);

export type CredibilityFlag =
  /** Neither deadweight nor attribution has been assessed (both zero) for a gain line. */
  | { code: 'noAdjustments'; params: { benefit: string; label: string } }
  /** sroi or bcrFiscal above 10. */
  | { code: 'highRatio'; params: { measure: 'sroi' | 'bcrFiscal'; ratio: string } }
  /** A gain already in year 0 with no lag: effects rarely show in the year the money is spent. */
  | { code: 'noLag'; params: { benefit: string; label: string } }
  /** Most of the value (economic + social) lands outside any budget. */
  | { code: 'mostlySocial'; params: { share: string } }
  /** A unit value in another year's kroner, not converted to the model's price base. */
  | PriceFlag;

export type CredibilityCode = CredibilityFlag['code'];

/** Could this line ever add value? A pure disbenefit needs no deadweight to be believed. */
function canGain(b: BenefitLine): boolean {
  if (isCohortBenefit(b)) return new Dec(b.effect).times(b.unitValue).gt(0);
  return b.amounts.some((a) => new Dec(a).gt(0));
}

export function credibilityFlags(model: Model, result: Result): CredibilityFlag[] {
  const flags: CredibilityFlag[] = [];
  for (const b of model.benefits) {
    if (!canGain(b)) continue;
    if (new Dec(b.deadweight).isZero() && new Dec(b.attribution).isZero()) {
      flags.push({ code: 'noAdjustments', params: { benefit: b.id, label: b.label } });
    }
  }
  for (const b of model.benefits) {
    // The adjusted gain B(L, 0): what the line claims in the budget year itself.
    if (benefitFlow(model, b)[0]?.gt(0)) {
      flags.push({ code: 'noLag', params: { benefit: b.id, label: b.label } });
    }
  }
  const { sroi, bcrFiscal, pvBenefits } = result.totals;
  for (const [measure, value] of [['bcrFiscal', bcrFiscal], ['sroi', sroi]] as const) {
    if (value !== null && new Dec(value).gt(HIGH_RATIO)) flags.push({ code: 'highRatio', params: { measure, ratio: value } });
  }
  // Compared type by type (each PV rounded alike), so an even split is never called "most".
  const wider = new Dec(pvBenefits.economic).plus(pvBenefits.social);
  const fiscal = new Dec(pvBenefits.cashable).plus(pvBenefits.capacity);
  if (wider.gt(fiscal) && wider.gt(0)) {
    flags.push({ code: 'mostlySocial', params: { share: ratio(wider.div(wider.plus(fiscal.gt(0) ? fiscal : 0))) } });
  }
  flags.push(...unconvertedPrice(model));
  return flags;
}
