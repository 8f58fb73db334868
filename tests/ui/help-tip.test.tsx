// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HelpTip } from '../../src/ui/help-tip';
import { useLangStore } from '../../src/i18n/lang-store';

beforeEach(() => {
  act(() => useLangStore.getState().setLang('nb'));
});
afterEach(cleanup);

describe('HelpTip', () => {
  it('is a named toggle that shows and hides its explanation, by mouse and keyboard', async () => {
    const user = userEvent.setup();
    render(<HelpTip term="Dødvekt">Det som ville skjedd uansett.</HelpTip>);
    const button = screen.getByRole('button', { name: 'Forklaring: Dødvekt' });
    const text = screen.getByText('Det som ville skjedd uansett.');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(text).not.toBeVisible();
    expect(button.getAttribute('aria-controls')).toBe(text.id);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(text).toBeVisible();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(text).not.toBeVisible();

    await user.keyboard('{Enter}');
    expect(text).toBeVisible();
  });

  it('speaks English when English is chosen', () => {
    act(() => useLangStore.getState().setLang('en'));
    render(<HelpTip term="Deadweight">What would have happened anyway.</HelpTip>);
    expect(screen.getByRole('button', { name: 'Explanation: Deadweight' })).toBeInTheDocument();
  });
});
