import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridRowLabel, namesBothEnds } from '../../../src/features/transfers/grid-row-label';

const route = ({ label, from, to }: { label: string; from: string; to: string }) => `${label}: ${from} → ${to}`;

describe('gridRowLabel', () => {
  it.each([
    // The cost-sharing agreement's own name already says the route: once is enough.
    ['Kostnadsdeling: Barnevern til Grunnskole', 'Barnevern', 'Grunnskole', 'Kostnadsdeling: Barnevern til Grunnskole'],
    ['Cost sharing: NAV stat to Grunnskole', 'NAV stat', 'Grunnskole', 'Cost sharing: NAV stat to Grunnskole'],
    ['kostnadsdeling: barnevern til grunnskole', 'Barnevern', 'Grunnskole', 'kostnadsdeling: barnevern til grunnskole'],
    // A name that says one end or none gets the route after it.
    ['Overføring 1', 'Barnevern', 'Grunnskole', 'Overføring 1: Barnevern → Grunnskole'],
    ['NAV betaler', 'NAV stat', 'Grunnskole', 'NAV betaler: NAV stat → Grunnskole'],
    ['Barnevern betaler', 'Barnevern', 'Grunnskole', 'Barnevern betaler: Barnevern → Grunnskole'],
  ])('%s (%s → %s) → %s', (label, from, to, expected) => {
    expect(gridRowLabel(label, from, to, route)).toBe(expected);
  });

  it('names each end at least once, and never repeats a route the name already gives', () => {
    const word = fc.stringMatching(/^[A-Za-zÆØÅæøå]{2,12}$/);
    fc.assert(
      fc.property(word, word, word, (prefix, from, to) => {
        const label = `${prefix}: ${from} til ${to}`;
        expect(namesBothEnds(label, from, to)).toBe(true);
        expect(gridRowLabel(label, from, to, route)).toBe(label);
        const plain = gridRowLabel(prefix, from, to, route);
        expect(plain).toContain(from);
        expect(plain).toContain(to);
      }),
    );
  });
});
