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

/**
 * Per-participant timing of a cohort: Σ over cohort years c of size(c) × (1 − dropOff)^k,
 * k = t − c − lag, while 0 ≤ k < duration. Lines that share a cohort and timing share
 * this profile, so a calculation keeps them in a cache.
 */
export type ProfileCache = Map<string, Dec[]>;

function cohortProfile(model: Model, line: CohortBenefit, cache?: ProfileCache): Dec[] {
  const key = `${line.cohort}\u0000${line.lag}\u0000${line.duration}\u0000${line.dropOff}`;
  const cached = cache?.get(key);
  if (cached) return cached;
  const H = model.years;
  const profile: Dec[] = new Array<Dec>(H).fill(ZERO);
  const cohort = model.cohorts.find((c) => c.id === line.cohort);
  const sizes = yearValues(cohort?.sizes, H);
  const keep = ONE.minus(line.dropOff);
  if (line.duration === null) {
    // To the horizon: P(t) = (1 − dropOff) × P(t−1) + size(t − lag). Every term has the
    // same sign, so the running form loses nothing but the 34th digit, and it is linear
    // in the horizon instead of quadratic.
    let running = ZERO;
    for (let t = line.lag; t < H; t++) {
      running = running.isZero() ? running : running.times(keep);
      const size = sizes[t - line.lag]!;
      if (!size.isZero()) running = running.plus(size);
      profile[t] = running;
    }
  } else {
    // A limited duration is summed term by term: a running form would have to subtract
    // expired terms and could leave a residue where the true value is exactly zero.
    const hasDropOff = !keep.equals(ONE);
    const longest = Math.min(line.duration, H);
    const decay: Dec[] = [ONE];
    for (let k = 1; k < longest; k++) decay.push(decay[k - 1]!.times(keep));
    for (let c = 0; c < H; c++) {
      if (sizes[c]!.isZero()) continue;
      for (let k = 0; k < longest; k++) {
        const t = c + line.lag + k;
        if (t >= H) break;
        profile[t] = profile[t]!.plus(hasDropOff && k > 0 ? sizes[c]!.times(decay[k]!) : sizes[c]!);
      }
    }
  }
  cache?.set(key, profile);
  return profile;
}

/** G(L,t) for a cohort-driven line (spec §2.2): the cohort's profile × effect × unit value. */
export function cohortGross(model: Model, line: CohortBenefit, cache?: ProfileCache): Dec[] {
  const perParticipant = new Dec(line.effect).times(line.unitValue);
  if (perParticipant.isZero()) return new Array<Dec>(model.years).fill(ZERO);
  return cohortProfile(model, line, cache).map((p) => (p.isZero() ? ZERO : p.times(perParticipant)));
}

/** B(L,t): the adjusted gain of a line per year. */
export function benefitFlow(model: Model, line: BenefitLine, cache?: ProfileCache): Dec[] {
  const gross = isCohortBenefit(line) ? cohortGross(model, line, cache) : yearValues(line.amounts, model.years);
  const factor = adjustmentFactor(model, line);
  return gross.map((g) => (g.isZero() ? ZERO : g.times(factor)));
}
