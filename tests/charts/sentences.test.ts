import { describe, expect, it } from 'vitest';
import { overviewSentences, payers } from '../../src/charts/sentences';
import { formatMoney, formatPercent, formatYear } from '../../src/i18n/format';
import { calculate } from '../../src/engine/calculate';
import type { Lang } from '../../src/i18n/catalog';
import { EXAMPLES } from './examples';

const LANGS: Lang[] = ['nb', 'en'];
const cases = EXAMPLES.flatMap((ex) => LANGS.map((lang) => ({ ...ex, lang, label: `${ex.name} (${lang})` })));

describe('overviewSentences', () => {
  it.each(cases)('$label: three or four sentences, none with a blank, NaN or stray placeholder', ({ model, result, lang }) => {
    const sentences = overviewSentences(result, model, lang);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(4);
    for (const s of sentences) expect(s).not.toMatch(/NaN|undefined|Infinity|null|\{\w+\}|–/);
  });

  it.each(cases)('$label: says what the main payer pays, in the language\'s money format', ({ model, result, lang }) => {
    const [main] = payers(result, model);
    const first = overviewSentences(result, model, lang)[0]!;
    expect(first).toContain(main!.sector.name);
    expect(first).toContain(formatMoney(main!.figures.pvCosts, lang));
  });

  it.each(cases)('$label: gives the share of budget gains outside the payers', ({ model, result, lang }) => {
    expect(overviewSentences(result, model, lang)[1]).toContain(formatPercent(result.totals.shareOutsidePayers, lang, 0));
  });

  it.each(cases)('$label: names the municipality\'s break-even year and the payer that never gets there', ({ model, result, lang }) => {
    const municipal = result.levels.find((l) => l.level === 'municipal')!;
    const third = overviewSentences(result, model, lang)[2]!;
    expect(third).toContain(formatYear(municipal.breakEvenYear, lang));
    expect(third).toContain(payers(result, model)[0]!.sector.name);
    expect(third).toMatch(lang === 'nb' ? /^Kommunen som helhet går i balanse eller pluss fra/ : /^The municipality as a whole is in balance or surplus from/);
  });

  it('school, nb: reads as the issue\'s example', () => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    const [a, b, c] = overviewSentences(school.result, school.model, 'nb');
    expect(a).toBe('Grunnskole betaler 1\u00a0798\u00a0791\u00a0kr (nåverdi).');
    expect(b).toBe('100\u00a0% av de budsjettmessige gevinstene havner i sektorer som ikke betaler.');
    expect(c).toBe('Kommunen som helhet går i balanse eller pluss fra 2029, men Grunnskole gjør det ikke uten en avtale om kostnadsdeling.');
  });

  it('school, en: English words and the English money format', () => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    const [a, b] = overviewSentences(school.result, school.model, 'en');
    expect(a).toBe('Grunnskole pays NOK\u00a01,798,791 (present value).');
    expect(b).toBe('100% of the budget gains land in sectors that do not pay.');
  });

  it.each(LANGS)('youth (%s): the payer\'s transfers received are mentioned, and that they are not enough', (lang) => {
    const youth = EXAMPLES.find((e) => e.name === 'youth')!;
    const care = youth.result.sectors.find((s) => s.id === 'care')!;
    const [a, , c] = overviewSentences(youth.result, youth.model, lang);
    expect(a).toContain(formatMoney(care.pvTransfersIn, lang));
    expect(c).toContain(lang === 'nb' ? 'overføringene som ligger i modellen' : 'transfers in the model');
  });

  it.each(cases)('$label: the sharing sentence names the largest contributor and its share', ({ model, result, lang }) => {
    const largest = [...result.costSharing!].sort((x, y) => Number(y.share) - Number(x.share))[0]!;
    const fourth = overviewSentences(result, model, lang)[3]!;
    expect(fourth).toContain(model.sectors.find((s) => s.id === largest.sector)!.name);
    expect(fourth).toContain(formatPercent(largest.share, lang, 0));
  });

  it.each(LANGS)('(%s) a payer that breaks even is given its own year', (lang) => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    // Child welfare covers the school's costs as they fall.
    const amounts = ['550000', '450000', '450000', '450000'];
    const model = { ...school.model, transfers: [{ id: 't', label: 't', from: 'childwelfare', to: 'school', amounts }] };
    const result = calculate(model);
    const school$ = result.sectors.find((s) => s.id === 'school')!;
    expect(school$.breakEvenYear).not.toBeNull();
    const sentences = overviewSentences(result, model, lang);
    expect(sentences[2]).toContain(formatYear(school$.breakEvenYear, lang));
    expect(sentences[3]).toBe(lang === 'nb' ? 'Med overføringene som ligger i modellen, går ingen budsjetter i minus.' : 'With the transfers in the model, no budget ends up in deficit.');
  });

  it.each(LANGS)('(%s) a model with no costs says so instead of inventing a payer', (lang) => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    const model = { ...school.model, costs: [] };
    const [first] = overviewSentences(calculate(model), model, lang);
    expect(first).toBe(lang === 'nb' ? 'Ingen sektor har kostnader i modellen ennå.' : 'No sector has costs in the model yet.');
  });
});
