/**
 * One name per figure (review finding 4): the overview, the report, the gains and
 * transfers summaries and the generated sentences call the same figure by the same words,
 * so a council member never sees one label over two different numbers, or two labels over one.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/catalog';
import { overviewMessages } from '../../src/features/overview/messages';
import { reportMessages } from '../../src/features/report/messages';
import { provenanceMessages } from '../../src/features/report/provenance-messages';
import { gainsMessages } from '../../src/features/gains/messages';
import { transfersMessages } from '../../src/features/transfers/messages';
import { sentenceMessages } from '../../src/charts/sentence-messages';

const LANGS: Lang[] = ['nb', 'en'];

/** "Netto nåverdi, all verdi: {value}" → "Netto nåverdi, all verdi". */
const labelOf = (summary: string) => summary.replace(/: \{value\}$/, '');

describe.each(LANGS)('figure names (%s)', (lang) => {
  const overview = overviewMessages[lang];
  const report = reportMessages[lang];
  const provenance = provenanceMessages[lang];
  const gains = gainsMessages[lang];
  const transfers = transfersMessages[lang];
  const sentences = sentenceMessages[lang];

  it.each([
    ['the budget NPV (totals.npvFiscal)', [overview['fig.npvFiscal'], report['fig.npvFiscal'], provenance['scenarios.col.npvFiscal'], labelOf(transfers.summaryNpvFiscal)]],
    ['the NPV of all value (totals.npv)', [overview['fig.npv'], report['fig.npv'], provenance['scenarios.col.npv'], labelOf(gains.summaryNpv)]],
    ['the SROI (totals.sroi)', [overview['fig.sroi'], report['fig.sroi'], labelOf(gains.summarySroi)]],
    ['the budget gain per krone (totals.bcrFiscal)', [overview['fig.bcrFiscal'], report['fig.bcrFiscal'], provenance['scenarios.col.bcr']]],
    ['the combined break-even year (totals.breakEvenYear)', [overview['fig.breakEven'], report['fig.breakEven']]],
  ] as const)('%s has one name everywhere', (_figure, names) => {
    expect(new Set(names).size).toBe(1);
  });

  it('the two net present values have different names', () => {
    expect(overview['fig.npv']).not.toBe(overview['fig.npvFiscal']);
  });

  it('a per-sector budget figure names its sector, the report\'s total names all budgets', () => {
    expect(overview['fig.budgetYear']).toMatch(/^\{sector\}: /);
    expect(overview['fig.plan']).toMatch(/^\{sector\}: /);
    const all = lang === 'nb' ? 'Alle budsjettene: ' : 'All budgets: ';
    expect(report['fig.budgetYearNet'].startsWith(all)).toBe(true);
    expect(report['fig.planNet'].startsWith(all)).toBe(true);
    // The same words after the owner: only whose figure it is differs.
    expect(report['fig.budgetYearNet'].slice(all.length)).toBe(overview['fig.budgetYear'].replace('{sector}: ', ''));
    expect(report['fig.planNet'].slice(all.length)).toBe(overview['fig.plan'].replace('{sector}: ', ''));
  });

  it('"in balance or surplus from" is one phrase in the figures, the table column, the formula and the sentences', () => {
    const phrase = lang === 'nb' ? 'i balanse eller pluss fra' : 'in balance or surplus from';
    for (const text of [overview['fig.breakEven'], report['fig.breakEven'], report['col.breakEven'], report['formula.breakEven'], sentences.wholeFrom]) {
      expect(text.toLowerCase()).toContain(phrase);
    }
  });

  it('"not within the period" is one phrase in the overview, the report and the sentences', () => {
    const phrase = report.never;
    expect(overview['fig.breakEven.never'].toLowerCase()).toBe(phrase);
    const within = lang === 'nb' ? 'i løpet av perioden' : 'within the period';
    expect(phrase).toContain(within);
    expect(sentences.wholeNever).toContain(within);
  });

  it('the break-even explanations say what spec §2.5 computes: zero counts, and it never goes below again', () => {
    const zeroOrMore = lang === 'nb' ? 'null eller mer' : 'zero or more';
    const notBelowAgain = lang === 'nb' ? 'ikke går under null igjen' : 'does not drop below zero again';
    for (const text of [overview['fig.breakEven.help'], report['formula.breakEven']]) {
      expect(text).toContain(zeroOrMore);
      expect(text).toContain(notBelowAgain);
    }
  });
});
