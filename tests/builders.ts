/**
 * Builders, not mocks: small valid models for tests, with overrides. Everything here is
 * a checked Model in canonical form (defaults explicit), so parse(serialize(x)) equals x.
 */
import type { CohortBenefit, CostLine, DirectBenefit, Model, Sector, Transfer } from '../src/engine/model';

export function aSector(overrides: Partial<Sector> = {}): Sector {
  return { id: 'school', name: 'Skole', level: 'municipal', ...overrides };
}

export function aCostLine(overrides: Partial<CostLine> = {}): CostLine {
  return { id: 'course', label: 'Kurs', sector: 'school', kind: 'purchase', amounts: ['100000', '100000'], ...overrides };
}

export function aDirectBenefit(overrides: Partial<DirectBenefit> = {}): DirectBenefit {
  return {
    id: 'direct', label: 'Direkte gevinst', sector: 'nav', type: 'cashable', amounts: ['50000', '50000'],
    deadweight: '0', attribution: '0', displacement: '0', ...overrides,
  };
}

export function aCohortBenefit(overrides: Partial<CohortBenefit> = {}): CohortBenefit {
  return {
    id: 'gain', label: 'Færre på ytelser', sector: 'nav', type: 'cashable', cohort: 'pupils',
    effect: '0.1', unitValue: '150000', lag: 1, duration: null, dropOff: '0',
    deadweight: '0', attribution: '0', displacement: '0', ...overrides,
  };
}

export function aTransfer(overrides: Partial<Transfer> = {}): Transfer {
  return { id: 'share', label: 'Deling', from: 'nav', to: 'school', amounts: ['10000'], ...overrides };
}

/** Two sectors (a school that pays, the state welfare agency that gains), one cost, one cohort gain. */
export function aModel(overrides: Partial<Model> = {}): Model {
  return {
    format: 'gevinstkart-model',
    version: 2,
    title: 'Testtiltak',
    description: '',
    currency: 'NOK',
    startYear: 2027,
    years: 5,
    discountRate: '0.04',
    planYears: 4,
    optimismBias: { costs: '0', benefits: '0' },
    procurement: { threshold: '100000', contractYears: 4 },
    sectors: [aSector(), aSector({ id: 'nav', name: 'NAV stat', level: 'state' })],
    costs: [aCostLine()],
    cohorts: [{ id: 'pupils', label: 'Elever', sizes: ['10', '10'] }],
    benefits: [aCohortBenefit()],
    transfers: [],
    ...overrides,
  };
}
