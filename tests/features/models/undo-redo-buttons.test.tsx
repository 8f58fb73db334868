// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UndoRedoButtons } from '../../../src/features/models/undo-redo-buttons';
import { useModelStore } from '../../../src/store/model-store';
import type { Model } from '../../../src/engine/model';
import { resetAppStores } from '../../store/helpers';

const retitle = (title: string) => (m: Model): Model => ({ ...m, title });
const title = () => useModelStore.getState().model.title;

function setup(extra?: React.ReactNode) {
  const user = userEvent.setup();
  render(
    <>
      <UndoRedoButtons />
      {extra}
    </>,
  );
  return user;
}

beforeEach(async () => {
  await resetAppStores();
  useModelStore.getState().update(retitle('Første'));
  useModelStore.getState().update(retitle('Andre'));
});
afterEach(cleanup);

describe('undo/redo buttons', () => {
  it('are enabled only when there is something to undo or redo', async () => {
    const user = setup();
    const undo = screen.getByRole('button', { name: 'Angre' });
    const redo = screen.getByRole('button', { name: 'Gjør om' });
    expect(redo).toBeDisabled();
    await user.click(undo);
    expect(title()).toBe('Første');
    expect(redo).toBeEnabled();
    await user.click(undo);
    expect(undo).toBeDisabled();
    await user.click(redo);
    expect(title()).toBe('Første');
  });
});

describe('keyboard shortcuts', () => {
  it.each([
    ['{Control>}z{/Control}', 'Første'],
    ['{Meta>}z{/Meta}', 'Første'],
  ])('%s on the page undoes the last edit', async (keys, expected) => {
    const user = setup();
    await user.keyboard(keys);
    expect(title()).toBe(expected);
  });

  it.each(['{Control>}{Shift>}z{/Shift}{/Control}', '{Control>}y{/Control}', '{Meta>}{Shift>}z{/Shift}{/Meta}'])(
    '%s redoes',
    async (keys) => {
      const user = setup();
      await user.keyboard('{Control>}z{/Control}');
      await user.keyboard(keys);
      expect(title()).toBe('Andre');
    },
  );

  it('Alt+Ctrl+Z and a plain z do nothing', async () => {
    const user = setup();
    await user.keyboard('{Alt>}{Control>}z{/Control}{/Alt}z');
    expect(title()).toBe('Andre');
  });

  it.each([
    ['a text input', <input key="f" aria-label="felt" defaultValue="abc" />],
    ['a number-style text input', <input key="f" type="text" inputMode="decimal" aria-label="felt" />],
    ['a textarea', <textarea key="f" aria-label="felt" />],
    ['a select', <select key="f" aria-label="felt"><option>a</option></select>],
  ])('inside %s, Ctrl+Z is left to the field and the model stays', async (_label, field) => {
    const user = setup(field);
    await user.click(screen.getByLabelText('felt'));
    await user.keyboard('{Control>}z{/Control}{Control>}y{/Control}');
    expect(title()).toBe('Andre');
  });

  it('on a checkbox (which has no text undo) the shortcut still undoes the model', async () => {
    const user = setup(<input type="checkbox" aria-label="felt" />);
    await user.click(screen.getByLabelText('felt'));
    await user.keyboard('{Control>}z{/Control}');
    expect(title()).toBe('Første');
  });

  it('inside an open dialog the shortcut does nothing', async () => {
    const user = setup(<div role="alertdialog" aria-label="d"><button type="button">ok</button></div>);
    await user.click(screen.getByRole('button', { name: 'ok' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(title()).toBe('Andre');
  });

  it('stops listening when the buttons are gone', async () => {
    const user = setup();
    cleanup();
    await user.keyboard('{Control>}z{/Control}');
    expect(title()).toBe('Andre');
  });
});
