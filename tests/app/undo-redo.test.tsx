// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UndoRedo } from '../../src/app/undo-redo';
import { useModelStore } from '../../src/store/model-store';
import type { Model } from '../../src/engine/model';
import { resetAppStores } from '../store/helpers';

/** The buttons as the header shows them, beside a screen with its main heading. */
function Frame() {
  return (
    <>
      <UndoRedo />
      <main>
        <h1>Kostnader</h1>
      </main>
    </>
  );
}

const edit = (recipe: (m: Model) => Model) => act(() => useModelStore.getState().update(recipe));
const undoButton = () => screen.getByRole('button', { name: 'Angre' });
const redoButton = () => screen.getByRole('button', { name: 'Gjør om' });
const status = () => screen.getByRole('status');

beforeEach(async () => {
  await resetAppStores();
});
afterEach(cleanup);

describe('UndoRedo', () => {
  it('after the last undo the focus moves to "Gjør om", after the last redo back to "Angre"', async () => {
    const user = userEvent.setup();
    render(<Frame />);
    edit((m) => ({ ...m, title: 'Ny tittel' }));
    await user.click(undoButton());
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toHaveFocus();
    await user.click(redoButton());
    expect(redoButton()).toBeDisabled();
    expect(undoButton()).toHaveFocus();
  });

  it('keeps the focus on "Angre" while there is more to undo', async () => {
    const user = userEvent.setup();
    render(<Frame />);
    edit((m) => ({ ...m, title: 'En' }));
    edit((m) => ({ ...m, title: 'To' }));
    await user.click(undoButton());
    expect(undoButton()).toBeEnabled();
    expect(undoButton()).toHaveFocus();
  });

  it('moves the focus to the main heading when neither button can be used', async () => {
    const user = userEvent.setup();
    render(<Frame />);
    edit((m) => ({ ...m, title: 'Ny tittel' }));
    await user.click(undoButton());
    expect(redoButton()).toHaveFocus();
    // The history is emptied under the focused button (another model opened, say).
    act(() => useModelStore.temporal.getState().clear());
    expect(redoButton()).toBeDisabled();
    expect(undoButton()).toBeDisabled();
    expect(screen.getByRole('heading', { name: 'Kostnader' })).toHaveFocus();
  });

  it.each([
    ['a cost', (m: Model) => ({ ...m, costs: m.costs.map((c, i) => (i === 0 ? { ...c, label: 'Endret' } : c)) }), 'Angret en endring i kostnadene.'],
    ['a gain', (m: Model) => ({ ...m, benefits: m.benefits.slice(1) }), 'Angret en endring i gevinstene.'],
    ['a sector', (m: Model) => ({ ...m, sectors: m.sectors.map((s, i) => (i === 0 ? { ...s, name: 'Ny' } : s)) }), 'Angret en endring i sektorene.'],
    ['the title', (m: Model) => ({ ...m, title: 'Ny' }), 'Angret en endring i tiltaket.'],
    ['the title and a cost', (m: Model) => ({ ...m, title: 'Ny', costs: m.costs.slice(1) }), 'Angret en endring i modellen.'],
  ])('says what an undo of %s took back, and when nothing more can be undone', async (_what, recipe, said) => {
    const user = userEvent.setup();
    render(<Frame />);
    edit(recipe);
    await user.click(undoButton());
    expect(status()).toHaveTextContent(`${said} Det er ikke flere endringer å angre.`);
    await user.click(redoButton());
    expect(status()).toHaveTextContent(said.replace('Angret', 'Gjorde om'));
    expect(status()).toHaveTextContent('Det er ikke flere endringer å gjøre om.');
  });

  it('announces a shortcut undo too, and the same words again for a second step', async () => {
    const user = userEvent.setup();
    render(<Frame />);
    edit((m) => ({ ...m, title: 'En' }));
    edit((m) => ({ ...m, title: 'To' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(useModelStore.getState().model.title).toBe('En');
    const first = status().textContent;
    expect(first).toBe('Angret en endring i tiltaket.');
    await user.keyboard('{Control>}z{/Control}');
    expect(status().textContent).not.toBe(first);
    expect(status()).toHaveTextContent('Angret en endring i tiltaket. Det er ikke flere endringer å angre.');
  });
});
