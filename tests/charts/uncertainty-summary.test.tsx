// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { largeModel } from '../../bench/large-model';
import type { Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import { oneIn } from '../../src/engine/uncertainty/switching';
import { Dec } from '../../src/engine/decimal';
import { UncertaintySummary } from '../../src/charts/uncertainty-summary';
import { heavyParts, summaryOptions, uncertaintySummaryData } from '../../src/charts/uncertainty-summary-data';
import { uncertainInputs } from '../../src/engine/uncertainty/inputs';
import { formatMoney, formatNumber, formatPercent } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/catalog';
import { useLangStore } from '../../src/i18n/lang-store';
import { levelTitle } from '../../src/ui/level-names';
import { FakeWorker } from './fake-workers';

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();
const expected = uncertaintySummaryData(school);
const pct = (p: number, lang: Lang) => formatPercent(p.toFixed(6), lang, 1);
/** "1 in N" for the line carrying most of the fiscal NPV, at the common break-even scale. */
const breakEvenN = (() => {
  const main = school.benefits.find((b) => b.id === 'cw');
  return main && 'effect' in main ? oneIn(new Dec(main.effect).times(expected.switching.effectScale!.value).toDecimalPlaces(12).toFixed()) : null;
})();

afterEach(() => {
  cleanup();
  act(() => useLangStore.getState().setLang('nb'));
});

describe('UncertaintySummary', () => {
  it.each([
    ['nb', 'Hvor sikre er tallene?', /minst 1 av (\S+) deltakere/, /10\s000 kjøringer, seed 1/],
    ['en', 'How sure are the figures?', /at least 1 in (\S+) participants/, /10,000 runs, seed 1/],
  ] as const)('has the key figures of the school example in the first render, with no worker (%s)', (lang, title, oneInText, method) => {
    act(() => useLangStore.getState().setLang(lang));
    render(<UncertaintySummary model={school} />);
    const section = screen.getByTestId('uncertainty-summary');
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    // No "calculating" flash: figures, not busy, an empty live region, no worker started.
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(FakeWorker.all).toHaveLength(0);
    const text = section.textContent ?? '';
    expect(text).toContain(pct(expected.fiscal, lang));
    for (const s of expected.sectors) {
      const row = screen.getByRole('rowheader', { name: s.name }).closest('tr')!;
      expect(row.textContent).toContain(pct(s.prob, lang));
    }
    for (const l of expected.levels) expect(screen.getByRole('rowheader', { name: levelTitle(l.level, lang) }).closest('tr')!.textContent).toContain(pct(l.prob, lang));
    expect(screen.queryByRole('rowheader', { name: school.sectors.find((s) => s.id === 'pupils')!.name })).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(text).toMatch(method);
    expect(breakEvenN).not.toBeNull();
    expect(text.match(oneInText)?.[1]).toBe(formatNumber(breakEvenN!, lang, 0));
  });

  it('an edit of a small model shows the new figures in the same render', () => {
    const quick = (seed: number): Model => ({ ...school, simulation: { seed, runs: 500, distribution: 'triangular' } });
    const { rerender } = render(<UncertaintySummary model={quick(11)} level={3} />);
    const section = screen.getByTestId('uncertainty-summary');
    expect(section.textContent).toContain('seed 11');
    rerender(<UncertaintySummary model={quick(12)} level={3} />);
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(section.textContent).toContain('seed 12');
    expect(section.textContent).toContain(pct(uncertaintySummaryData(quick(12)).fiscal, 'nb'));
    expect(screen.getByRole('heading', { level: 3, name: 'Hvor sikre er tallene?' })).toBeTruthy();
  });
});

/** Heavy in every part (simulation, tornado and break-even values), light enough for jsdom. */
const heavy: Model = { ...largeModel({ sectors: 4, costLines: 10, gainLines: 250, cohorts: 3, transfers: 2, years: 20 }), simulation: { seed: 3, runs: 2000, distribution: 'pert' } };
/** The same model with the first cost line tripled: other figures. */
const edited: Model = { ...heavy, costs: heavy.costs.map((c, i) => (i === 0 ? { ...c, amounts: c.amounts.map((v) => (Number(v) * 3).toFixed(2)) } : c)) };
const section = () => screen.getByTestId('uncertainty-summary');
const sensitivity = () => FakeWorker.of('sensitivity');
const simulation = () => FakeWorker.of('simulation');
const topTexts = () => within(section()).getAllByRole('listitem').map((li) => li.textContent);

/** Answers every open job of the summary, the exact ones one after the other as the page asks. */
async function answerAll() {
  await simulation().at(-1)!.answer();
  await sensitivity()[0]!.answer();
  await sensitivity()[1]!.answer();
}

describe('UncertaintySummary of a large model', () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is heavy in every part (the premise of these tests)', () => {
    expect(heavyParts(heavy, uncertainInputs(heavy))).toEqual({ simulation: true, tornado: true, switching: true });
  });

  it('says it is calculating (polite, aria-busy), computes in the workers, then shows exactly the page’s own figures', async () => {
    render(<UncertaintySummary model={heavy} />);
    expect(section()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('status')).toHaveTextContent('Beregner');
    expect(section().querySelector('.uncertainty-summary-headline')).toBeNull();
    // The simulation in its worker; the tornado first in the sensitivity worker, the break-even values after it.
    expect(simulation()[0]!.starts()).toEqual([{ type: 'start', id: 1, model: heavy, options: summaryOptions(heavy) }]);
    expect(sensitivity()[0]!.starts().map((r) => 'job' in r && r.job.kind)).toEqual(['tornado']);
    expect(sensitivity()).toHaveLength(1);
    await sensitivity()[0]!.answer();
    expect(sensitivity()[1]!.starts().map((r) => 'job' in r && r.job)).toEqual([{ kind: 'switching', model: heavy }]);
    await sensitivity()[1]!.answer();
    expect(section()).toHaveAttribute('aria-busy', 'true');
    await simulation()[0]!.answer();
    expect(section()).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('status').textContent).toBe('');
    const want = uncertaintySummaryData(heavy);
    expect(section().querySelector('.uncertainty-summary-headline')!.textContent).toContain(pct(want.fiscal, 'nb'));
    for (const s of want.sectors) expect(screen.getByRole('rowheader', { name: s.name }).closest('tr')!.textContent).toContain(pct(s.prob, 'nb'));
    expect(topTexts()).toEqual(want.top.map((b) => expect.stringContaining(formatMoney(b.swing, 'nb'))));
    expect(section().querySelector('.stale-figures')).toBeNull();
  });

  it('after an edit, the old figures are marked out of date (never current) until the new ones arrive; late replies of the old jobs are dropped', async () => {
    const { rerender } = render(<UncertaintySummary model={heavy} />);
    await answerAll();
    const old = uncertaintySummaryData(heavy);
    rerender(<UncertaintySummary model={edited} />);
    expect(section()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Tallene nedenfor gjelder modellen før siste endring');
    expect(section().querySelector('.stale-figures')!.textContent).toContain(formatMoney(old.top[0]!.atLow, 'nb'));
    // The old simulation worker is ended; the new model goes to a fresh one and to the sensitivity worker.
    expect(simulation()[0]!.terminated).toBe(true);
    expect(simulation()[1]!.starts()[0]).toMatchObject({ model: edited });
    expect(sensitivity()[0]!.starts().map((r) => 'job' in r && r.job.model)).toEqual([heavy, edited]);
    // A reply the stopped simulation still had on its way changes nothing.
    await simulation()[0]!.answer();
    expect(section()).toHaveAttribute('aria-busy', 'true');
    expect(section().querySelector('.stale-figures')).not.toBeNull();
    await answerAll();
    const now = uncertaintySummaryData(edited);
    expect(section()).toHaveAttribute('aria-busy', 'false');
    expect(section().querySelector('.stale-figures')).toBeNull();
    expect(topTexts()).toEqual(now.top.map((b) => expect.stringContaining(formatMoney(b.atLow, 'nb'))));
    expect(now.top[0]!.atLow).not.toBe(old.top[0]!.atLow);
  });

  it('says plainly on paper that the figures are not ready yet', () => {
    render(<UncertaintySummary model={heavy} level={3} />);
    expect(section().querySelector('.uncertainty-summary-print-note')).toHaveTextContent('ikke ferdig beregnet');
  });

  it('leaving the screen ends every worker', async () => {
    const { unmount } = render(<UncertaintySummary model={heavy} />);
    await sensitivity()[0]!.answer();
    unmount();
    expect(FakeWorker.all.length).toBeGreaterThan(0);
    for (const w of FakeWorker.all) expect(w.terminated).toBe(true);
  });

  it('a failed worker is said, not left "calculating" for ever', () => {
    render(<UncertaintySummary model={heavy} />);
    const w = simulation()[0]!;
    w.reply({ type: 'error', id: 1, message: 'out of memory' });
    expect(screen.getByRole('status')).toHaveTextContent('Tallene kunne ikke beregnes: out of memory');
    expect(section()).toHaveAttribute('aria-busy', 'false');
  });
});
