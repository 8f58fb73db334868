/**
 * The model the sector, transfer and measure editor tests reason about: three sectors (two
 * municipal, one state), a purchase and internal time in the school, one direct and one
 * cohort-driven gain, and two transfers to the school, over three years. Built from the
 * shared builders, with overrides.
 */
import type { Model } from '../../../src/engine/model';
import { aCohortBenefit, aCostLine, aDirectBenefit, aModel as aBaseModel, aSector, aTransfer } from '../../builders';

export function aModel(overrides: Partial<Model> = {}): Model {
  return aBaseModel({
    years: 3,
    sectors: [
      aSector({ name: 'Grunnskole' }),
      aSector({ id: 'cw', name: 'Barnevern' }),
      aSector({ id: 'nav', name: 'NAV stat', level: 'state' }),
    ],
    costs: [
      aCostLine({ amounts: ['100', '100', '100'] }),
      aCostLine({ id: 'time', label: 'Lærertid', kind: 'internal', amounts: ['50', '0', '0'] }),
    ],
    cohorts: [{ id: 'pupils', label: 'Elever', sizes: ['10', '10', '10'] }],
    benefits: [
      aDirectBenefit({ id: 'placements', label: 'Færre plasseringer', sector: 'cw', amounts: ['0', '200', '200'] }),
      aCohortBenefit({ id: 'benefits', label: 'Mindre stønad', unitValue: '1000' }),
    ],
    transfers: [
      aTransfer({ id: 'share-cw', label: 'Barnevernet betaler', from: 'cw', amounts: ['50', '50', '50'] }),
      aTransfer({ id: 'share-nav', label: 'NAV betaler', amounts: ['10', '10', '10'] }),
    ],
    ...overrides,
  });
}
