// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SelectField, TextField } from '../../src/ui/field';
import { useLangStore } from '../../src/i18n/lang-store';

function BoundText({ spy, required, multiline }: { spy: (v: string) => void; required?: boolean; multiline?: boolean }) {
  const [value, setValue] = useState('Mestringskurs');
  return (
    <>
      <TextField label="Tittel" value={value} required={required} multiline={multiline} onCommit={(v) => (spy(v), setValue(v))} />
      <button type="button" onClick={() => setValue('Angret')}>
        undo
      </button>
    </>
  );
}

beforeEach(() => {
  act(() => useLangStore.getState().setLang('nb'));
});
afterEach(cleanup);

describe('TextField', () => {
  it('commits once on blur, not per keystroke', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<BoundText spy={spy} />);
    const input = screen.getByLabelText('Tittel');
    await user.clear(input);
    await user.type(input, 'Kurs');
    expect(spy).not.toHaveBeenCalled();
    await user.tab();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith('Kurs');
  });

  it('a required field refuses empty text with a linked message; Escape restores', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<BoundText spy={spy} required />);
    const input = screen.getByLabelText('Tittel');
    await user.clear(input);
    await user.keyboard('{Enter}');
    expect(spy).not.toHaveBeenCalled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('kan ikke være tomt');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('Mestringskurs');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows a value changed from outside unless the user has typed', async () => {
    const user = userEvent.setup();
    render(<BoundText spy={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'undo' }));
    expect(screen.getByLabelText('Tittel')).toHaveValue('Angret');
  });

  it('multi-line: Enter adds a line', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<BoundText spy={spy} multiline />);
    const area = screen.getByLabelText('Tittel');
    await user.type(area, '{Enter}del 2');
    await user.tab();
    expect(spy).toHaveBeenCalledWith('Mestringskurs\ndel 2');
  });
});

describe('SelectField', () => {
  it('gives back the typed option value', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(
      <SelectField
        label="Type"
        value="purchase"
        options={[
          { value: 'purchase', label: 'Kjøp' },
          { value: 'internal', label: 'Egen innsats' },
        ]}
        onChange={spy}
      />,
    );
    await user.selectOptions(screen.getByLabelText('Type'), 'Egen innsats');
    expect(spy).toHaveBeenCalledWith('internal');
  });
});
