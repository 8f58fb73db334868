// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { resetAppStores } from '../store/helpers';

/**
 * The phone menu is a disclosure: one button says whether the screen links, the file tools
 * and the language switch are shown (the CSS hides them on narrow screens when closed).
 */
beforeEach(async () => {
  await resetAppStores();
  window.location.hash = '#/measure';
});
afterEach(cleanup);

const toggle = () => screen.getByRole('button', { name: 'Meny' });
const state = () => document.querySelector('.app')!.getAttribute('data-menu');

describe('the menu button', () => {
  it('controls the screen links, the file tools and the language switch', () => {
    render(<App />);
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    const ids = toggle().getAttribute('aria-controls')!.split(' ');
    const controlled = ids.map((id) => document.getElementById(id));
    expect(controlled.every(Boolean)).toBe(true);
    expect(controlled[0]).toBe(screen.getByRole('navigation', { name: 'Hovedmeny' }));
    expect(within(controlled[1]!).getByRole('button', { name: 'Lagre til fil' })).toBeInTheDocument();
    expect(within(controlled[2]!).getByRole('button', { name: 'English' })).toBeInTheDocument();
  });

  it('opens and closes with a press, and says so', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(state()).toBe('open');
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(state()).toBe('closed');
  });

  it.each([
    ['on the button', () => toggle()],
    ['in the menu', () => screen.getByRole('link', { name: 'Kostnader' })],
    ['on a file button', () => screen.getByRole('button', { name: 'Lagre til fil' })],
  ])('Escape %s closes it and gives the focus back to the button', async (_where, target) => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(toggle());
    act(() => target().focus());
    await user.keyboard('{Escape}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
  });

  it('leaves Escape alone when the menu is closed', async () => {
    const user = userEvent.setup();
    render(<App />);
    const link = screen.getByRole('link', { name: 'Kostnader' });
    act(() => link.focus());
    await user.keyboard('{Escape}');
    expect(link).toHaveFocus();
  });

  it('closes when another screen is chosen in it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    await user.click(toggle());
    await user.click(screen.getByRole('link', { name: 'Kostnader' }));
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(document.querySelector('.app')).toHaveAttribute('data-route', 'costs'));
  });

  it('gives the focus to the button when the screen already shown is chosen', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(toggle());
    await user.click(screen.getByRole('link', { name: 'Tiltaket' }));
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
  });
});
