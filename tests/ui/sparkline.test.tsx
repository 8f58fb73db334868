// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { render, screen, within } from '@testing-library/react';
import { Sparkline, sparkGeometry } from '../../src/ui/sparkline';

const W = 100;
const H = 20;
const coords = (path: string) => [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('sparkGeometry', () => {
  it('an all-zero line lies flat in the middle', () => {
    const g = sparkGeometry(['0', '0', '0'], W, H);
    expect(coords(g.path).map((p) => p.y)).toEqual([H / 2, H / 2, H / 2]);
    expect(g.hasNegative).toBe(false);
  });

  it('a bigger value is drawn higher, and zero is the bottom for positive values', () => {
    const ys = coords(sparkGeometry(['0', '50', '100'], W, H).path).map((p) => p.y);
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
  });

  it('negative values put the zero line inside the box and below it lies the negative point', () => {
    const g = sparkGeometry(['-40000', '-40000', '60000'], W, H);
    expect(g.hasNegative).toBe(true);
    const ys = coords(g.path).map((p) => p.y);
    expect(ys[0]).toBeGreaterThan(g.zeroY);
    expect(ys[2]).toBeLessThan(g.zeroY);
  });

  it.each([
    { name: 'empty', values: [], points: 0 },
    { name: 'one year', values: ['5'], points: 2 },
    { name: 'unreadable text', values: ['abc', '1'], points: 2 },
  ])('$name: draws $points path points', ({ values, points }) => {
    expect(coords(sparkGeometry(values, W, H).path)).toHaveLength(points);
  });

  it('property: every point stays inside the box, whatever the values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false }), { maxLength: 40 }), (values) => {
        const g = sparkGeometry(values, W, H);
        expect(g.path).not.toMatch(/NaN|Infinity/);
        for (const p of coords(g.path)) {
          expect(p.x).toBeGreaterThanOrEqual(-4);
          expect(p.x).toBeLessThanOrEqual(W + 4);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(H);
        }
      }),
    );
  });
});

describe('<Sparkline>', () => {
  it('is an image with a name, and its figures are a list tied to it for screen readers', () => {
    render(<Sparkline values={['1', '2']} label="Gain per year" valueTexts={['2027: 1 kr', '2028: 2 kr']} />);
    const img = screen.getByRole('img', { name: 'Gain per year' });
    const listId = img.getAttribute('aria-describedby');
    expect(listId).toBeTruthy();
    const list = document.getElementById(listId!)!;
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2027: 1 kr', '2028: 2 kr']);
  });
});
