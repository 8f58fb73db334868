/**
 * Spec audit, §1 validity: what must be refused (naming the place) and what must be
 * accepted, on the edges of each range. One valid model is changed one field at a time.
 */
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/engine/parse';
import { problemMessage } from '../../src/engine/problems';
import { cohortGain, cost, gain, rawModel, transfer, type Raw } from './spec-audit-helpers';

/** Paths such as `benefits.0.deadweight` and their new values; undefined removes the key. */
type Edit = Record<string, unknown>;

function edited(edit: Edit): Raw {
  const m = rawModel({
    costs: [cost(['100'])],
    cohorts: [{ id: 'k', sizes: ['1'] }],
    benefits: [cohortGain(), gain(['5'], { id: 'd', type: 'social' })],
    transfers: [transfer('a', 'b', ['1'])],
  });
  for (const [path, value] of Object.entries(edit)) {
    const steps = path.split('.');
    let node = m as Record<string, unknown>;
    for (const step of steps.slice(0, -1)) node = node[step] as Record<string, unknown>;
    node[steps[steps.length - 1]!] = value;
  }
  // Through JSON, as a file would arrive: undefined keys disappear.
  return JSON.parse(JSON.stringify(m)) as Raw;
}

const accepted: [string, Edit][] = [
  ['deadweight exactly 1', { 'benefits.0.deadweight': '1' }],
  ['attribution and displacement 0 and 1', { 'benefits.0.attribution': '0', 'benefits.1.displacement': '1' }],
  ['effect 0', { 'benefits.0.effect': '0' }],
  ['effect above 1 (outcomes per participant)', { 'benefits.0.effect': '2.5' }],
  ['a negative unit value', { 'benefits.0.unitValue': '-5' }],
  ['threshold 0', { procurement: { threshold: '0' } }],
  ['discount rate exactly 1', { discountRate: '1' }],
  ['discount rate just above −1', { discountRate: '-0.999999999999' }],
  ['lag 0', { 'benefits.0.lag': 0 }],
  ['duration 1', { 'benefits.0.duration': 1 }],
  ['duration null', { 'benefits.0.duration': null }],
  ['drop-off 1', { 'benefits.0.dropOff': '1' }],
  ['cohort sizes with decimals', { 'cohorts.0.sizes': ['0.5', '3.333333333333'] }],
  ['optimismBias.costs above 1', { optimismBias: { costs: '2' } }],
  ['optimismBias.benefits 1', { optimismBias: { benefits: '1' } }],
  ['a cost line optimism bias of 0', { 'costs.0.optimismBias': '0' }],
  ['negative amounts everywhere amounts go', { 'costs.0.amounts': ['-1'], 'benefits.1.amounts': ['-2'], 'transfers.0.amounts': ['-3'] }],
  ['planYears above the horizon', { planYears: 200 }],
  ['years 100', { years: 100 }],
  ['startYear 1900', { startYear: 1900 }],
  ['startYear 2200', { startYear: 2200 }],
  ['a schedule with fromYears beyond the horizon', { discountSchedule: [{ fromYear: 0, rate: '0.04' }, { fromYear: 500, rate: '1' }] }],
  ['JSON numbers for decimals', { 'costs.0.amounts': [0.1, 1e-7, 100000, -3], discountRate: 0.04, 'benefits.0.deadweight': 1 }],
  ['20 digits before and 12 after the point', { 'costs.0.amounts': ['-12345678901234567890.123456789012'] }],
  ['no title, description, currency, labels, costs, cohorts or transfers', { costs: undefined, transfers: undefined, benefits: [gain(['5'], { type: 'social' })], cohorts: undefined }],
  ['the same id in different lists', { 'costs.0.id': 'g', 'transfers.0.id': 'g' }],
  ['empty amounts and sizes', { 'costs.0.amounts': [], 'cohorts.0.sizes': [] }],
];

const refused: [string, Edit, string][] = [
  ['deadweight above 1', { 'benefits.0.deadweight': '1.000000000001' }, 'benefits[0].deadweight'],
  ['attribution below 0', { 'benefits.1.attribution': '-0.1' }, 'benefits[1].attribution'],
  ['effect below 0', { 'benefits.0.effect': '-0.1' }, 'benefits[0].effect'],
  ['a negative cohort size', { 'cohorts.0.sizes': ['1', '-1'] }, 'cohorts[0].sizes[1]'],
  ['threshold below 0', { procurement: { threshold: '-1' } }, 'procurement.threshold'],
  ['discount rate −1', { discountRate: '-1' }, 'discountRate'],
  ['discount rate above 1', { discountRate: '1.01' }, 'discountRate'],
  ['a schedule rate of −1', { discountSchedule: [{ fromYear: 0, rate: '-1' }] }, 'discountSchedule[0].rate'],
  ['a schedule that does not start at 0', { discountSchedule: [{ fromYear: 1, rate: '0.04' }] }, 'discountSchedule[0].fromYear'],
  ['a schedule with a repeated fromYear', { discountSchedule: [{ fromYear: 0, rate: '0.04' }, { fromYear: 3, rate: '0.03' }, { fromYear: 3, rate: '0.02' }] }, 'discountSchedule[2].fromYear'],
  ['lag below 0', { 'benefits.0.lag': -1 }, 'benefits[0].lag'],
  ['lag not whole', { 'benefits.0.lag': 1.5 }, 'benefits[0].lag'],
  ['duration 0', { 'benefits.0.duration': 0 }, 'benefits[0].duration'],
  ['drop-off above 1', { 'benefits.0.dropOff': '1.1' }, 'benefits[0].dropOff'],
  ['a negative cost optimism bias', { 'costs.0.optimismBias': '-0.1' }, 'costs[0].optimismBias'],
  ['optimismBias.benefits above 1', { optimismBias: { benefits: '1.1' } }, 'optimismBias.benefits'],
  ['planYears 0', { planYears: 0 }, 'planYears'],
  ['contractYears 0', { procurement: { contractYears: 0 } }, 'procurement.contractYears'],
  ['years 0', { years: 0 }, 'years'],
  ['years 101', { years: 101 }, 'years'],
  ['startYear 1899', { startYear: 1899 }, 'startYear'],
  ['no startYear', { startYear: undefined }, 'startYear'],
  ['no sectors', { sectors: [], costs: [], benefits: [], transfers: [] }, 'sectors'],
  ['a sector without a name', { 'sectors.1.name': undefined }, 'sectors[1].name'],
  ['an unknown level', { 'sectors.0.level': 'federal' }, 'sectors[0].level'],
  ['a cost line without kind', { 'costs.0.kind': undefined }, 'costs[0].kind'],
  ['a gain line with both amounts and a cohort', { 'benefits.0.amounts': ['1'] }, 'benefits[0]'],
  ['a gain line with neither', { 'benefits.1.amounts': undefined }, 'benefits[1]'],
  ['a cohort-driven line without unitValue', { 'benefits.0.unitValue': undefined }, 'benefits[0].unitValue'],
  ['a duplicate cost id', { 'costs.1': cost(['1']) }, 'costs[1].id'],
  ['a reference to no sector', { 'costs.0.sector': 'zz' }, 'costs[0].sector'],
  ['a reference to no cohort', { 'benefits.0.cohort': 'zz' }, 'benefits[0].cohort'],
  ['a transfer to itself', { 'transfers.0.to': 'a' }, 'transfers[0]'],
  ['"12,5x" as an amount', { 'costs.0.amounts': ['1', '12,5x'] }, 'costs[0].amounts[1]'],
  ['an exponent in a decimal string', { 'costs.0.amounts': ['1e5'] }, 'costs[0].amounts[0]'],
  ['13 decimals', { 'costs.0.amounts': ['1.1234567890123'] }, 'costs[0].amounts[0]'],
  ['21 digits', { 'costs.0.amounts': ['123456789012345678901'] }, 'costs[0].amounts[0]'],
  ['a wrong format', { format: 'gevinstkart-result' }, 'format'],
  ['a version that is not a number', { version: '1' }, 'version'],
];

describe('spec audit §1: accepted at the edges of each rule', () => {
  it.each(accepted)('%s', (_name, edit) => {
    const outcome = parseModel(edited(edit));
    expect(outcome.ok ? 'accepted' : outcome.problems.map((p) => problemMessage(p, 'en'))).toBe('accepted');
  });
});

describe('spec audit §1: refused as a whole, naming the place', () => {
  it.each(refused)('%s', (_name, edit, place) => {
    const outcome = parseModel(edited(edit));
    expect(outcome.ok).toBe(false);
    const lines = outcome.ok ? [] : outcome.problems.map((p) => problemMessage(p, 'en'));
    expect(lines.some((line) => line.startsWith(place))).toBe(true);
    for (const line of lines) expect(line).not.toContain('\n');
  });
});

/**
 * The spec's list of rules does not mention these; the engine refuses them. Skipped, not
 * failed: whether to follow the letter (accept and ignore) is the lead's decision. See the
 * audit report.
 */
describe('spec audit §1: what a plain reading accepts', () => {
  it('a direct gain line may carry lag 0, duration null and dropOff 0: they change nothing', () => {
    expect(parseModel(edited({ 'benefits.1.lag': 0, 'benefits.1.duration': null, 'benefits.1.dropOff': '0' })).ok).toBe(true);
  });
});

// Decided against the plain reading, on purpose (see the note on issue 2):
// - unknown keys are refused: a misspelt "deadWeight" silently ignored would give wrong figures;
// - a gain line's own optimismBias stays in [0, 1] like the model default it overrides.
describe('spec audit §1: refused on purpose', () => {
  it.each([
    ['an unknown key at the top', { comment: 'made by hand' }],
    ['an unknown key in a line', { 'costs.0.note': 'quote from provider' }],
    ['a gain line optimism bias outside 0–1', { 'benefits.1.optimismBias': '1.5' }],
  ] satisfies [string, Edit][])('%s', (_name, edit) => {
    expect(parseModel(edited(edit)).ok).toBe(false);
  });
});
