/**
 * A small valid model for the sector, transfer and measure editor tests, with overrides.
 * Built by hand (not from a fixture) so each test sees exactly the lines it reasons about.
 */
import type { Model } from '../../../src/engine/model';

export function aModel(overrides: Partial<Model> = {}): Model {
  return {
    format: 'gevinstkart-model',
    version: 2,
    title: 'Testtiltak',
    description: '',
    currency: 'NOK',
    startYear: 2027,
    years: 3,
    discountRate: '0.04',
    planYears: 4,
    optimismBias: { costs: '0', benefits: '0' },
    procurement: { threshold: '100000', contractYears: 4 },
    sectors: [
      { id: 'school', name: 'Grunnskole', level: 'municipal' },
      { id: 'cw', name: 'Barnevern', level: 'municipal' },
      { id: 'nav', name: 'NAV stat', level: 'state' },
    ],
    costs: [
      { id: 'course', label: 'Kurs', sector: 'school', kind: 'purchase', amounts: ['100', '100', '100'] },
      { id: 'time', label: 'Lærertid', sector: 'school', kind: 'internal', amounts: ['50', '0', '0'] },
    ],
    cohorts: [{ id: 'pupils', label: 'Elever', sizes: ['10', '10', '10'] }],
    benefits: [
      { id: 'placements', label: 'Færre plasseringer', sector: 'cw', type: 'cashable', amounts: ['0', '200', '200'], deadweight: '0', attribution: '0', displacement: '0' },
      {
        id: 'benefits', label: 'Mindre stønad', sector: 'nav', type: 'cashable', cohort: 'pupils', effect: '0.1',
        unitValue: '1000', lag: 1, duration: null, dropOff: '0', deadweight: '0', attribution: '0', displacement: '0',
      },
    ],
    transfers: [
      { id: 'share-cw', label: 'Barnevernet betaler', from: 'cw', to: 'school', amounts: ['50', '50', '50'] },
      { id: 'share-nav', label: 'NAV betaler', from: 'nav', to: 'school', amounts: ['10', '10', '10'] },
    ],
    ...overrides,
  };
}
