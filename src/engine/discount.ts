import type { Model } from './model';
import { Dec, ZERO, add } from './decimal';

/**
 * Discount factors D(t) for t = 0 … years−1 (spec §2.4). Year index 0 is not
 * discounted: it is the budget year the council decides in.
 */
export function discountFactors(model: Pick<Model, 'years' | 'discountRate' | 'discountSchedule'>): Dec[] {
  // Carried at 60 digits: x × D(t) is then rounded once, to the engine's 34, so a
  // discounted value that is exactly a decimal (an income that repays a cost with
  // interest, a half cent) comes out exact, not one unit off in the 34th digit, and
  // the spec's tests on exact values (pvCosts = 0, K(u) ≥ 0) decide as they should.
  const factors: Dec[] = [new Wide(1)];
  const rateFor = rateLookup(model);
  for (let t = 1; t < model.years; t++) {
    factors.push(factors[t - 1]!.div(new Wide(1).plus(rateFor(t))));
  }
  return factors;
}

const Wide = Dec.clone({ precision: 60 });

/** r(t) is the rate of the last schedule entry with fromYear < t: the step into year t. */
function rateLookup(model: Pick<Model, 'discountRate' | 'discountSchedule'>): (t: number) => Dec {
  const schedule = model.discountSchedule;
  if (!schedule || schedule.length === 0) {
    const rate = new Dec(model.discountRate);
    return () => rate;
  }
  const steps = schedule.map((s) => ({ fromYear: s.fromYear, rate: new Dec(s.rate) }));
  return (t) => {
    let rate = steps[0]!.rate;
    for (const step of steps) {
      if (step.fromYear < t) rate = step.rate;
      else break;
    }
    return rate;
  };
}

/** PV(x) = Σ x(t) × D(t). */
export function presentValue(values: readonly Dec[], factors: readonly Dec[]): Dec {
  let pv = ZERO;
  for (let t = 0; t < factors.length; t++) {
    // Most flows are zero in most years: skipping them keeps large models fast.
    if (!values[t]!.isZero()) pv = add(pv, values[t]!.times(factors[t]!));
  }
  return pv;
}
