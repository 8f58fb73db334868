/**
 * The overview's sentences must not contradict each other (review finding 12): a cost-sharing
 * agreement is named as the way out only when an equal-return split would cover every
 * contributor, and a model without gain lines says so.
 */
import { describe, expect, it } from 'vitest';
import { overviewSentences } from '../../src/charts/sentences';
import { calculate } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import type { Lang } from '../../src/i18n/catalog';
import { exampleCase } from './examples';

const LANGS: Lang[] = ['nb', 'en'];
const AGREEMENT: Record<Lang, string> = { nb: 'avtale om kostnadsdeling', en: 'cost-sharing agreement' };
const school = exampleCase('school').model;

/** The school example without any gain lines, as a user has it before adding gains. */
const noGains: Model = { ...school, benefits: [], transfers: [] };

/** A model as the start screen makes it: one paying sector, one cost line, nothing else. */
const oneSector: Model = {
  ...school,
  sectors: [school.sectors[0]!],
  costs: [{ ...school.costs[0]!, sector: school.sectors[0]!.id }],
  cohorts: [],
  benefits: [],
  transfers: [],
};

/** Costs twenty times higher: the budget gains no longer cover the cost however it is shared. */
const tooCostly: Model = { ...school, costs: school.costs.map((c) => ({ ...c, amounts: c.amounts.map((a) => String(Number(a) * 20)) })) };

describe('overviewSentences without contradictions', () => {
  it.each(LANGS)('(%s) a model with no gain lines says so and offers no cost sharing', (lang) => {
    const sentences = overviewSentences(calculate(noGains), noGains, lang);
    expect(sentences[1]).toBe(lang === 'nb' ? 'Modellen har ingen gevinstlinjer ennå.' : 'The model has no gain lines yet.');
    expect(sentences.join(' ')).not.toContain(AGREEMENT[lang]);
    expect(sentences).toHaveLength(3);
  });

  it('(nb) with no gains the municipality and the school both fall short, joined with "heller ikke"', () => {
    const [, , third] = overviewSentences(calculate(noGains), noGains, 'nb');
    expect(third).toBe('Kommunen som helhet går ikke i balanse eller pluss i løpet av perioden, og det gjør heller ikke Grunnskole.');
  });

  it.each(LANGS)('(%s) a one-sector model says once that the budget is not in balance', (lang) => {
    const sentences = overviewSentences(calculate(oneSector), oneSector, lang);
    expect(sentences[2]).toBe(
      lang === 'nb'
        ? 'Alle budsjettene samlet går ikke i balanse eller pluss i løpet av perioden.'
        : 'All budgets together are not in balance or surplus within the period.',
    );
    expect(sentences.join(' ')).not.toContain(AGREEMENT[lang]);
  });

  it.each(LANGS)('(%s) when no split can cover the cost, no sentence promises that an agreement would', (lang) => {
    const result = calculate(tooCostly);
    expect(result.costSharing).not.toBeNull();
    const sentences = overviewSentences(result, tooCostly, lang);
    expect(sentences[3]).toMatch(lang === 'nb' ? /ingen kostnadsdeling kan/ : /no cost-sharing split can/);
    expect(sentences.slice(0, 3).join(' ')).not.toContain(AGREEMENT[lang]);
  });

  it.each(LANGS)('(%s) when the split covers the cost, the agreement is named as the way out', (lang) => {
    const { model, result } = exampleCase('school');
    expect(overviewSentences(result, model, lang)[2]).toContain(AGREEMENT[lang]);
  });
});
