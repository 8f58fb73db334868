import { isCohortBenefit, type BenefitLine, type CohortBenefit, type CostLine, type Model, type Transfer } from './model';
import { Dec, ONE, ZERO, add, same } from './decimal';

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

/**
 * What lines of one calculation share below their profiles: a cohort's sizes, read once,
 * and the terms size(c) × (1 − dropOff)^k, which depend on the cohort and the drop-off
 * only (not on lag or duration), so lines that differ in timing multiply them once.
 */
interface Shared {
  sizes: Map<string, Dec[]>;
  terms: Map<string, Dec[][]>;
  /** A cohort's sizes as scaled integers, or null when one is not a plain decimal ≥ 0. */
  scaledSizes: Map<string, Scaled[] | null>;
}
const sharedOf = new WeakMap<ProfileCache, Shared>();

function shared(cache: ProfileCache | undefined): Shared {
  let s = cache && sharedOf.get(cache);
  if (!s) {
    s = { sizes: new Map(), terms: new Map(), scaledSizes: new Map() };
    if (cache) sharedOf.set(cache, s);
  }
  return s;
}

function cohortProfile(model: Model, line: CohortBenefit, cache?: ProfileCache): Dec[] {
  const key = `${line.cohort}\u0000${line.lag}\u0000${line.duration}\u0000${line.dropOff}`;
  const cached = cache?.get(key);
  if (cached) return cached;
  const H = model.years;
  const profile: Dec[] = new Array<Dec>(H).fill(ZERO);
  const common = shared(cache);
  let sizes = common.sizes.get(line.cohort);
  if (!sizes) {
    const cohort = model.cohorts.find((c) => c.id === line.cohort);
    common.sizes.set(line.cohort, (sizes = yearValues(cohort?.sizes, H)));
  }
  const keep = ONE.minus(line.dropOff);
  if (line.duration === null) {
    // To the horizon: P(t) = (1 − dropOff) × P(t−1) + size(t − lag). Every term has the
    // same sign, so the running form loses nothing but the 34th digit, and it is linear
    // in the horizon instead of quadratic.
    let running = ZERO;
    for (let t = line.lag; t < H; t++) {
      running = running.isZero() ? running : running.times(keep);
      const size = sizes[t - line.lag]!;
      if (!size.isZero()) running = add(running, size);
      profile[t] = running;
    }
  } else {
    // A limited duration is summed term by term: a running form would have to subtract
    // expired terms and could leave a residue where the true value is exactly zero.
    const exact = exactProfile(model, line, common);
    if (exact) {
      cache?.set(key, exact);
      return exact;
    }
    const hasDropOff = !keep.equals(ONE);
    const longest = Math.min(line.duration, H);
    const termKey = `${line.cohort}\u0000${line.dropOff}`;
    let terms = common.terms.get(termKey);
    if (!terms) common.terms.set(termKey, (terms = []));
    const decay: Dec[] = [ONE];
    for (let c = 0; c < H; c++) {
      const size = sizes[c]!;
      if (size.isZero()) continue;
      // terms[c][k − 1] = size(c) × (1 − dropOff)^k, made in order of k as far as any line needed it.
      const row = (terms[c] ??= []);
      for (let k = 0; k < longest; k++) {
        const t = c + line.lag + k;
        if (t >= H) break;
        let term = size;
        if (hasDropOff && k > 0) {
          if (row.length < k) {
            while (decay.length <= k) decay.push(decay[decay.length - 1]!.times(keep));
            row.push(size.times(decay[k]!));
          }
          term = row[k - 1]!;
        }
        profile[t] = add(profile[t]!, term);
      }
    }
  }
  cache?.set(key, profile);
  return profile;
}

/** A non-negative decimal as an integer and a number of decimals: "12.50" is 1250n and 2. */
interface Scaled {
  int: bigint;
  scale: number;
}
const PLAIN = /^(\d+)(?:\.(\d+))?$/;
const LIMIT = 10n ** 34n;
const POW10: bigint[] = [1n];
const pow10 = (n: number) => {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[n]!;
};

function scaled(text: string): Scaled | undefined {
  const m = PLAIN.exec(text);
  return m ? { int: BigInt(m[1]! + (m[2] ?? '')), scale: (m[2] ?? '').length } : undefined;
}

/**
 * The limited-duration profile when every step of the term-by-term sum above is exact,
 * computed in integers: the same values, several times faster. It is exact when
 * (1 − dropOff)^k, each term size(c) × (1 − dropOff)^k and each profile value have at
 * most 34 significant digits: all terms are ≥ 0, so every partial sum lies between 0
 * and the final value, and on the common scale has no more digits than it. Then no
 * multiplication or addition of the Decimal path rounds, and both give the exact sum.
 * Undefined (the Decimal path decides) whenever a bound is not met or an input is not a
 * plain decimal ≥ 0.
 */
function exactProfile(model: Model, line: CohortBenefit, common: Shared): Dec[] | undefined {
  const H = model.years;
  const drop = scaled(line.dropOff);
  if (!drop || line.duration === null || drop.int > pow10(drop.scale)) return undefined;
  let sizes = common.scaledSizes.get(line.cohort);
  if (sizes === undefined) {
    const texts = model.cohorts.find((c) => c.id === line.cohort)?.sizes ?? [];
    const list: Scaled[] = [];
    for (let c = 0; c < H && sizes !== null; c++) {
      const size = scaled(texts[c] ?? '0');
      if (size) list.push(size);
      else sizes = null;
    }
    common.scaledSizes.set(line.cohort, (sizes = sizes === null ? null : list));
  }
  if (sizes === null) return undefined;
  // keep = 1 − dropOff, without trailing zeros, so a drop-off of "0.00" keeps 1 exactly.
  let keep = pow10(drop.scale) - drop.int;
  let keepScale = drop.scale;
  while (keepScale > 0 && keep % 10n === 0n) {
    keep /= 10n;
    keepScale--;
  }
  const longest = Math.min(line.duration, H);
  const powers = [1n];
  for (let k = 1; k < longest; k++) {
    powers.push(powers[k - 1]! * keep);
    if (powers[k]! >= LIMIT) return undefined;
  }
  const scale = Math.max(...sizes.map((x) => x.scale)) + (longest - 1) * keepScale;
  const sums = new Array<bigint>(H).fill(0n);
  for (let c = 0; c < H; c++) {
    const size = sizes[c]!;
    if (size.int === 0n) continue;
    for (let k = 0; k < longest && c + line.lag + k < H; k++) {
      const term = size.int * powers[k]!;
      if (term >= LIMIT) return undefined;
      const t = c + line.lag + k;
      sums[t] = sums[t]! + term * pow10(scale - size.scale - k * keepScale);
    }
  }
  if (sums.some((v) => v >= LIMIT)) return undefined;
  return sums.map((v) => {
    if (v === 0n) return ZERO;
    const digits = v.toString().padStart(scale + 1, '0');
    return new Dec(scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`);
  });
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

/**
 * `fresh` with each value equal to last time's (sign of zero included) replaced by last
 * time's object: the sums, products and strings after a line's flow are kept per value,
 * so a line whose one year changed is one changed value for them, not a whole new line.
 */
export function keepEqual(fresh: Dec[], previous: readonly Dec[] | undefined): Dec[] {
  if (!previous || previous.length !== fresh.length) return fresh;
  for (let t = 0; t < fresh.length; t++) if (same(fresh[t]!, previous[t])) fresh[t] = previous[t]!;
  return fresh;
}

interface FlowEntry {
  flow: readonly Dec[];
  /** The last calculation that used it; older entries are swept. */
  used: number;
}
type AnyLine = CostLine | BenefitLine | Transfer;
const LISTS = ['costs', 'benefits', 'transfers'] as const;
type LineList = (typeof LISTS)[number];

/**
 * The line flows of a calculator kept alive between calculations. A flow is cached by
 * content (so a model cloned on its way to a worker still hits) and, in front of that,
 * by the line object (so an unchanged line costs one WeakMap lookup). A line whose
 * content is new (an edit) is computed and then keeps, value by value, the previous flow
 * of the line with its id (`keepEqual`), so what depends on its unchanged years is kept.
 * Models are treated as immutable: a line must not be changed in place between calls.
 */
export class FlowCache {
  private byContent = new Map<string, FlowEntry>();
  private byObject = new WeakMap<object, { entry: FlowEntry; sizes?: readonly string[] }>();
  /** Content keys per object; they depend on nothing else, so they survive a reset. */
  private keys = new WeakMap<object, string>();
  private round = 0;
  private previous: Model | undefined;
  private previousById: Map<string, readonly Dec[]> | undefined;

  /** How many flows are kept (for tests: it must stay bounded over a session). */
  get size(): number {
    return this.byContent.size;
  }

  /** Forget every flow: the model's horizon, rates or defaults changed. */
  reset() {
    this.byContent = new Map();
    this.byObject = new WeakMap();
    this.previous = undefined;
  }

  /** The flow of `model[list][index]`; `profiles` is the calculation's ProfileCache. */
  flow(model: Model, list: LineList, index: number, profiles: ProfileCache, sizesOf: ReadonlyMap<string, readonly string[]>): readonly Dec[] {
    const line = model[list][index]!;
    const sizes = list === 'benefits' ? sizesOf.get((line as CohortBenefit).cohort) : undefined;
    const known = this.byObject.get(line);
    if (known && known.sizes === sizes) {
      known.entry.used = this.round;
      return known.entry.flow;
    }
    const key = this.contentKey(list, line, sizes);
    let entry = this.byContent.get(key);
    if (!entry) {
      const fresh = list === 'costs' ? costFlow(model, line as CostLine) : list === 'benefits' ? benefitFlow(model, line as BenefitLine, profiles) : yearValues((line as Transfer).amounts, model.years);
      entry = { flow: keepEqual(fresh, this.previousFlow(list, line.id)), used: this.round };
      this.byContent.set(key, entry);
    }
    entry.used = this.round;
    this.byObject.set(line, sizes ? { entry, sizes } : { entry });
    return entry.flow;
  }

  /** After a calculation: remember its model, and sweep flows no line uses any more. */
  done(model: Model) {
    const lines = model.costs.length + model.benefits.length + model.transfers.length;
    if (this.byContent.size > 2 * lines + 64) {
      for (const [key, entry] of this.byContent) if (entry.used !== this.round) this.byContent.delete(key);
    }
    this.round++;
    this.previous = model;
    this.previousById = undefined;
  }

  private previousFlow(list: LineList, id: string): readonly Dec[] | undefined {
    if (!this.previous) return undefined;
    if (!this.previousById) {
      // Built once per calculation, and only when some line's content is new.
      this.previousById = new Map();
      for (const name of LISTS) {
        for (const old of this.previous[name] as readonly AnyLine[]) {
          const flow = this.byObject.get(old)?.entry.flow;
          if (flow) this.previousById.set(`${name}\u0000${old.id}`, flow);
        }
      }
    }
    return this.previousById.get(`${list}\u0000${id}`);
  }

  private contentKey(list: LineList, line: AnyLine, sizes: readonly string[] | undefined): string {
    const own = this.remembered(line, () => {
      if (list === 'costs') return `c\u0000${(line as CostLine).optimismBias ?? ''}\u0000${(line as CostLine).amounts.join(',')}`;
      if (list === 'transfers') return `t\u0000${(line as Transfer).amounts.join(',')}`;
      const { id: _id, label: _label, sector: _sector, type: _type, ...rest } = line as BenefitLine;
      return `b\u0000${JSON.stringify(rest)}`;
    });
    return sizes ? `${own}\u0000${this.remembered(sizes, () => sizes.join(','))}` : own;
  }

  private remembered(obj: object, make: () => string): string {
    let key = this.keys.get(obj);
    if (key === undefined) this.keys.set(obj, (key = make()));
    return key;
  }
}
