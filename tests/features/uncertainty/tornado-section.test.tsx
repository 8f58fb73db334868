// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { largeModel } from '../../../bench/large-model';
import type { Model } from '../../../src/engine/model';
import { uncertainInputs } from '../../../src/engine/uncertainty/inputs';
import { tornado } from '../../../src/engine/uncertainty/sensitivity';
import { TornadoSection } from '../../../src/features/uncertainty/tornado-section';
import { formatMoney } from '../../../src/i18n/format';
import { useLangStore } from '../../../src/i18n/lang-store';
import { exampleCase } from '../../charts/examples';
import { FakeWorker } from './fake-worker';

/** Heavy enough for the worker (about 360 inputs over 20 years), light enough for jsdom. */
const heavy = largeModel({ sectors: 4, costLines: 10, gainLines: 60, cohorts: 3, transfers: 2, years: 20 });
/** The same model with the first cost line tripled: other figures. */
const edited: Model = { ...heavy, costs: heavy.costs.map((c, i) => (i === 0 ? { ...c, amounts: c.amounts.map((v) => (Number(v) * 3).toFixed(2)) } : c)) };
const FISCAL = { kind: 'fiscal' } as const;

const loose = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s'));
const baseText = (model: Model) => loose(`Utgangspunkt: ${formatMoney(tornado(model, FISCAL).base, 'nb')}`);
const region = () => screen.getByRole('region', { name: 'Hva betyr mest?' });
const show = (model: Model) => <TornadoSection model={model} inputs={uncertainInputs(model)} />;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TornadoSection', () => {
  it('a built-in example computes at once on the page: no worker, no progress, no button', () => {
    const { model } = exampleCase('school');
    render(show(model));
    expect(within(region()).getAllByText(baseText(model)).length).toBeGreaterThan(0);
    expect(FakeWorker.all).toHaveLength(0);
    expect(within(region()).queryByRole('progressbar')).toBeNull();
    expect(within(region()).queryByRole('button')).toBeNull();
  });

  it('a large model starts in the worker at once, with labelled progress and a polite status, then shows exactly the engine\'s tornado', async () => {
    render(show(heavy));
    const worker = FakeWorker.latest();
    const [start] = worker.starts();
    expect(start!.job).toEqual({ kind: 'tornado', model: heavy, target: FISCAL, inputs: uncertainInputs(heavy) });
    const count = uncertainInputs(heavy).length;
    expect(within(region()).getByRole('status')).toHaveTextContent(`Beregner hva som betyr mest for ${count} anslag`);
    expect(within(region()).getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(within(region()).getByLabelText('Beregner hva som betyr mest')).toBe(within(region()).getByRole('progressbar'));

    worker.reply({ type: 'progress', id: start!.id, done: 120, total: count });
    const bar = within(region()).getByRole('progressbar');
    expect(bar).toHaveAttribute('value', '120');
    expect(bar).toHaveAttribute('max', String(count));
    expect(within(region()).getByText(`120 av ${count} anslag`)).toBeInTheDocument();
    expect(within(region()).queryByText(/Utgangspunkt:/)).toBeNull();

    for (const reply of await FakeWorker.answer(start!)) worker.reply(reply);
    expect(within(region()).getAllByText(baseText(heavy)).length).toBeGreaterThan(0);
    const top = tornado(heavy, FISCAL).bars[0]!;
    expect(within(region()).getAllByRole('row')[1]).toHaveTextContent(loose(formatMoney(top.swing, 'nb')));
    expect(within(region()).queryByRole('progressbar')).toBeNull();
  });

  it('cancel ends the worker at once, says so, and offers to compute again', async () => {
    render(show(heavy));
    const worker = FakeWorker.latest();
    await userEvent.click(within(region()).getByRole('button', { name: 'Avbryt beregningen' }));
    expect(worker.terminated).toBe(true);
    expect(within(region()).queryByRole('progressbar')).toBeNull();
    expect(within(region()).getByRole('status')).toHaveTextContent('Beregningen ble avbrutt.');
    // Focus does not fall to the page when the button it was on goes away.
    expect(within(region()).getByRole('heading', { level: 2 })).toHaveFocus();
    await userEvent.click(within(region()).getByRole('button', { name: /Beregn hva som betyr mest \(\d+ anslag\)/ }));
    expect(FakeWorker.all).toHaveLength(2);
    expect(FakeWorker.latest().starts()).toHaveLength(1);
    expect(within(region()).getByRole('progressbar')).toBeInTheDocument();
  });

  it('an edit while it runs stops the stale run and starts afresh; a late result of the stale run is never shown', async () => {
    const { rerender } = render(show(heavy));
    const worker = FakeWorker.latest();
    const [first] = worker.starts();
    rerender(show(edited));
    expect(worker.requests.map((r) => r.type)).toEqual(['start', 'cancel', 'start']);
    const second = worker.starts()[1]!;
    expect(second.job.model).toEqual(edited);
    for (const reply of await FakeWorker.answer(first!)) worker.reply(reply);
    expect(within(region()).queryByText(/Utgangspunkt:/)).toBeNull();
    expect(within(region()).getByRole('progressbar')).toBeInTheDocument();
    for (const reply of await FakeWorker.answer(second)) worker.reply(reply);
    expect(within(region()).getAllByText(baseText(edited)).length).toBeGreaterThan(0);
    expect(within(region()).queryByText(baseText(heavy))).toBeNull();
  });

  it('a title or a simulation seed typed does not restart the run (the figures do not depend on them)', () => {
    const { rerender } = render(show(heavy));
    const worker = FakeWorker.latest();
    const renamed: Model = { ...heavy, title: 'Ny tittel', simulation: { seed: 9, runs: 1000, distribution: 'pert' } };
    rerender(<TornadoSection model={renamed} inputs={uncertainInputs(renamed)} />);
    expect(worker.requests.map((r) => r.type)).toEqual(['start']);
    expect(within(region()).getByRole('progressbar')).toBeInTheDocument();
  });

  it('after an edit, the previous figures stay in view marked out of date until the new ones arrive', async () => {
    const { rerender, container } = render(show(heavy));
    const worker = FakeWorker.latest();
    for (const reply of await FakeWorker.answer(worker.starts()[0]!)) worker.reply(reply);
    expect(container.querySelector('.stale-figures')).toBeNull();
    rerender(show(edited));
    expect(within(region()).getByRole('status')).toHaveTextContent('Modellen er endret. Tallene nedenfor gjelder modellen slik den var');
    expect(container.querySelector('.stale-figures')).toHaveTextContent(baseText(heavy));
    for (const reply of await FakeWorker.answer(worker.starts()[1]!)) worker.reply(reply);
    expect(container.querySelector('.stale-figures')).toBeNull();
    expect(within(region()).getByRole('status')).toHaveTextContent(/^$/);
    expect(within(region()).getAllByText(baseText(edited)).length).toBeGreaterThan(0);
  });

  it('another target restarts the job for that budget holder', async () => {
    render(show(heavy));
    const worker = FakeWorker.latest();
    for (const reply of await FakeWorker.answer(worker.starts()[0]!)) worker.reply(reply);
    const sector = heavy.sectors[1]!;
    await userEvent.selectOptions(within(region()).getByLabelText('Netto nåverdi for'), `sector:${sector.id}`);
    const restart = worker.starts()[1]!;
    expect(restart.job).toMatchObject({ kind: 'tornado', target: { kind: 'sector', id: sector.id } });
    for (const reply of await FakeWorker.answer(restart)) worker.reply(reply);
    const base = tornado(heavy, { kind: 'sector', id: sector.id }).base;
    expect(within(region()).getAllByText(loose(`Utgangspunkt: ${formatMoney(base, 'nb')}`)).length).toBeGreaterThan(0);
  });

  it('a worker error is shown, and the same job can be asked for again', async () => {
    render(show(heavy));
    const worker = FakeWorker.latest();
    worker.reply({ type: 'error', id: worker.starts()[0]!.id, message: 'out of memory' });
    expect(within(region()).getByRole('status')).toHaveTextContent('Beregningen feilet: out of memory');
    await userEvent.click(within(region()).getByRole('button', { name: /Beregn hva som betyr mest/ }));
    expect(worker.starts()).toHaveLength(2);
    expect(worker.starts()[1]!.job).toEqual(worker.starts()[0]!.job);
  });

  it('without Worker, a large model computes on the page in chunks, with progress and the same figures', async () => {
    vi.stubGlobal('Worker', undefined);
    render(show(heavy));
    expect(FakeWorker.all).toHaveLength(0);
    expect(within(region()).getByRole('progressbar')).toBeInTheDocument();
    expect((await within(region()).findAllByText(baseText(heavy), {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    expect(within(region()).queryByRole('progressbar')).toBeNull();
  });
});
