// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcesFieldset } from '../../../src/features/measure/sources-fieldset';
import { useModelStore } from '../../../src/store/model-store';
import { useLangStore } from '../../../src/i18n/lang-store';
import { aModel } from '../sectors/a-model';

const sources = () => useModelStore.getState().model.sources;

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(aModel());
});
afterEach(cleanup);

describe('SourcesFieldset', () => {
  it('adds sources with Enter or the button, and says so', async () => {
    const user = userEvent.setup();
    render(<SourcesFieldset />);
    expect(screen.getByText('Ingen kilder er lagt inn ennå.')).toBeInTheDocument();
    const input = screen.getByRole('textbox', { name: 'Ny kilde' });
    await user.type(input, 'SSB, KOSTRA 2024{Enter}');
    await user.type(input, 'Helsedirektoratet');
    await user.click(screen.getByRole('button', { name: 'Legg til kilde' }));
    expect(sources()).toEqual(['SSB, KOSTRA 2024', 'Helsedirektoratet']);
    expect(input).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('Kilden «Helsedirektoratet» er lagt til.');
    expect(screen.getByRole('textbox', { name: 'Kilde 2' })).toHaveValue('Helsedirektoratet');
  });

  it('refuses to add a blank source, with a message linked to the field', async () => {
    const user = userEvent.setup();
    render(<SourcesFieldset />);
    const input = screen.getByRole('textbox', { name: 'Ny kilde' });
    await user.type(input, '   {Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Skriv kilden før du legger den til.'));
    expect('sources' in useModelStore.getState().model).toBe(false);
  });

  it('edits a source in place and refuses to blank it', async () => {
    const user = userEvent.setup();
    useModelStore.getState().replace(aModel({ sources: ['SSB', 'NAV'] }));
    render(<SourcesFieldset />);
    const second = screen.getByRole('textbox', { name: 'Kilde 2' });
    await user.clear(second);
    await user.type(second, 'NAV, statistikk 2024{Enter}');
    expect(sources()).toEqual(['SSB', 'NAV, statistikk 2024']);
    await user.clear(second);
    await user.tab();
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(sources()).toEqual(['SSB', 'NAV, statistikk 2024']);
  });

  it('deletes the chosen source, keeps the others in their fields, and moves focus to the new-source field', async () => {
    const user = userEvent.setup();
    useModelStore.getState().replace(aModel({ sources: ['SSB', 'KOSTRA', 'NAV'] }));
    render(<SourcesFieldset />);
    await user.click(screen.getByRole('button', { name: 'Slett kilde 1' }));
    expect(sources()).toEqual(['KOSTRA', 'NAV']);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('textbox').map((f) => (f as HTMLInputElement).value)).toEqual(['KOSTRA', 'NAV']);
    expect(screen.getByRole('textbox', { name: 'Ny kilde' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Kilden «SSB» er slettet.');
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    useLangStore.getState().setLang('en');
    useModelStore.getState().replace(aModel({ sources: ['SSB'] }));
    render(<SourcesFieldset />);
    expect(screen.getByRole('textbox', { name: 'Source 1' })).toHaveValue('SSB');
    await user.type(screen.getByRole('textbox', { name: 'New source' }), 'FHI{Enter}');
    expect(sources()).toEqual(['SSB', 'FHI']);
    await user.click(screen.getByRole('button', { name: 'Delete source 2' }));
    expect(sources()).toEqual(['SSB']);
  });
});
