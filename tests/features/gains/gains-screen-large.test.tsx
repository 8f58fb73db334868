// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { largeModel } from '../../../bench/large-model';
import { exampleModels } from '../../../src/app/examples';
import type { BenefitLine, Model } from '../../../src/engine/model';
import { GainsScreen } from '../../../src/features/gains/gains-screen';
import { useLangStore } from '../../../src/i18n/lang-store';
import { useModelStore } from '../../../src/store/model-store';
import { opensAll } from '../../../src/ui/line-expansion';
import { aModel, aSector } from '../../builders';

const YEARS = 20;
const LINES = 31;
const model = () => useModelStore.getState().model;

/**
 * 31 lines × 20 years: just past the limit, so the screen starts with every line closed.
 * Odd lines are direct (every amount equal to the line's number), even ones cohort-driven.
 */
const line = (i: number): BenefitLine => {
  const head = {
    id: `g${i}`, label: `Linje ${i}`, sector: i % 3 ? 'nav' : 'school', type: i % 4 ? 'social' : 'cashable',
    deadweight: '0', attribution: '0', displacement: '0',
  } as const;
  return i % 2
    ? { ...head, amounts: Array.from({ length: YEARS }, () => String(i)) }
    : { ...head, cohort: 'pupils', effect: '0.25', unitValue: '1500', lag: 0, duration: null, dropOff: '0' };
};
const large = (): Model => aModel({
  years: YEARS, sectors: [aSector(), aSector({ id: 'nav', name: 'NAV stat', level: 'state' })], costs: [],
  cohorts: [{ id: 'pupils', label: 'Elever', sizes: Array.from({ length: YEARS }, () => '10') }],
  benefits: Array.from({ length: LINES }, (_, i) => line(i + 1)),
});

/*
 * Queries are scoped (a card by its heading): whole-page role queries take seconds each
 * in jsdom with this many lines on the page.
 */
const card = (name: string) => screen.getByText(`Gevinst: ${name}`).closest('article')!;
const button = (name: string, of: string) => within(card(of)).getByRole('button', { name });
const showName = (name: string) => `Vis feltene og gevinsten per år for «${name}»`;
const hideName = (name: string) => `Skjul feltene og gevinsten per år for «${name}»`;
const gainsSection = () => document.querySelector<HTMLElement>('section.gains')!;
/** Inputs of any kind in the gain lines (the cohort grid above is not counted). */
const lineInputs = () => gainsSection().querySelectorAll('article input, article select');

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(large());
});
afterEach(cleanup);

describe('GainsScreen with a large model', () => {
  it('the benchmark model (500 gain lines × 60 years) opens with every line closed', () => {
    const bench = largeModel({ sectors: 10, costLines: 0, transfers: 0 });
    expect(opensAll(bench.benefits.length, bench.years)).toBe(false);
    useModelStore.getState().replace(bench);
    render(<GainsScreen />);
    expect(gainsSection().querySelectorAll('article')).toHaveLength(500);
    expect(lineInputs()).toHaveLength(0);
    expect(gainsSection().querySelectorAll('figure')).toHaveLength(0);
    const toggles = [...gainsSection().querySelectorAll('button[aria-expanded]')];
    expect(toggles).toHaveLength(500);
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(screen.getByText(/Modellen har 500 gevinstlinjer/)).toBeInTheDocument();
  });

  it('a closed line is one row: sector, kind and a figure read off the line', () => {
    render(<GainsScreen />);
    expect(within(gainsSection()).getAllByRole('article')).toHaveLength(LINES);
    expect(lineInputs()).toHaveLength(0);
    expect(button(showName('Linje 7'), 'Linje 7')).toHaveAttribute('aria-expanded', 'false');
    // getByText compares whitespace-collapsed text, so no-break spaces read as plain spaces.
    expect(within(card('Linje 7')).getByText(
      'Havner hos NAV stat · Sosial (livskvalitet i kroner) · beløp per år, sum over 20 år før justeringer: 140 kr',
    )).toBeInTheDocument();
    expect(within(card('Linje 12')).getByText(
      'Havner hos Skole · Kontant (penger spart på et budsjett) · fra kullet Elever: effekt 25 %, 1 500 kr per utfall',
    )).toBeInTheDocument();
  });

  it('opening a line (by keyboard) shows its fields and profile; hiding it brings the row back', async () => {
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    button(showName('Linje 4'), 'Linje 4').focus();
    await user.keyboard('{Enter}');
    const hide = button(hideName('Linje 4'), 'Linje 4');
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(hide).toHaveFocus();
    expect(within(card('Linje 4')).getByRole('textbox', { name: 'Navn' })).toHaveValue('Linje 4');
    expect(within(card('Linje 4')).getByRole('textbox', { name: 'Effekt (% av deltakerne)' })).toBeInTheDocument();
    expect(within(card('Linje 4')).getByRole('figure', { name: 'Justert gevinst per år' })).toBeInTheDocument();
    // Only that line: the others stay closed.
    expect(within(card('Linje 5')).queryByRole('textbox')).toBeNull();

    await user.keyboard(' ');
    expect(button(showName('Linje 4'), 'Linje 4')).toHaveAttribute('aria-expanded', 'false');
    expect(within(card('Linje 4')).queryByRole('textbox')).toBeNull();
    expect(within(card('Linje 4')).getByText(/fra kullet Elever: effekt 25 %/)).toBeInTheDocument();
  });

  it('edits in an opened line reach the model, and the closed row shows them', async () => {
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    await user.click(button(showName('Linje 3'), 'Linje 3'));
    await user.clear(within(card('Linje 3')).getByLabelText('Linje 3, 2028'));
    await user.type(within(card('Linje 3')).getByLabelText('Linje 3, 2028'), '1 000{Enter}');
    expect(model().benefits[2]).toMatchObject({ amounts: ['3', '1000', '3', ...Array.from({ length: 17 }, () => '3')] });

    await user.click(button(showName('Linje 2'), 'Linje 2'));
    const effect = within(card('Linje 2')).getByRole('textbox', { name: 'Effekt (% av deltakerne)' });
    await user.clear(effect);
    await user.type(effect, '40{Enter}');
    expect(model().benefits[1]).toMatchObject({ effect: '0.4' });

    await user.click(button(hideName('Linje 3'), 'Linje 3'));
    await user.click(button(hideName('Linje 2'), 'Linje 2'));
    expect(within(card('Linje 3')).getByText(/sum over 20 år før justeringer: 1 057 kr/)).toBeInTheDocument();
    expect(within(card('Linje 2')).getByText(/effekt 40 %, 1 500 kr per utfall/)).toBeInTheDocument();
  });

  it('a new line opens with the cursor in its name; "hide all" closes every line and keeps focus nearby', async () => {
    const user = userEvent.setup({ delay: null });
    render(<GainsScreen />);
    await user.click(button(showName('Linje 1'), 'Linje 1'));
    await user.click(screen.getByText('Legg til gevinst med beløp per år'));
    expect(within(card('Ny gevinst')).getByRole('textbox', { name: 'Navn' })).toHaveFocus();
    expect(model().benefits).toHaveLength(LINES + 1);

    await user.click(screen.getByText('Skjul alle gevinstlinjer'));
    expect(lineInputs()).toHaveLength(0);
    expect(screen.queryByText('Skjul alle gevinstlinjer')).toBeNull();
    expect(screen.getByText('Gevinster', { selector: 'h2' })).toHaveFocus();
    expect(screen.getByText('Alle gevinstlinjer er skjult.')).toBeInTheDocument();
  });
});

describe('GainsScreen with a small model', () => {
  it.each(exampleModels().map((e) => [e.model.title, e.model] as const))('%s opens with every line open and no show/hide buttons', (_title, example) => {
    useModelStore.getState().replace(example);
    render(<GainsScreen />);
    expect(opensAll(example.benefits.length, example.years)).toBe(true);
    // The "?" help buttons are disclosures too; no line has a show/hide button.
    expect(gainsSection().querySelectorAll('button[aria-expanded]:not(.help-tip-button)')).toHaveLength(0);
    expect(screen.queryByText(/^(Vis|Skjul)$/, { selector: 'button' })).toBeNull();
    expect(screen.queryByText('Skjul alle gevinstlinjer')).toBeNull();
    const names = within(gainsSection()).getAllByRole('textbox', { name: 'Navn' }).map((el) => (el as HTMLInputElement).value);
    expect(names).toEqual(example.benefits.map((b) => b.label));
    expect(within(gainsSection()).getAllByRole('figure', { name: 'Justert gevinst per år' })).toHaveLength(example.benefits.length);
  });
});
