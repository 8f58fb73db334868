/**
 * The school example with the version-2 additions a report must show: proposer,
 * municipality, an own price base (2028, not the start year 2027), model sources, unit
 * values converted by growth and by index, one left unconverted, one changed by hand,
 * and two scenarios. Parsed with parseModel, so it is a model the app could open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';

type Raw = Record<string, unknown> & { benefits: Record<string, unknown>[] };

const SOURCES: Record<string, { unitValue: string; unitValueSource: Record<string, unknown> }> = {
  // 20 000 kr a month in 2025 × 12 × 1.03^3 = 262 254,48 kr a year in 2028 kroner.
  cw: {
    unitValue: '262254.48',
    unitValueSource: {
      label: 'Tiltak i hjemmet', source: 'SSB, KOSTRA barnevern', priceYear: 2025, value: '20000', unit: 'per month',
      unitFactor: '12', priceMethod: 'growth', priceFactor: '1.092727', growthRate: '0.03', confidence: 'primary',
    },
  },
  // 50 000 kr a case in 2024 × index 100 → 110 = 55 000 kr.
  bup: {
    unitValue: '55000',
    unitValueSource: {
      label: 'Poliklinisk forløp', source: 'Helsedirektoratet, DRG', priceYear: 2024, value: '50000', unit: 'per case',
      unitFactor: '1', priceMethod: 'index', priceFactor: '1.1', indexFrom: '100', indexTo: '110',
    },
  },
  nurse: {
    unitValue: '5500',
    unitValueSource: {
      label: 'Konsultasjon', source: 'Helsedirektoratet, DRG', priceYear: 2024, value: '5000', unit: 'per case',
      unitFactor: '1', priceMethod: 'index', priceFactor: '1.1', indexFrom: '100', indexTo: '110',
    },
  },
  // 2023 kroner used as 2028 kroner: the unconverted price the report must name.
  aap: {
    unitValue: '250000',
    unitValueSource: {
      label: 'AAP per mottaker', source: 'NAV, AAP-statistikk', priceYear: 2023, value: '250000', unit: 'per year',
      unitFactor: '1', priceMethod: 'none', priceFactor: '1',
    },
  },
  // Documented as 10 000 but changed by hand to 12 000 afterwards.
  wellbeing: {
    unitValue: '12000',
    unitValueSource: {
      label: 'Livskvalitet', source: 'Egen vurdering', priceYear: 2028, value: '10000', unit: 'per year',
      unitFactor: '1', priceMethod: 'none', priceFactor: '1',
    },
  },
};

export function rawSchool(): Raw {
  return JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')) as Raw;
}

export function parsed(raw: unknown): Model {
  const outcome = parseModel(raw);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.model;
}

export function schoolV2(): Model {
  const raw = rawSchool();
  return parsed({
    ...raw,
    version: 2,
    proposer: 'Mestring for alle AS',
    municipality: 'Bodø kommune',
    priceBaseYear: 2028,
    sources: ['Utdanningsdirektoratet, Elevundersøkelsen 2024', '  ', 'Egen pilot i to skoler 2025'],
    benefits: raw.benefits.map((b) => ({ ...b, ...(SOURCES[b.id as string] ?? {}) })),
    scenarios: [
      { id: 'weak', name: 'Svak effekt', description: 'Halv effekt på barnevernet', overrides: [{ kind: 'benefit', id: 'cw', field: 'effect', value: '0.005' }] },
      { id: 'rate', name: 'Høyere rente', overrides: [{ kind: 'model', field: 'discountRate', value: '0.06' }] },
    ],
  });
}
