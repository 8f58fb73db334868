import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import { runChunked } from '../../src/engine/uncertainty/chunked';
import { tornado } from '../../src/engine/uncertainty/sensitivity';
import { startSimulation } from '../../src/engine/uncertainty/simulate';
import { switchingValues } from '../../src/engine/uncertainty/switching';
import {
  DEFAULT_SIMULATION, activeSectors, isQuick, summaryOptions, uncertaintySummaryData,
} from '../../src/charts/uncertainty-summary-data';
import { aSector } from '../builders';

const load = (name: string): Model => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../fixtures', name), 'utf8')));
  if (!o.ok) throw new Error(name);
  return o.model;
};
const school = load('school-coping-course.model.json');
const youth = load('youth-meets-elderly.model.json');

describe('uncertaintySummaryData', () => {
  it('gives the same figures twice with the same seed', () => {
    expect(uncertaintySummaryData(school)).toEqual(uncertaintySummaryData(school));
  });

  it.each([
    ['school, defaults', school],
    ['school, own settings', { ...school, simulation: { seed: 42, runs: 2000, distribution: 'triangular' as const } }],
    ['youth', youth],
  ])('matches the engine’s own chunked simulation (%s)', async (_name, model) => {
    const options = summaryOptions(model);
    const sim = await runChunked(startSimulation(model, options), { chunk: 333, onProgress: () => {}, isCancelled: () => false, pause: async () => {} });
    const data = uncertaintySummaryData(model);
    expect(sim).not.toBeNull();
    expect(data.seed).toBe(options.seed);
    expect(data.runs).toBe(options.runs);
    expect(data.fiscal).toBe(sim!.fiscal.probPositive);
    for (const s of data.sectors) expect(s.prob).toBe(sim!.sectors.find((x) => x.id === s.id)!.summary.probPositive);
    for (const l of data.levels) expect(l.prob).toBe(sim!.levels.find((x) => x.level === l.level)!.summary.probPositive);
  });

  it('uses the issue’s defaults without stored settings, and the model’s settings otherwise', () => {
    expect(summaryOptions({ ...school, simulation: undefined })).toEqual({ seed: 1, runs: 10_000, distribution: 'pert' });
    expect(DEFAULT_SIMULATION.runs).toBe(10_000);
    expect(summaryOptions({ ...school, simulation: { seed: 7, runs: 500, distribution: 'triangular' } })).toEqual({ seed: 7, runs: 500, distribution: 'triangular' });
  });

  it('lists only budget holders that some line touches, and their levels', () => {
    const idle = aSector({ id: 'idle', name: 'Idle', level: 'county' });
    const model: Model = { ...school, sectors: [...school.sectors, idle], simulation: { seed: 3, runs: 300, distribution: 'pert' } };
    const data = uncertaintySummaryData(model);
    expect(data.sectors.map((s) => s.id)).toEqual(school.sectors.map((s) => s.id).filter((id) => activeSectors(model).has(id)));
    expect(data.sectors.some((s) => s.id === 'idle')).toBe(false);
    expect(data.levels.some((l) => l.level === 'county')).toBe(false);
    // Pupils and families hold social gains only: no budget of theirs moves.
    expect(data.sectors.some((s) => s.id === 'pupils')).toBe(false);
    expect(data.levels.some((l) => l.level === 'household')).toBe(false);
    expect(data.sectors.map((s) => s.id)).toContain('childwelfare');
    for (const p of [data.fiscal, ...data.sectors.map((s) => s.prob), ...data.levels.map((l) => l.prob)]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('names the three largest non-zero swings of the fiscal tornado, and the exact break-even values', () => {
    const data = uncertaintySummaryData({ ...school, simulation: { seed: 1, runs: 200, distribution: 'pert' } });
    const bars = tornado(school, { kind: 'fiscal' }).bars.filter((b) => Number(b.swing) !== 0);
    expect(data.top.map((b) => b.input.key)).toEqual(bars.slice(0, 3).map((b) => b.input.key));
    expect(data.top).toHaveLength(3);
    expect(Number(data.top[0]!.swing)).toBeGreaterThanOrEqual(Number(data.top[2]!.swing));
    expect(data.switching).toEqual(switchingValues(school));
  });

  it('treats the examples as quick enough to compute at print time', () => {
    expect(isQuick(school)).toBe(true);
    expect(isQuick(youth)).toBe(true);
    expect(isQuick({ ...school, simulation: { seed: 1, runs: 100_000, distribution: 'pert' } })).toBe(false);
  });
});
