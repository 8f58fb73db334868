/**
 * Builds the checked Model from schema output, defaults filled in and keys in spec
 * order. Serializing runs a Model through the same function, so a saved file has the
 * same keys, in the same order, as a parsed one: parse(serialize(m)) equals m.
 */
import type { BenefitLine, Model, Range, Scenario, ScenarioOverride, UnitValueSource } from './model';
import { MODEL_FORMAT, MODEL_VERSION } from './model';
import { DEFAULTS, type BenefitData, type ModelFileData } from './parse-schema';

/** Adds `key` only when it has a value: optional fields stay absent, never `undefined`. */
function withOptional<T extends object, K extends string, V>(target: T, key: K, value: V | undefined): T & { [P in K]?: V } {
  if (value !== undefined) Object.assign(target, { [key]: value });
  return target;
}

interface RangeData {
  low: string;
  likely?: string | undefined;
  high: string;
}

function range(r: RangeData | undefined): Range | undefined {
  return r && withOptional({ low: r.low, high: r.high }, 'likely', r.likely);
}

function ranges(data: BenefitData['ranges']): BenefitLine['ranges'] {
  if (!data) return undefined;
  const out: NonNullable<BenefitLine['ranges']> = {};
  for (const [field, r] of Object.entries(data)) {
    const built = range(r as RangeData | undefined);
    if (built) Object.assign(out, { [field]: built });
  }
  return out;
}

function unitValueSource(u: BenefitData['unitValueSource']): UnitValueSource | undefined {
  if (!u) return undefined;
  let out: UnitValueSource = withOptional({}, 'libraryId', u.libraryId) as UnitValueSource;
  out = Object.assign(out, {
    label: u.label, source: u.source, priceYear: u.priceYear, value: u.value, unit: u.unit,
    unitFactor: u.unitFactor, priceMethod: u.priceMethod, priceFactor: u.priceFactor,
  });
  withOptional(out, 'growthRate', u.growthRate);
  withOptional(out, 'indexFrom', u.indexFrom);
  withOptional(out, 'indexTo', u.indexTo);
  return withOptional(out, 'confidence', u.confidence);
}

function scenario(s: ModelFileData['scenarios'] extends (infer T)[] | undefined ? T : never): Scenario {
  const head = withOptional({ id: s.id, name: s.name }, 'description', s.description);
  // parse-checks-v2 has made sure each kind goes with its fields and names a line.
  const overrides = s.overrides.map((o) => withOptional({ kind: o.kind }, 'id', o.id) && { ...withOptional({ kind: o.kind }, 'id', o.id), field: o.field, value: o.value } as ScenarioOverride);
  return { ...head, overrides };
}

function benefit(b: BenefitData): BenefitLine {
  const head = { id: b.id, label: b.label, sector: b.sector, type: b.type };
  const adjustments = { deadweight: b.deadweight, attribution: b.attribution, displacement: b.displacement };
  if (b.cohort !== undefined) {
    const line = withOptional(
      {
        ...head,
        cohort: b.cohort,
        effect: b.effect ?? '0',
        unitValue: b.unitValue ?? '0',
        lag: b.lag ?? 0,
        duration: b.duration ?? null,
        dropOff: b.dropOff ?? '0',
        ...adjustments,
      },
      'optimismBias',
      b.optimismBias,
    );
    withOptional(line, 'ranges', ranges(b.ranges));
    return withOptional(line, 'unitValueSource', unitValueSource(b.unitValueSource));
  }
  const line = withOptional({ ...head, amounts: [...(b.amounts ?? [])], ...adjustments }, 'optimismBias', b.optimismBias);
  return withOptional(line, 'ranges', ranges(b.ranges));
}

export function buildModel(data: ModelFileData): Model {
  const ob = data.optimismBias ?? DEFAULTS.optimismBias;
  const procurement = data.procurement ?? DEFAULTS.procurement;
  const head = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    title: data.title,
    description: data.description,
    currency: data.currency ?? DEFAULTS.currency,
    startYear: data.startYear,
    years: data.years,
    discountRate: data.discountRate,
  } as const;
  const schedule = data.discountSchedule?.map((s) => ({ fromYear: s.fromYear, rate: s.rate }));
  return {
    ...withOptional(head, 'discountSchedule', schedule),
    planYears: data.planYears,
    optimismBias: { costs: ob.costs, benefits: ob.benefits },
    procurement: { threshold: procurement.threshold, contractYears: procurement.contractYears },
    sectors: data.sectors.map((s) => withOptional({ id: s.id, name: s.name, level: s.level }, 'color', s.color)),
    costs: (data.costs ?? []).map((c) =>
      withOptional(
        withOptional({ id: c.id, label: c.label, sector: c.sector, kind: c.kind, amounts: [...c.amounts] }, 'optimismBias', c.optimismBias),
        'range',
        range(c.range),
      ),
    ),
    cohorts: (data.cohorts ?? []).map((c) => ({ id: c.id, label: c.label, sizes: [...c.sizes] })),
    benefits: (data.benefits ?? []).map(benefit),
    transfers: (data.transfers ?? []).map((t) => ({ id: t.id, label: t.label, from: t.from, to: t.to, amounts: [...t.amounts] })),
    ...v2Fields(data),
  };
}

/** The optional version-2 fields, in file order, present only when given. */
function v2Fields(data: ModelFileData): Partial<Model> {
  const out: Partial<Model> = {};
  withOptional(out, 'priceBaseYear', data.priceBaseYear);
  withOptional(out, 'proposer', data.proposer);
  withOptional(out, 'municipality', data.municipality);
  withOptional(out, 'sources', data.sources && [...data.sources]);
  withOptional(
    out,
    'simulation',
    data.simulation && { seed: data.simulation.seed, runs: data.simulation.runs, distribution: data.simulation.distribution ?? 'pert' },
  );
  withOptional(out, 'discountRateRange', range(data.discountRateRange));
  withOptional(out, 'scenarios', data.scenarios?.map(scenario));
  return out;
}
