// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NumberField, type NumberFieldProps } from '../../src/ui/number-field';
import { useLangStore } from '../../src/i18n/lang-store';

const NBSP = '\u00a0';

/** A field bound to state, as a screen binds it to the model. */
function Bound(props: Omit<NumberFieldProps, 'value' | 'onCommit'> & { initial: string; spy: (v: string) => void }) {
  const { initial, spy, ...rest } = props;
  const [value, setValue] = useState(initial);
  return (
    <>
      <NumberField
        {...rest}
        value={value}
        onCommit={(v) => {
          spy(v);
          setValue(v);
        }}
      />
      <output data-testid="model">{value}</output>
      <button type="button" onClick={() => setValue('777')}>
        undo
      </button>
    </>
  );
}

beforeEach(() => {
  act(() => useLangStore.getState().setLang('nb'));
});
afterEach(cleanup);

describe('NumberField', () => {
  it('shows the formatted value, the raw value while editing, and commits a Norwegian number', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Beløp" initial="1234567" spy={spy} />);
    const input = screen.getByLabelText('Beløp');
    expect(input).toHaveValue(`1${NBSP}234${NBSP}567`);
    await user.click(input);
    expect(input).toHaveValue('1234567');
    await user.clear(input);
    await user.type(input, '1 234,50');
    await user.tab();
    expect(spy).toHaveBeenCalledWith('1234.5');
    expect(input).toHaveValue(`1${NBSP}234,5`);
    expect(screen.getByTestId('model')).toHaveTextContent('1234.5');
  });

  it.each([
    // typed, committed, shown by a money field, shown by a plain number field
    ['1.234,50', '1234.5', `1${NBSP}234,50`, `1${NBSP}234,5`],
    ['1 234,05', '1234.05', `1${NBSP}234,05`, `1${NBSP}234,05`],
    ['1 234,00', '1234', `1${NBSP}234`, `1${NBSP}234`],
    ['250000', '250000', `250${NBSP}000`, `250${NBSP}000`],
    ['0,125', '0.125', '0,125', '0,125'],
    ['-12,5', '-12.5', '\u221212,50', '\u221212,5'],
  ])('%j commits %s and shows %j as money, %j as a plain number', async (typed, committed, asMoney, asNumber) => {
    const user = userEvent.setup();
    for (const [money, shown] of [[true, asMoney], [false, asNumber]] as const) {
      const spy = vi.fn();
      render(<Bound label="Beløp" initial="1" money={money} spy={spy} />);
      const input = screen.getByLabelText('Beløp');
      await user.click(input);
      await user.clear(input);
      await user.type(input, typed);
      await user.tab();
      expect(spy).toHaveBeenCalledWith(committed);
      expect(input).toHaveValue(shown);
      cleanup();
    }
  });

  it.each(['12e5', '1E3', '1,5E+06', '2e-1'])('refuses the exponent form %j as not a number and keeps the model', async (typed) => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Beløp" initial="500" money spy={spy} />);
    const input = screen.getByLabelText('Beløp');
    await user.click(input);
    await user.clear(input);
    await user.type(input, typed);
    await user.tab();
    expect(spy).not.toHaveBeenCalled();
    expect(input).toHaveValue(typed);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('ikke et tall');
    expect(screen.getByTestId('model')).toHaveTextContent('500');
  });

  it('keeps invalid text in the field, marks it, explains it, and keeps the model unchanged', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Beløp" initial="500" spy={spy} />);
    const input = screen.getByLabelText('Beløp');
    await user.click(input);
    await user.clear(input);
    await user.type(input, '12 tusen');
    await user.tab();
    expect(spy).not.toHaveBeenCalled();
    expect(input).toHaveValue('12 tusen');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('ikke et tall');
    expect(alert).toHaveTextContent('500');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.getByTestId('model')).toHaveTextContent('500');

    // Fixing the text clears the mark and commits.
    await user.click(input);
    await user.clear(input);
    await user.type(input, '600');
    await user.keyboard('{Enter}');
    expect(spy).toHaveBeenCalledWith('600');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(input).toHaveFocus();
  });

  it('Escape brings back the last valid value', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Beløp" initial="42" spy={spy} />);
    const input = screen.getByLabelText('Beløp');
    await user.click(input);
    await user.clear(input);
    await user.type(input, 'x{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('42');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(spy).not.toHaveBeenCalled();
  });

  it('visiting a field without typing commits nothing (no empty undo step)', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Beløp" initial="1250000.50" spy={spy} />);
    await user.click(screen.getByLabelText('Beløp'));
    await user.tab();
    expect(spy).not.toHaveBeenCalled();
  });

  it('a percent field shows percent and commits the fraction; a bare number is percent', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Rente" initial="0.045" percent spy={spy} />);
    const input = screen.getByLabelText('Rente');
    expect(input).toHaveValue(`4,5${NBSP}%`);
    await user.click(input);
    expect(input).toHaveValue('4,5');
    await user.clear(input);
    await user.type(input, '12');
    await user.tab();
    expect(spy).toHaveBeenLastCalledWith('0.12');
    expect(input).toHaveValue(`12${NBSP}%`);
  });

  it('shows a value changed from outside (undo), unless the user is typing', async () => {
    const user = userEvent.setup();
    render(<Bound label="Beløp" initial="1" spy={vi.fn()} />);
    const input = screen.getByLabelText('Beløp');
    await user.click(screen.getByRole('button', { name: 'undo' }));
    expect(input).toHaveValue('777');

    await user.click(input);
    await user.clear(input);
    await user.type(input, '5');
    // The undo button is pressed by keyboard shortcut elsewhere; the field keeps focus.
    act(() => screen.getByRole('button', { name: 'undo' }).click());
    expect(input).toHaveValue('5');
  });

  it.each([
    ['integer', { integer: true }, '1,5', 'helt tall'],
    ['custom validation', { validate: (v: string) => (v.startsWith('-') ? 'Kan ikke være negativ.' : null) }, '-3', 'Kan ikke være negativ.'],
    ['too many digits', {}, '1'.repeat(21), 'For mange sifre'],
    ['a minimum', { min: 0 }, '-1', 'minst 0'],
    ['a percent maximum', { percent: true, max: '1' }, '150', 'høyst 100 %'],
  ])('refuses by %s with its message', async (_name, extra, text, message) => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Felt" initial="2" spy={spy} {...extra} />);
    const input = screen.getByLabelText('Felt');
    await user.click(input);
    await user.clear(input);
    await user.type(input, text);
    await user.tab();
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('an optional field may be emptied and commits ""', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Bound label="Varighet" initial="3" optional integer spy={spy} />);
    const input = screen.getByLabelText('Varighet');
    await user.click(input);
    await user.clear(input);
    await user.tab();
    expect(spy).toHaveBeenCalledWith('');
  });

  it('follows the chosen language: English display and English reading of "1,234"', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    act(() => useLangStore.getState().setLang('en'));
    render(<Bound label="Amount" initial="-1234.5" spy={spy} />);
    const input = screen.getByLabelText('Amount');
    expect(input).toHaveValue('-1,234.5');
    await user.click(input);
    await user.clear(input);
    await user.type(input, '1,234');
    await user.tab();
    expect(spy).toHaveBeenCalledWith('1234');
  });
});

describe('NumberField for years', () => {
  it('shows a year without grouping', () => {
    render(<NumberField label="Startår" value="2027" grouping={false} integer onCommit={() => {}} />);
    expect(screen.getByLabelText('Startår')).toHaveValue('2027');
  });
});
