// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { largeModel } from '../../../bench/large-model';
import type { Model } from '../../../src/engine/model';
import { switchingValues } from '../../../src/engine/uncertainty/switching';
import { breakEvenText } from '../../../src/charts/break-even-text';
import { BreakEvenSection } from '../../../src/features/uncertainty/break-even-section';
import { uncertaintyMessages } from '../../../src/features/uncertainty/messages';
import { useLangStore } from '../../../src/i18n/lang-store';
import { exampleCase } from '../../charts/examples';
import { FakeWorker } from './fake-worker';

/** Heavy enough for the worker: 200 gain lines over 30 years. */
const heavy = largeModel({ sectors: 4, costLines: 20, gainLines: 200, cohorts: 4, transfers: 2, years: 30 });
const edited: Model = { ...heavy, benefits: heavy.benefits.map((b, i) => (i === 1 && 'effect' in b ? { ...b, effect: '0.9' } : b)) };
const region = () => screen.getByRole('region', { name: 'Når lønner tiltaket seg?' });
const t = (key: keyof (typeof uncertaintyMessages)['nb'], params?: Record<string, string | number>) =>
  Object.entries(params ?? {}).reduce((s, [k, v]) => s.replace(`{${k}}`, String(v)), uncertaintyMessages.nb[key]);
const loose = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s'));
/** The headline (all effects together), as the engine's values put it; formatted figures carry U+00A0. */
const headline = (model: Model) => loose(breakEvenText(model, switchingValues(model), 'nb', t).headline[0]!);

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('BreakEvenSection', () => {
  it('the edit used below changes the headline (so the tests can tell the two models apart)', () => {
    expect(headline(edited).source).not.toBe(headline(heavy).source);
  });

  it('a built-in example states its values at once, without a worker', () => {
    const { model } = exampleCase('school');
    render(<BreakEvenSection model={model} />);
    expect(within(region()).getByText(/lønner seg for budsjettene samlet hvis effektene blir minst/)).toBeInTheDocument();
    expect(FakeWorker.all).toHaveLength(0);
    expect(within(region()).queryByRole('progressbar')).toBeNull();
  });

  it('a large model computes in the worker with progress, then states exactly the engine\'s values; an edit marks them out of date', async () => {
    const { rerender, container } = render(<BreakEvenSection model={heavy} />);
    const worker = FakeWorker.latest();
    const [start] = worker.starts();
    expect(start!.job).toEqual({ kind: 'switching', model: heavy });
    worker.reply({ type: 'progress', id: start!.id, done: 50, total: 200 });
    expect(within(region()).getByRole('progressbar', { name: 'Beregner break-even-verdiene' })).toHaveAttribute('value', '50');
    expect(within(region()).getByText('50 av 200 gevinstlinjer')).toBeInTheDocument();
    for (const reply of await FakeWorker.answer(start!)) worker.reply(reply);
    expect(region()).toHaveTextContent(headline(heavy));
    expect(within(region()).queryByRole('progressbar')).toBeNull();

    rerender(<BreakEvenSection model={edited} />);
    expect(container.querySelector('.stale-figures')).toHaveTextContent(headline(heavy));
    expect(within(region()).getByRole('status')).toHaveTextContent(/Modellen er endret/);
    for (const reply of await FakeWorker.answer(worker.starts()[1]!)) worker.reply(reply);
    expect(container.querySelector('.stale-figures')).toBeNull();
    expect(region()).toHaveTextContent(headline(edited));
  });

  it('cancel keeps out-of-date figures marked as such, and computing again brings current ones', async () => {
    const { rerender, container } = render(<BreakEvenSection model={heavy} />);
    const worker = FakeWorker.latest();
    for (const reply of await FakeWorker.answer(worker.starts()[0]!)) worker.reply(reply);
    rerender(<BreakEvenSection model={edited} />);
    await userEvent.click(within(region()).getByRole('button', { name: 'Avbryt beregningen' }));
    expect(worker.terminated).toBe(true);
    expect(within(region()).getByRole('status')).toHaveTextContent(/Beregningen ble avbrutt\.\s*Modellen er endret etter denne beregningen\./);
    expect(container.querySelector('.stale-figures')).not.toBeNull();
    await userEvent.click(within(region()).getByRole('button', { name: /Beregn break-even-verdiene/ }));
    const again = FakeWorker.latest();
    expect(again).not.toBe(worker);
    for (const reply of await FakeWorker.answer(again.starts()[0]!)) again.reply(reply);
    expect(region()).toHaveTextContent(headline(edited));
    expect(container.querySelector('.stale-figures')).toBeNull();
  });
});
