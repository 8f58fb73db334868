import { isCohortBenefit, type BenefitLine, type CohortBenefit, type CostLine, type Model } from './model';
import { Dec, ONE, ZERO } from './decimal';

/** Reads a list of decimal strings into exactly `years` Decimals: short lists padded with zeros, entries beyond the horizon ignored. */
export function yearValues(values: readonly string[] | undefined, years: number): Dec[] {
  const out: Dec[] = new Array<Dec>(years);
  for (let t = 0; t < years; t++) {
    const v = values?.[t];
    out[t] = v === undefined ? ZERO : new Dec(v);
  }
  return out;
}

/** C(L,t) = amounts(L,t) × (1 + ob): the line's own optimism bias, else the model's (spec §2.1). */
export function costFlow(model: Model, line: CostLine): Dec[] {
  const uplift = ONE.plus(line.optimismBias ?? model.optimismBias.costs);
  return yearValues(line.amounts, model.years).map((a) => a.times(uplift));
}

/**
 * The adjustments are applied one after another, never added together: a gain with
 * 30 % deadweight and 20 % attribution keeps 0.7 × 0.8 = 56 %, not 50 %.
 */
export function adjustmentFactor(model: Model, line: BenefitLine): Dec {
  const ob = line.optimismBias ?? model.optimismBias.benefits;
  return ONE.minus(line.deadweight)
    .times(ONE.minus(line.attribution))
    .times(ONE.minus(line.displacement))
    .times(ONE.minus(ob));
}

/** G(L,t) for a cohort-driven line (spec §2.2). */
export function cohortGross(model: Model, line: CohortBenefit): Dec[] {
  const H = model.years;
  const gross: Dec[] = new Array<Dec>(H).fill(ZERO);
  const cohort = model.cohorts.find((c) => c.id === line.cohort);
  if (!cohort) return gross;
  const perParticipant = new Dec(line.effect).times(line.unitValue);
  if (perParticipant.isZero()) return gross;
  const keep = ONE.minus(line.dropOff);
  // Powers of (1 − dropOff) are shared by every cohort year: compute them once.
  const longest = line.duration === null ? H : Math.min(line.duration, H);
  const decay: Dec[] = [ONE];
  for (let k = 1; k < longest; k++) decay.push(decay[k - 1]!.times(keep));
  const sizes = yearValues(cohort.sizes, H);
  for (let c = 0; c < H; c++) {
    if (sizes[c]!.isZero()) continue;
    const base = sizes[c]!.times(perParticipant);
    for (let k = 0; k < longest; k++) {
      const t = c + line.lag + k;
      if (t >= H) break;
      gross[t] = gross[t]!.plus(base.times(decay[k]!));
    }
  }
  return gross;
}

/** B(L,t): the adjusted gain of a line per year. */
export function benefitFlow(model: Model, line: BenefitLine): Dec[] {
  const gross = isCohortBenefit(line) ? cohortGross(model, line) : yearValues(line.amounts, model.years);
  const factor = adjustmentFactor(model, line);
  return gross.map((g) => g.times(factor));
}
