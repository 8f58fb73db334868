// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { focusIsLost, focusMainHeading } from '../../src/app/focus';
import { resetAppStores } from '../store/helpers';

const YOUTH = 'Unge uten jobb møter ensomme eldre';
const route = () => document.querySelector('.app')?.getAttribute('data-route');

beforeEach(async () => {
  await resetAppStores();
  window.location.hash = '#/start';
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('focus after a change of screen', () => {
  it('goes to the new screen’s main heading after "Åpne eksempelet", never to the page', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: `Åpne eksempelet «${YOUTH}»` }, { timeout: 10_000 }));
    await waitFor(() => expect(route()).toBe('overview'));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'), { timeout: 10_000 });
    expect(document.activeElement?.closest('main')).not.toBeNull();
    expect(document.activeElement).toHaveAttribute('tabindex', '-1');
  });

  it('goes to the new screen’s main heading after a new model is made', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Navn på tiltaket', {}, { timeout: 10_000 }), 'Leksehjelp');
    await user.type(screen.getByLabelText(/^Sektor som betaler/), 'Grunnskole');
    await user.type(screen.getByLabelText(/^Hva kostnaden gjelder/), 'Kursledere');
    await user.type(screen.getByLabelText('Beløp per år (kr)'), '1000');
    await user.click(screen.getByRole('button', { name: 'Lag modellen' }));
    await waitFor(() => expect(route()).toBe('overview'));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'), { timeout: 10_000 });
  });

  it('stays on a menu link that is still there (the link pressed)', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    const link = screen.getByRole('link', { name: 'Sektorer' });
    await user.click(link);
    await waitFor(() => expect(route()).toBe('sectors'));
    await screen.findByRole('heading', { level: 1, name: /Sektorer/ }, { timeout: 10_000 });
    expect(link).toHaveFocus();
  });
});

describe('focusIsLost and focusMainHeading', () => {
  it.each([
    ['the page itself', () => document.body, true],
    ['a button', () => document.getElementById('b')!, false],
    ['a disabled button', () => document.getElementById('d')!, true],
  ] as const)('focus on %s: lost is %s', (_what, target, lost) => {
    document.body.innerHTML = '<button id="b">b</button><button id="d">d</button><main><h1>T</h1></main>';
    target().focus();
    if (target().id === 'd') (target() as HTMLButtonElement).disabled = true;
    expect(focusIsLost()).toBe(lost);
  });

  it('an element taken off the page has lost the focus', () => {
    document.body.innerHTML = '<button id="b">b</button>';
    const b = document.getElementById('b')!;
    b.focus();
    act(() => b.remove());
    expect(focusIsLost()).toBe(true);
  });

  it('focuses the main heading, and says when there is none yet', () => {
    document.body.innerHTML = '<main><p>Laster</p></main>';
    expect(focusMainHeading()).toBe(false);
    document.body.innerHTML = '<h1>Outside</h1><main><h1>Inside</h1></main>';
    expect(focusMainHeading()).toBe(true);
    expect(document.activeElement?.textContent).toBe('Inside');
  });
});
