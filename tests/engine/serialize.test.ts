import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseModelText } from '../../src/engine/parse';
import { serializeModel } from '../../src/engine/serialize';
import type { Model } from '../../src/engine/model';
import { aCohortBenefit, aDirectBenefit, aModel } from '../builders';
import { arbitraryModel } from './arbitraries';

const SPEC_ORDER = [
  'format', 'version', 'title', 'description', 'currency', 'startYear', 'years', 'discountRate', 'discountSchedule',
  'planYears', 'optimismBias', 'procurement', 'sectors', 'costs', 'cohorts', 'benefits', 'transfers',
];

function reparse(text: string): Model {
  const outcome = parseModelText(text);
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problems)}`);
  return outcome.model;
}

describe('properties', () => {
  it('round-trips: parse(serialize(m)) equals m for any valid model', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      expect(reparse(serializeModel(model))).toStrictEqual(model);
    }), { numRuns: 200 });
  });

  it('is stable: writing a read file again gives the same text', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      const text = serializeModel(model);
      expect(serializeModel(reparse(text))).toBe(text);
    }), { numRuns: 100 });
  });

  it('writes every amount, size and rate as a string, never a JSON number', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      const written = JSON.parse(serializeModel(model)) as Model;
      const values = [
        written.discountRate, written.optimismBias.costs, written.procurement.threshold,
        ...written.costs.flatMap((c) => c.amounts), ...written.cohorts.flatMap((c) => c.sizes),
        ...written.transfers.flatMap((t) => t.amounts), ...(written.discountSchedule ?? []).map((s) => s.rate),
      ];
      expect(values.every((v) => typeof v === 'string')).toBe(true);
    }), { numRuns: 50 });
  });
});

describe('layout', () => {
  const text = serializeModel(aModel({ discountSchedule: [{ fromYear: 0, rate: '0.04' }] }));

  it('puts top-level keys in spec order', () => {
    expect(Object.keys(JSON.parse(text) as object)).toEqual(SPEC_ORDER);
  });

  it('indents with two spaces, keeps plain lists on one line and ends with a newline', () => {
    expect(text.startsWith('{\n  "format": "gevinstkart-model",\n  "version": 2,\n')).toBe(true);
    expect(text).toContain('\n      "amounts": ["100000", "100000"]\n');
    expect(text).toContain('"transfers": []\n}\n');
  });

  it('writes gain lines with their kind fields before the adjustments', () => {
    const model = aModel({ benefits: [aDirectBenefit({ optimismBias: '0.1' }), aCohortBenefit()] });
    const [direct, cohort] = (JSON.parse(serializeModel(model)) as { benefits: object[] }).benefits;
    expect(Object.keys(direct!)).toEqual(['id', 'label', 'sector', 'type', 'amounts', 'deadweight', 'attribution', 'displacement', 'optimismBias']);
    expect(Object.keys(cohort!)).toEqual([
      'id', 'label', 'sector', 'type', 'cohort', 'effect', 'unitValue', 'lag', 'duration', 'dropOff', 'deadweight', 'attribution', 'displacement',
    ]);
  });

  it('leaves out keys that are not part of the format', () => {
    const stray = { ...aModel(), selected: 'x' } as Model;
    expect(serializeModel(stray)).not.toContain('selected');
  });

  it('writes an absent duration as null ("to the horizon")', () => {
    expect(serializeModel(aModel())).toContain('"duration": null');
  });
});
