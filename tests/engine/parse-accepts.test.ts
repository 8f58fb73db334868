import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModel, parseModelText, type ParseOutcome } from '../../src/engine/parse';
import { serializeModel } from '../../src/engine/serialize';
import type { Model, Sector } from '../../src/engine/model';
import { aDirectBenefit, aModel } from '../builders';
import { rawOf, textWithLiteral, withValue } from './parse-helpers';

const GOLDEN = new URL('../../../shared/golden/', import.meta.url);
const goldenNames = readdirSync(GOLDEN).filter((f) => f.endsWith('.model.json')).map((f) => f.replace('.model.json', ''));

function accepted(outcome: ParseOutcome): { model: Model; warnings: string[] } {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problems)}`);
  return outcome;
}

describe('the golden models', () => {
  it('are all found', () => {
    expect(goldenNames).toEqual(expect.arrayContaining(['edge-cases', 'school-coping-course', 'youth-meets-elderly']));
  });

  it.each(goldenNames)('%s parses with the warnings its expected result lists', (name) => {
    const outcome = accepted(parseModelText(readFileSync(new URL(`${name}.model.json`, GOLDEN), 'utf8')));
    const expected = JSON.parse(readFileSync(new URL(`${name}.result.json`, GOLDEN), 'utf8')) as { warnings: string[] };
    expect(outcome.warnings).toEqual(expected.warnings);
  });

  it('edge-cases has exactly one warning, and keeps the entries beyond the horizon', () => {
    const { model, warnings } = accepted(parseModelText(readFileSync(new URL('edge-cases.model.json', GOLDEN), 'utf8')));
    expect(warnings).toEqual(['benefits[2].amounts: 2 entries beyond the horizon are ignored']);
    const econ = model.benefits[2]!;
    expect('amounts' in econ && econ.amounts).toHaveLength(model.years + 2);
  });
});

describe('file text', () => {
  it('accepts a byte order mark in front of the JSON', () => {
    expect(parseModelText(`\ufeff${JSON.stringify(rawOf())}`).ok).toBe(true);
  });

  it('refuses deeply nested input without overflowing the stack', () => {
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseModelText(`{"format":"gevinstkart-model","version":1,"startYear":2030,"years":1,"sectors":${deep}}`)).toMatchObject({
      ok: false, problems: [{ path: 'sectors[0]', code: 'wrongType' }],
    });
  });
});

describe('defaults', () => {
  it('fills every absent field as spec §1 says', () => {
    const minimal = {
      format: 'gevinstkart-model', version: 1, startYear: 2030, years: 3,
      sectors: [{ id: 'a', name: 'A', level: 'municipal' }, { id: 'b', name: 'B', level: 'state' }] satisfies Sector[],
      cohorts: [{ id: 'k', sizes: ['1'] }],
      benefits: [{ id: 'g', sector: 'b', type: 'social', cohort: 'k', effect: '1', unitValue: '10' }, { id: 'd', sector: 'a', type: 'capacity', amounts: [] }],
    };
    expect(accepted(parseModel(minimal)).model).toStrictEqual({
      format: 'gevinstkart-model', version: 2, title: '', description: '', currency: 'NOK', startYear: 2030, years: 3,
      discountRate: '0.04', planYears: 4, optimismBias: { costs: '0', benefits: '0' },
      procurement: { threshold: '100000', contractYears: 4 },
      sectors: minimal.sectors,
      costs: [],
      cohorts: [{ id: 'k', label: '', sizes: ['1'] }],
      benefits: [
        { id: 'g', label: '', sector: 'b', type: 'social', cohort: 'k', effect: '1', unitValue: '10', lag: 0, duration: null, dropOff: '0', deadweight: '0', attribution: '0', displacement: '0' },
        { id: 'd', label: '', sector: 'a', type: 'capacity', amounts: [], deadweight: '0', attribution: '0', displacement: '0' },
      ],
      transfers: [],
    } satisfies Model);
  });

  it('fills the other half of a partly given optimism bias and procurement', () => {
    const raw = withValue('procurement', { contractYears: 2 }, withValue('optimismBias', { benefits: '0.2' }));
    const { model } = accepted(parseModel(raw));
    expect(model.optimismBias).toEqual({ costs: '0', benefits: '0.2' });
    expect(model.procurement).toEqual({ threshold: '100000', contractYears: 2 });
  });

  it('keeps a line optimism bias, a schedule and a sector colour only when present', () => {
    const plain = accepted(parseModel(rawOf())).model;
    expect('optimismBias' in plain.costs[0]!).toBe(false);
    expect('discountSchedule' in plain).toBe(false);
    expect('color' in plain.sectors[0]!).toBe(false);
    const given = accepted(parseModel(withValue('sectors.0.color', '#1F77b4', withValue('costs.0.optimismBias', '0.1')))).model;
    expect(given.costs[0]!.optimismBias).toBe('0.1');
    expect(given.sectors[0]!.color).toBe('#1F77b4');
  });
});

describe('plain JSON numbers', () => {
  it.each([
    ['100000', '100000'],
    ['0.1', '0.1'],
    ['-2.5', '-2.5'],
    ['1e-7', '0.0000001'],
    ['1.5e3', '1500'],
    ['12345678901234567890', '12345678901234567000'],
    ['-0', '0'],
  ])('%s is read by its shortest exact text as "%s" and written back as a string', (literal, expected) => {
    const { model } = accepted(parseModelText(textWithLiteral('costs.0.amounts.0', literal)));
    expect(model.costs[0]!.amounts[0]).toBe(expected);
    expect(serializeModel(model)).toContain(`"amounts": ["${expected}", `);
  });

  it('accepts rates, effects and thresholds given as numbers', () => {
    let raw = withValue('discountRate', 0.035);
    raw = withValue('benefits.0.effect', 0.25, raw);
    raw = withValue('procurement.threshold', 150000, raw);
    const { model } = accepted(parseModel(raw));
    expect([model.discountRate, 'effect' in model.benefits[0]! && model.benefits[0].effect, model.procurement.threshold]).toEqual(['0.035', '0.25', '150000']);
  });

  it('keeps decimal strings exactly as written, trailing zeros included', () => {
    const { model } = accepted(parseModel(withValue('costs.0.amounts', ['1250000.50', '-0.040', '007'])));
    expect(model.costs[0]!.amounts).toEqual(['1250000.50', '-0.040', '007']);
  });
});

describe('lists beyond the horizon', () => {
  it.each([
    [5, []],
    [6, ['costs[0].amounts: 1 entry beyond the horizon is ignored']],
    [7, ['costs[0].amounts: 2 entries beyond the horizon are ignored']],
  ])('a 5-year model with %i amounts warns %j and keeps them all', (count, warnings) => {
    const amounts = Array.from({ length: count }, (_, i) => String(i));
    const outcome = accepted(parseModel(withValue('costs.0.amounts', amounts, rawOf(aModel({ years: 5 })))));
    expect(outcome.warnings).toEqual(warnings);
    expect(outcome.model.costs[0]!.amounts).toEqual(amounts);
  });

  it('warns once per list, in file order, for every kind of list', () => {
    const long = ['1', '1', '1', '1'];
    const model = aModel({
      years: 2,
      costs: [{ id: 'c', label: '', sector: 'school', kind: 'internal', amounts: long }],
      cohorts: [{ id: 'pupils', label: '', sizes: long }],
      benefits: [aDirectBenefit({ amounts: long })],
      transfers: [{ id: 't', label: '', from: 'nav', to: 'school', amounts: long.slice(0, 3) }],
    });
    expect(accepted(parseModel(rawOf(model))).warnings).toEqual([
      'costs[0].amounts: 2 entries beyond the horizon are ignored',
      'cohorts[0].sizes: 2 entries beyond the horizon are ignored',
      'benefits[0].amounts: 2 entries beyond the horizon are ignored',
      'transfers[0].amounts: 1 entry beyond the horizon is ignored',
    ]);
  });
});
