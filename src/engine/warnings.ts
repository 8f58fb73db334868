import { isCohortBenefit, type Model } from './model';

/**
 * One warning for each `amounts` or `sizes` list that reaches beyond the horizon
 * (spec §3). The entries are kept in the model, so shortening the horizon never
 * destroys data; they are only left out of the calculation.
 */
export function horizonWarnings(model: Model): string[] {
  const warnings: string[] = [];
  // The path is only written out for a list that is too long: this runs on every edit.
  const check = (list: string, i: number, field: string, values: readonly string[] | undefined) => {
    const extra = (values?.length ?? 0) - model.years;
    if (extra > 0) {
      warnings.push(`${list}[${i}].${field}: ${extra} ${extra === 1 ? 'entry' : 'entries'} beyond the horizon ${extra === 1 ? 'is' : 'are'} ignored`);
    }
  };
  model.costs.forEach((l, i) => check('costs', i, 'amounts', l.amounts));
  model.cohorts.forEach((c, i) => check('cohorts', i, 'sizes', c.sizes));
  model.benefits.forEach((b, i) => {
    if (!isCohortBenefit(b)) check('benefits', i, 'amounts', b.amounts);
  });
  model.transfers.forEach((tr, i) => check('transfers', i, 'amounts', tr.amounts));
  return warnings;
}
