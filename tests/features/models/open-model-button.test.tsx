// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import youth from '../../../fixtures/youth-meets-elderly.model.json';
import { OpenModelButton } from '../../../src/features/models/open-model-button';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { resetAppStores } from '../../store/helpers';

const SCHOOL = 'Mestringskurs i ungdomsskolen';
const jsonFile = (value: unknown, name = 'modell.json') => new File([JSON.stringify(value)], name, { type: 'application/json' });

async function open(file: File) {
  const user = userEvent.setup();
  render(<OpenModelButton />);
  await user.upload(screen.getByTestId('open-model-input'), file);
}

beforeEach(resetAppStores);
afterEach(cleanup);

describe('opening a model file from the toolbar', () => {
  it('the button is named "Åpne …" and opens the hidden file input', async () => {
    const user = userEvent.setup();
    render(<OpenModelButton />);
    let clicked = false;
    screen.getByTestId('open-model-input').addEventListener('click', () => (clicked = true));
    await user.click(screen.getByRole('button', { name: /^Åpne/ }));
    expect(clicked).toBe(true);
  });

  it('a good file becomes a new, active model and the current one is kept', async () => {
    const before = useModelStore.getState().model;
    await open(jsonFile(youth));
    const s = useModelStore.getState();
    expect(s.model.title).toBe('Unge uten jobb møter ensomme eldre');
    expect(s.library.map((e) => e.model)).toContain(before);
    expect(await screen.findByRole('status')).toHaveTextContent('Unge uten jobb møter ensomme eldre');
  });

  it('a bad file changes nothing and lists its problems with their paths', async () => {
    const before = useModelStore.getState();
    await open(jsonFile({ format: 'gevinstkart-model', version: 1, startYear: 2027, years: 0, sectors: [] }, 'feil.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fila «feil.json» ble ikke åpnet, og ingenting er endret.');
    const paths = within(alert).getAllByRole('listitem').map((li) => li.querySelector('code')?.textContent);
    expect(paths).toEqual(expect.arrayContaining(['years', 'sectors']));
    const after = useModelStore.getState();
    expect(after.library).toBe(before.library);
    expect(after.model.title).toBe(SCHOOL);
  });

  it('a file that is not JSON says so, in English too', async () => {
    useLangStore.setState({ lang: 'en' });
    await open(new File(['{nope'], 'x.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not valid JSON');
  });

  it('the message can be dismissed', async () => {
    const user = userEvent.setup();
    render(<OpenModelButton />);
    await user.upload(screen.getByTestId('open-model-input'), new File(['{nope'], 'x.json'));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Lukk meldingen' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
