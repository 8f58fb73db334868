import { describe, expect, it } from 'vitest';
import { sharingData } from '../../src/charts/sharing-data';
import { EXAMPLES } from './examples';

describe('sharingData', () => {
  it.each(EXAMPLES)('$name: before is the NPV today, after the NPV under the equal-return split', ({ model, result }) => {
    const rows = sharingData(result, model);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.before).toBe(Number(result.sectors.find((s) => s.id === r.id)!.npv));
      expect(r.after).toBe(Number(result.costSharing!.find((c) => c.sector === r.id)!.npvAfter));
    }
  });

  it.each(EXAMPLES)('$name: after the split no sector with a fiscal gain is below zero', ({ model, result }) => {
    for (const r of sharingData(result, model)) expect(r.after).toBeGreaterThanOrEqual(0);
  });

  it('is empty when there is no split (no costs)', () => {
    const { model, result } = EXAMPLES[0]!;
    expect(sharingData({ ...result, costSharing: null }, model)).toEqual([]);
  });

  it('leaves out sectors untouched by both (households see no budget effect)', () => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    expect(sharingData(school.result, school.model).map((r) => r.id)).not.toContain('pupils');
  });
});
