import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/engine/calculate';
import { parseModel, parseModelText } from '../../src/engine/parse';
import { problemMessage } from '../../src/engine/problems';
import { serializeModel } from '../../src/engine/serialize';
import type { Model } from '../../src/engine/model';

const GOLDEN = join(__dirname, '../../../shared/golden');
const school = () => JSON.parse(readFileSync(join(GOLDEN, 'school-coping-course.model.json'), 'utf8')) as Record<string, unknown>;

function parsed(input: unknown): Model {
  const outcome = parseModel(input);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => problemMessage(p, 'en')).join('\n'));
  return outcome.model;
}

const v2Additions = {
  priceBaseYear: 2026,
  proposer: 'Mestring AS',
  municipality: 'Eksempel kommune',
  sources: ['SSB 2024'],
  simulation: { seed: 42, runs: 5000, distribution: 'triangular' },
  discountRateRange: { low: '0.02', high: '0.06' },
  scenarios: [{ id: 'pess', name: 'Pessimistisk', overrides: [{ kind: 'benefit', id: 'cw', field: 'effect', value: '0.005' }, { kind: 'model', field: 'discountRate', value: '0.05' }] }],
};

describe('model file version 2 (docs/model-format-v2.md)', () => {
  it('opens a version-1 file as version 2 without changing a figure', () => {
    const v1 = school();
    const model = parsed(v1);
    expect(model.version).toBe(2);
    const expected = JSON.parse(readFileSync(join(GOLDEN, 'school-coping-course.result.json'), 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(calculate(model)))).toEqual(expected);
  });

  it('keeps every addition through save and open, and the additions change no figure', () => {
    const raw: Record<string, unknown> = { ...school(), version: 2, ...v2Additions };
    const benefits = raw.benefits as Record<string, unknown>[];
    benefits[0] = {
      ...benefits[0], ranges: { effect: { low: '0.005', likely: '0.01', high: '0.02' }, lag: { low: '1', high: '3' } },
      unitValueSource: { libraryId: 'bv-tiltak', label: 'Hjelpetiltak', source: 'SSB', priceYear: 2022, value: '20000', unit: 'per month', unitFactor: '12', priceMethod: 'growth', priceFactor: '1.0404', growthRate: '0.02', confidence: 'primary' },
    };
    (raw.costs as Record<string, unknown>[])[0]!.range = { low: '0.9', high: '1.3' };
    const model = parsed(raw);
    expect(model.simulation).toEqual({ seed: 42, runs: 5000, distribution: 'triangular' });
    expect(model.benefits[0]!.ranges?.effect).toEqual({ low: '0.005', likely: '0.01', high: '0.02' });
    expect(model.costs[0]!.range).toEqual({ low: '0.9', high: '1.3' });
    const reopened = parseModelText(serializeModel(model));
    expect(reopened.ok && reopened.model).toEqual(model);
    expect(calculate(model)).toEqual(calculate(parsed(school())));
  });

  it.each([
    ['a range out of order', (m: Record<string, unknown>) => ({ ...m, discountRateRange: { low: '0.05', high: '0.02' } }), 'discountRateRange', 'rangeOrder'],
    ['a lag range that is not whole', (m: Record<string, unknown>) => withBenefit(m, 0, { ranges: { lag: { low: '0.5', high: '2' } } }), 'benefits[0].ranges.lag.low', 'notInteger'],
    ['an amounts range on a cohort line', (m: Record<string, unknown>) => withBenefit(m, 0, { ranges: { amounts: { low: '0.5', high: '2' } } }), 'benefits[0].ranges.amounts', 'notForCohort'],
    ['an effect range on a direct line', (m: Record<string, unknown>) => withBenefit(m, 3, { ranges: { effect: { low: '0.5', high: '2' } } }), 'benefits[3].ranges.effect', 'notForDirect'],
    ['a deadweight range above 1', (m: Record<string, unknown>) => withBenefit(m, 0, { ranges: { deadweight: { low: '0.5', high: '1.5' } } }), 'benefits[0].ranges.deadweight.high', 'outOfRange'],
    ['a scenario naming a missing line', (m: Record<string, unknown>) => ({ ...m, scenarios: [{ id: 's', name: 'S', overrides: [{ kind: 'cost', id: 'nope', field: 'factor', value: '2' }] }] }), 'scenarios[0].overrides[0].id', 'unknownId'],
    ['a scenario changing what it cannot', (m: Record<string, unknown>) => ({ ...m, scenarios: [{ id: 's', name: 'S', overrides: [{ kind: 'cost', id: 'course', field: 'effect', value: '2' }] }] }), 'scenarios[0].overrides[0].field', 'badOverride'],
    ['a scenario with a deadweight above 1', (m: Record<string, unknown>) => ({ ...m, scenarios: [{ id: 's', name: 'S', overrides: [{ kind: 'benefit', id: 'cw', field: 'deadweight', value: '1.2' }] }] }), 'scenarios[0].overrides[0].value', 'outOfRange'],
    ['two scenarios with one id', (m: Record<string, unknown>) => ({ ...m, scenarios: [{ id: 's', name: 'A', overrides: [] }, { id: 's', name: 'B', overrides: [] }] }), 'scenarios[1].id', 'duplicateId'],
    ['too few simulation runs', (m: Record<string, unknown>) => ({ ...m, simulation: { seed: 1, runs: 10 } }), 'simulation.runs', 'outOfRange'],
    ['a version from the future', (m: Record<string, unknown>) => ({ ...m, version: 3 }), 'version', 'newerVersion'],
  ])('refuses %s', (_name, change, path, code) => {
    const outcome = parseModel(change(school()));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toContainEqual(expect.objectContaining({ path, code }));
    for (const p of outcome.problems) {
      expect(problemMessage(p, 'nb')).not.toMatch(/undefined/);
      expect(problemMessage(p, 'en')).not.toMatch(/undefined/);
    }
  });
});

function withBenefit(m: Record<string, unknown>, index: number, extra: Record<string, unknown>) {
  const benefits = [...(m.benefits as Record<string, unknown>[])];
  benefits[index] = { ...benefits[index], ...extra };
  return { ...m, benefits };
}
