// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Bar, BarChart, Line, LineChart, ReferenceLine } from 'recharts';
import { BAR_MARGIN, CategoryAxes, YearAxes } from '../../src/charts/chart-axes';
import { useLangStore } from '../../src/i18n/lang-store';

const NBSP = '\u00a0';

beforeEach(() => useLangStore.getState().setLang('nb'));
afterEach(cleanup);

const tickTexts = (container: HTMLElement, axis: 'x' | 'y') =>
  [...container.querySelectorAll(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`)].map((el) => el.textContent);

describe('YearAxes', () => {
  const rows = [{ year: 2027, net: -1_500_000 }, { year: 2028, net: 2_000_000 }];

  it('labels years across and thousands of kroner up the side, with a line at zero', () => {
    const { container } = render(
      <LineChart data={rows} width={600} height={300}>
        <YearAxes />
        <Line dataKey="net" name="Netto" isAnimationActive={false} />
      </LineChart>,
    );
    expect(tickTexts(container, 'x')).toEqual(['2027', '2028']);
    const y = tickTexts(container, 'y');
    expect(y).toContain(`2${NBSP}000`);
    expect(y.filter((v) => v!.includes('kr'))).toEqual([]);
    expect(screen.getByText('tusen kr')).toBeInTheDocument();
    expect(container.querySelector('.recharts-reference-line-line[y="0"]')).not.toBeNull();
    expect(screen.getByText('Netto')).toBeInTheDocument();
  });

  it("draws the chart's own marks after the grid and before the zero line", () => {
    const { container } = render(
      <LineChart data={rows} width={600} height={300}>
        <YearAxes zeroLineWidth={1.5}>
          <ReferenceLine x={2028} stroke="#000" strokeDasharray="4 3" />
        </YearAxes>
        <Line dataKey="net" isAnimationActive={false} />
      </LineChart>,
    );
    const lines = [...container.querySelectorAll('.recharts-reference-line-line')];
    expect(lines.map((l) => [l.getAttribute('x'), l.getAttribute('y')])).toEqual([['2028', null], [null, '0']]);
    expect(lines[1]!.getAttribute('stroke-width')).toBe('1.5');
  });
});

describe('CategoryAxes', () => {
  const rows = [{ name: 'Grunnskole', v: -1_000_000 }, { name: 'Barnevern', v: 3_000_000 }];

  it('puts one named row per category, with its colour swatch where it has one, and kroner across', () => {
    const { container } = render(
      <BarChart layout="vertical" data={rows} margin={BAR_MARGIN} width={700} height={200}>
        <CategoryAxes colors={['#123456', null]} />
        <Bar dataKey="v" name="Netto" isAnimationActive={false} />
      </BarChart>,
    );
    const swatches = [...container.querySelectorAll('.recharts-yAxis-tick-labels rect')].map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual(['#123456']);
    expect(container.querySelectorAll('.recharts-yAxis-tick-labels title')).toHaveLength(2);
    expect([...container.querySelectorAll('.recharts-yAxis-tick-labels title')].map((t) => t.textContent)).toEqual(['Grunnskole', 'Barnevern']);
    expect(tickTexts(container, 'x')).toContain('0');
    expect(screen.getByText('tusen kr')).toBeInTheDocument();
    expect(container.querySelector('.recharts-reference-line-line[x="0"]')).not.toBeNull();
  });
});
