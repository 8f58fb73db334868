// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { LiveSummary } from '../../src/ui/live-summary';

afterEach(cleanup);

describe('LiveSummary', () => {
  it('is a region named by its label, with one list item per figure, in order', () => {
    render(<LiveSummary label="Nøkkeltall" items={['Netto nåverdi: 1 kr', 'Silogap: 2 kr', 'Overført: 3 kr']} />);
    const region = screen.getByRole('region', { name: 'Nøkkeltall' });
    const items = within(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Netto nåverdi: 1 kr', 'Silogap: 2 kr', 'Overført: 3 kr']);
  });

  it.each([
    { items: [null, 'b', 'c'], shown: ['b', 'c'] },
    { items: ['a', null, 'c'], shown: ['a', 'c'] },
    { items: ['a', 'b', null], shown: ['a', 'b'] },
    { items: [null, null], shown: [] },
  ])('leaves out the null lines and keeps the rest in order: $items', ({ items, shown }) => {
    render(<LiveSummary label="S" items={items} />);
    expect(screen.queryAllByRole('listitem').map((li) => li.textContent)).toEqual(shown);
  });

  it.each([
    { busy: undefined, attr: null },
    { busy: false, attr: null },
    { busy: true, attr: 'true' },
  ])('says aria-busy only while new figures are on their way (busy: $busy)', ({ busy, attr }) => {
    render(<LiveSummary label="S" items={['a']} busy={busy} />);
    expect(screen.getByRole('region', { name: 'S' }).getAttribute('aria-busy')).toBe(attr);
  });

  it('is not a live region: figures are not read out on every keystroke', () => {
    render(<LiveSummary label="S" items={['a']} />);
    const region = screen.getByRole('region', { name: 'S' });
    expect(region.closest('[aria-live]')).toBeNull();
    expect(region.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });
});
