import { describe, expect, it } from 'vitest';
import { MAX_MODEL_BYTES, parseModel, parseModelText, type ParseOutcome } from '../../src/engine/parse';
import { problemMessage, type Problem, type ProblemCode } from '../../src/engine/problems';
import { aCohortBenefit, aDirectBenefit, aTransfer } from '../builders';
import { rawOf, textWithLiteral, withValue } from './parse-helpers';

const text = (raw: object) => JSON.stringify(raw);

function onlyProblem(outcome: ParseOutcome): Problem {
  if (outcome.ok) throw new Error('the model was accepted');
  expect(outcome.problems).toHaveLength(1);
  return outcome.problems[0]!;
}

// [what, file text, path, code, English message, Norwegian message]
type Case = [string, string, string, ProblemCode, string, string];

const cases: Case[] = [
  ['text that is not JSON', '{"format": ', '', 'notJson', 'The file is not valid JSON', 'Fila er ikke gyldig JSON'],
  ['a JSON list', '[]', '', 'notAnObject', 'The file holds no model (expected a JSON object)', 'Fila inneholder ingen modell (ventet et JSON-objekt)'],
  ['a wrong format', text(withValue('format', 'gevinstkart-result')), 'format', 'wrongFormat',
    'format: "gevinstkart-result" is not a Gevinstkart model (expected "gevinstkart-model")',
    'format: "gevinstkart-result" er ikke en Gevinstkart-modell (ventet "gevinstkart-model")'],
  ['no format', text(withValue('format', undefined)), 'format', 'missing', 'format: is missing', 'format: mangler'],
  ['a newer version', text(withValue('version', 3)), 'version', 'newerVersion',
    'version: version 3 was made by a newer Gevinstkart (this one reads up to version 2)',
    'version: versjon 3 er laget av en nyere Gevinstkart (denne leser til og med versjon 2)'],
  ['version 0', text(withValue('version', 0)), 'version', 'unknownVersion', 'version: version 0 is unknown', 'version: versjon 0 er ukjent'],
  ['a version as text', text(withValue('version', '1')), 'version', 'unknownVersion', 'version: version "1" is unknown', 'version: versjon "1" er ukjent'],
  ['no version', text(withValue('version', undefined)), 'version', 'missing', 'version: is missing', 'version: mangler'],
  ['no years', text(withValue('years', undefined)), 'years', 'missing', 'years: is missing', 'years: mangler'],
  ['no sectors', text(withValue('sectors', undefined)), 'sectors', 'missing', 'sectors: is missing', 'sectors: mangler'],
  ['a sector without a name', text(withValue('sectors.0.name', undefined)), 'sectors[0].name', 'missing', 'sectors[0].name: is missing', 'sectors[0].name: mangler'],
  ['a cost line without amounts', text(withValue('costs.0.amounts', undefined)), 'costs[0].amounts', 'missing', 'costs[0].amounts: is missing', 'costs[0].amounts: mangler'],
  ['sectors that are not a list', text(withValue('sectors', {})), 'sectors', 'wrongType', 'sectors: should be a list', 'sectors: skal være en liste'],
  ['amounts that are not a list', text(withValue('costs.0.amounts', '100')), 'costs[0].amounts', 'wrongType',
    'costs[0].amounts: should be a list', 'costs[0].amounts: skal være en liste'],
  ['a bad amount on a gain line', text(withValue('benefits', [aDirectBenefit({ amounts: ['1', '2', '3 000'] })])), 'benefits[0].amounts[2]', 'notANumber',
    'benefits[0].amounts[2]: "3 000" is not a number', 'benefits[0].amounts[2]: "3 000" er ikke et tall'],
  ['years as text', text(withValue('years', '5')), 'years', 'wrongType', 'years: should be a whole number', 'years: skal være et heltall'],
  ['a name that is a number', text(withValue('sectors.1.name', 7)), 'sectors[1].name', 'wrongType', 'sectors[1].name: should be a text', 'sectors[1].name: skal være en tekst'],
  ['an amount that is true', text(withValue('costs.0.amounts.0', true)), 'costs[0].amounts[0]', 'wrongType',
    'costs[0].amounts[0]: should be a decimal number as text, for example "1250.50"',
    'costs[0].amounts[0]: skal være et desimaltall som tekst, for eksempel "1250.50"'],
  ['"12,5x"', text(withValue('costs.0.amounts.1', '12,5x')), 'costs[0].amounts[1]', 'notANumber',
    'costs[0].amounts[1]: "12,5x" is not a number', 'costs[0].amounts[1]: "12,5x" er ikke et tall'],
  ['a decimal comma', text(withValue('benefits.0.effect', '0,1')), 'benefits[0].effect', 'notANumber',
    'benefits[0].effect: "0,1" is not a number', 'benefits[0].effect: "0,1" er ikke et tall'],
  ['"1e999" as text', text(withValue('costs.0.amounts.0', '1e999')), 'costs[0].amounts[0]', 'notANumber',
    'costs[0].amounts[0]: "1e999" is not a number', 'costs[0].amounts[0]: "1e999" er ikke et tall'],
  ['1e999 as a JSON number', textWithLiteral('costs.0.amounts.0', '1e999'), 'costs[0].amounts[0]', 'notFinite',
    'costs[0].amounts[0]: Infinity is not a finite number', 'costs[0].amounts[0]: Infinity er ikke et endelig tall'],
  ['21 digits', text(withValue('costs.0.amounts.0', '123456789012345678901')), 'costs[0].amounts[0]', 'tooManyDigits',
    'costs[0].amounts[0]: "123456789012345678901" has too many digits (at most 20 before and 12 after the decimal point)',
    'costs[0].amounts[0]: "123456789012345678901" har for mange sifre (høyst 20 før og 12 etter desimaltegnet)'],
  ['a number too large for 20 digits', textWithLiteral('costs.0.amounts.0', '1e21'), 'costs[0].amounts[0]', 'tooManyDigits',
    'costs[0].amounts[0]: "1e+21" has too many digits (at most 20 before and 12 after the decimal point)',
    'costs[0].amounts[0]: "1e+21" har for mange sifre (høyst 20 før og 12 etter desimaltegnet)'],
  ['deadweight above 1', text(withValue('benefits.0.deadweight', '1.5')), 'benefits[0].deadweight', 'outOfRange',
    'benefits[0].deadweight: 1.5 is out of range: must be between 0 and 1',
    'benefits[0].deadweight: 1.5 er utenfor tillatt område: må være mellom 0 og 1'],
  ['a negative drop-off', text(withValue('benefits.0.dropOff', '-0.1')), 'benefits[0].dropOff', 'outOfRange',
    'benefits[0].dropOff: -0.1 is out of range: must be between 0 and 1',
    'benefits[0].dropOff: −0.1 er utenfor tillatt område: må være mellom 0 og 1'],
  ['a discount rate of −100 %', text(withValue('discountRate', '-1')), 'discountRate', 'outOfRange',
    'discountRate: -1 is out of range: must be greater than -1 and at most 1',
    'discountRate: −1 er utenfor tillatt område: må være større enn −1 og høyst 1'],
  ['a negative cost optimism bias', text(withValue('optimismBias.costs', '-0.1')), 'optimismBias.costs', 'outOfRange',
    'optimismBias.costs: -0.1 is out of range: must be at least 0',
    'optimismBias.costs: −0.1 er utenfor tillatt område: må være minst 0'],
  ['a negative cohort size', text(withValue('cohorts.0.sizes.0', '-3')), 'cohorts[0].sizes[0]', 'outOfRange',
    'cohorts[0].sizes[0]: -3 is out of range: must be at least 0',
    'cohorts[0].sizes[0]: −3 er utenfor tillatt område: må være minst 0'],
  ['a lag of 1.5 years', text(withValue('benefits.0.lag', 1.5)), 'benefits[0].lag', 'notInteger',
    'benefits[0].lag: 1.5 is not a whole number', 'benefits[0].lag: 1.5 er ikke et heltall'],
  ['a negative lag', text(withValue('benefits.0.lag', -1)), 'benefits[0].lag', 'outOfRange',
    'benefits[0].lag: -1 is out of range: must be at least 0', 'benefits[0].lag: −1 er utenfor tillatt område: må være minst 0'],
  ['a duration of 0', text(withValue('benefits.0.duration', 0)), 'benefits[0].duration', 'outOfRange',
    'benefits[0].duration: 0 is out of range: must be at least 1', 'benefits[0].duration: 0 er utenfor tillatt område: må være minst 1'],
  ['years 0', text(withValue('years', 0)), 'years', 'outOfRange',
    'years: 0 is out of range: must be between 1 and 100', 'years: 0 er utenfor tillatt område: må være mellom 1 og 100'],
  ['years 101', text(withValue('years', 101)), 'years', 'outOfRange',
    'years: 101 is out of range: must be between 1 and 100', 'years: 101 er utenfor tillatt område: må være mellom 1 og 100'],
  ['start year 1899', text(withValue('startYear', 1899)), 'startYear', 'outOfRange',
    'startYear: 1899 is out of range: must be between 1900 and 2200', 'startYear: 1899 er utenfor tillatt område: må være mellom 1900 og 2200'],
  ['plan years 0', text(withValue('planYears', 0)), 'planYears', 'outOfRange',
    'planYears: 0 is out of range: must be at least 1', 'planYears: 0 er utenfor tillatt område: må være minst 1'],
  ['an unknown level', text(withValue('sectors.0.level', 'city')), 'sectors[0].level', 'notOneOf',
    'sectors[0].level: "city" is not one of: municipal, county, state, private, voluntary, household',
    'sectors[0].level: "city" er ikke en av: municipal, county, state, private, voluntary, household'],
  ['an empty id', text(withValue('costs.0.id', '')), 'costs[0].id', 'emptyId', 'costs[0].id: the id must not be empty', 'costs[0].id: id-en kan ikke være tom'],
  ['a colour name', text(withValue('sectors.0.color', 'red')), 'sectors[0].color', 'badColor',
    'sectors[0].color: "red" is not a colour (#rrggbb)', 'sectors[0].color: "red" er ingen farge (#rrggbb)'],
  ['a currency in words', text(withValue('currency', 'kroner')), 'currency', 'badCurrency',
    'currency: "kroner" is not a currency code (three capital letters, for example NOK)',
    'currency: "kroner" er ingen valutakode (tre store bokstaver, for eksempel NOK)'],
  ['an unknown field', text(withValue('sectors.0.colour', '#ffffff')), 'sectors[0].colour', 'unknownKey',
    'sectors[0].colour: is not a known field', 'sectors[0].colour: er ikke et kjent felt'],
  ['a duplicate sector id', text(withValue('sectors.2', { id: 'nav', name: 'NAV igjen', level: 'state' })), 'sectors[2].id', 'duplicateId',
    'sectors[2].id: the id "nav" is used more than once', 'sectors[2].id: id-en "nav" er brukt mer enn én gang'],
  ['a cost paid by no sector', text(withValue('costs.0.sector', 'nowhere')), 'costs[0].sector', 'unknownSector',
    'costs[0].sector: no sector has the id "nowhere"', 'costs[0].sector: ingen sektor har id-en "nowhere"'],
  ['a gain from a missing cohort', text(withValue('benefits.0.cohort', 'ghosts')), 'benefits[0].cohort', 'unknownCohort',
    'benefits[0].cohort: no cohort has the id "ghosts"', 'benefits[0].cohort: ingen deltakergruppe har id-en "ghosts"'],
  ['a transfer to a missing sector', text(withValue('transfers', [aTransfer({ to: 'gone' })])), 'transfers[0].to', 'unknownSector',
    'transfers[0].to: no sector has the id "gone"', 'transfers[0].to: ingen sektor har id-en "gone"'],
  ['a transfer to itself', text(withValue('transfers', [aTransfer({ from: 'nav', to: 'nav' })])), 'transfers[0].to', 'sameFromTo',
    'transfers[0].to: a transfer cannot go from a sector to itself', 'transfers[0].to: en overføring kan ikke gå fra en sektor til seg selv'],
  ['no sectors at all', text(withValue('sectors', [], withValue('costs', [], withValue('benefits', [])))), 'sectors', 'noSectors',
    'sectors: the model needs at least one sector', 'sectors: modellen trenger minst én sektor'],
  ['a gain line of both kinds', text(withValue('benefits.0.amounts', ['1'])), 'benefits[0]', 'benefitBothKinds',
    'benefits[0]: a gain line has either amounts per year or a cohort, not both',
    'benefits[0]: en gevinstlinje har enten beløp per år eller en deltakergruppe, ikke begge'],
  ['a gain line of neither kind', text(withValue('benefits.0.amounts', undefined, withValue('benefits', [aDirectBenefit()]))), 'benefits[0]', 'benefitNoKind',
    'benefits[0]: a gain line needs either amounts per year or a cohort with effect and unit value',
    'benefits[0]: en gevinstlinje trenger enten beløp per år eller en deltakergruppe med effekt og enhetsverdi'],
  ['a cohort gain without a unit value', text(withValue('benefits.0.unitValue', undefined)), 'benefits[0].unitValue', 'missing',
    'benefits[0].unitValue: is missing', 'benefits[0].unitValue: mangler'],
  ['a direct gain with a lag', text(withValue('benefits', [{ ...aDirectBenefit(), lag: 2 }])), 'benefits[0].lag', 'notForDirect',
    'benefits[0].lag: belongs only to gain lines driven by a cohort', 'benefits[0].lag: hører bare til gevinstlinjer som drives av en deltakergruppe'],
  ['a schedule from year 1', text(withValue('discountSchedule', [{ fromYear: 1, rate: '0.04' }])), 'discountSchedule[0].fromYear', 'scheduleStart',
    'discountSchedule[0].fromYear: the discount schedule must start at fromYear 0',
    'discountSchedule[0].fromYear: diskonteringsplanen må begynne med fromYear 0'],
  ['an empty schedule', text(withValue('discountSchedule', [])), 'discountSchedule', 'scheduleStart',
    'discountSchedule: the discount schedule must start at fromYear 0', 'discountSchedule: diskonteringsplanen må begynne med fromYear 0'],
  ['a schedule out of order', text(withValue('discountSchedule', [{ fromYear: 0, rate: '0.04' }, { fromYear: 40, rate: '0.03' }, { fromYear: 40, rate: '0.02' }])),
    'discountSchedule[2].fromYear', 'scheduleOrder',
    'discountSchedule[2].fromYear: fromYear must be greater than in the entry before', 'discountSchedule[2].fromYear: fromYear må være større enn i raden før'],
  ['a schedule rate of 150 %', text(withValue('discountSchedule', [{ fromYear: 0, rate: '1.5' }])), 'discountSchedule[0].rate', 'outOfRange',
    'discountSchedule[0].rate: 1.5 is out of range: must be greater than -1 and at most 1',
    'discountSchedule[0].rate: 1.5 er utenfor tillatt område: må være større enn −1 og høyst 1'],
  ['a __proto__ key', textWithLiteral('sectors.0', '{"id":"school","name":"Skole","level":"municipal","__proto__":{"polluted":true}}'),
    'sectors[0].__proto__', 'forbiddenKey', 'sectors[0].__proto__: is a forbidden field name', 'sectors[0].__proto__: er et forbudt feltnavn'],
  ['a top-level __proto__ key', text(rawOf()).replace(/^\{/, '{"__proto__":{"isAdmin":true},'), '__proto__', 'forbiddenKey',
    '__proto__: is a forbidden field name', '__proto__: er et forbudt feltnavn'],
  ['a constructor key', text(withValue('costs.0.constructor', { prototype: {} })), 'costs[0].constructor', 'forbiddenKey',
    'costs[0].constructor: is a forbidden field name', 'costs[0].constructor: er et forbudt feltnavn'],
  ['a prototype key', text(withValue('prototype', 1)), 'prototype', 'forbiddenKey', 'prototype: is a forbidden field name', 'prototype: er et forbudt feltnavn'],
];

describe('parseModelText refuses broken files with one precise problem', () => {
  it.each(cases)('%s', (_what, fileText, path, code, en, nb) => {
    const problem = onlyProblem(parseModelText(fileText));
    expect(problem).toMatchObject({ path, code });
    expect(problemMessage(problem, 'en')).toBe(en);
    expect(problemMessage(problem, 'nb')).toBe(nb);
  });
});

describe('parseModel refuses values that only JavaScript can hold', () => {
  it.each([
    ['NaN', Number.NaN, 'NaN is not a finite number', 'NaN er ikke et endelig tall'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity is not a finite number', 'Infinity er ikke et endelig tall'],
    ['−Infinity', Number.NEGATIVE_INFINITY, '-Infinity is not a finite number', '-Infinity er ikke et endelig tall'],
  ])('%s', (_what, value, en, nb) => {
    const problem = onlyProblem(parseModel(withValue('costs.0.amounts.1', value)));
    expect(problem).toMatchObject({ path: 'costs[0].amounts[1]', code: 'notFinite' });
    expect(problemMessage(problem, 'en')).toBe(`costs[0].amounts[1]: ${en}`);
    expect(problemMessage(problem, 'nb')).toBe(`costs[0].amounts[1]: ${nb}`);
  });

  it('refuses an integer field holding NaN', () => {
    expect(onlyProblem(parseModel(withValue('years', Number.NaN)))).toMatchObject({ path: 'years', code: 'notFinite' });
  });

  it('does not hang on a model that contains itself', () => {
    const raw = rawOf();
    raw.self = raw;
    expect(onlyProblem(parseModel(raw))).toMatchObject({ path: 'self', code: 'unknownKey' });
  });

  it.each([null, 42, 'text', undefined])('refuses %s as a whole', (input) => {
    expect(onlyProblem(parseModel(input))).toEqual({ path: '', code: 'notAnObject' });
  });
});

describe('the size limit', () => {
  it('refuses text over 10 MB before reading it as JSON', () => {
    const problem = onlyProblem(parseModelText(' '.repeat(MAX_MODEL_BYTES + 1)));
    expect(problem).toEqual({ path: '', code: 'tooLarge', params: { max: 10 } });
    expect(problemMessage(problem, 'en')).toBe('The file is too large: the limit is 10 MB');
    expect(problemMessage(problem, 'nb')).toBe('Fila er for stor: grensen er 10 MB');
  });

  it('counts bytes, not characters: 2-byte letters fill the limit at half the length', () => {
    expect(onlyProblem(parseModelText('ø'.repeat(MAX_MODEL_BYTES / 2 + 1)))).toMatchObject({ code: 'tooLarge' });
    expect(onlyProblem(parseModelText('ø'.repeat(MAX_MODEL_BYTES / 2)))).toMatchObject({ code: 'notJson' });
  });
});

describe('every problem is reported, not just the first', () => {
  it('lists schema and reference problems from different places together', () => {
    let raw = withValue('costs.0.amounts.1', '12,5x');
    raw = withValue('benefits.0.deadweight', '2', raw);
    raw = withValue('costs.0.sector', 'nowhere', raw);
    raw = withValue('sectors.1.id', 'school', raw);
    raw = withValue('benefits', [aCohortBenefit({ deadweight: '2', sector: 'school' }), aCohortBenefit({ id: 'gain', cohort: 'ghosts' })], raw);
    const outcome = parseModelText(text(raw));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => `${p.path} ${p.code}`).sort()).toEqual(
      [
        'costs[0].amounts[1] notANumber',
        'benefits[0].deadweight outOfRange',
        'costs[0].sector unknownSector',
        'sectors[1].id duplicateId',
        'benefits[1].id duplicateId',
        'benefits[1].cohort unknownCohort',
        'benefits[1].sector unknownSector',
      ].sort(),
    );
  });
});
