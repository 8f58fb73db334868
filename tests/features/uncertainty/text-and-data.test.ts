import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculate } from '../../../src/engine/calculate';
import { parseModel } from '../../../src/engine/parse';
import type { Model } from '../../../src/engine/model';
import { uncertainInputs } from '../../../src/engine/uncertainty/inputs';
import { switchingValues } from '../../../src/engine/uncertainty/switching';
import { translator } from '../../../src/i18n/catalog';
import { formatPercent } from '../../../src/i18n/format';
import { breakEvenText } from '../../../src/charts/break-even-text';
import { uncertaintyMessages } from '../../../src/features/uncertainty/messages';
import { compareScenarios } from '../../../src/features/uncertainty/scenario-compare';
import { cellClass, defaultAxes, gridCandidates } from '../../../src/features/uncertainty/two-way-section';
import { tornadoDomain, tornadoRows } from '../../../src/features/uncertainty/tornado-data';
import { sameSimulationInputs } from '../../../src/features/uncertainty/use-simulation';
import { tornado } from '../../../src/engine/uncertainty/sensitivity';
import { aCohortBenefit, aModel } from '../../builders';

const school = (() => {
  const parsed = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!parsed.ok) throw new Error('school');
  return parsed.model;
})();
const t = translator(uncertaintyMessages, 'nb');

describe('breakEvenText', () => {
  it('states the common effect share for the school example, from the exact break-even value', () => {
    const s = switchingValues(school);
    const text = breakEvenText(school, s, 'nb', t);
    expect(text.headline[0]).toContain(formatPercent(s.effectScale!.value, 'nb', 2, { trim: true }));
    expect(text.headline.some((h) => h.includes('4 år'))).toBe(true);
  });

  it('turns the common share into "1 in N" for the gain that carries the measure (child welfare in the school example)', () => {
    const s = switchingValues(school);
    const main = s.lines.reduce((a, b) => (Number(b.contribution) > Number(a.contribution) ? b : a));
    expect(main.benefitId).toBe('cw');
    const n = Math.floor(1 / (0.01 * Number(s.effectScale!.value)));
    const sentence = breakEvenText(school, s, 'nb', t).headline[1]!;
    expect(sentence).toContain('Færre barnevernstiltak');
    expect(sentence.replace(/\s/g, ' ')).toContain(`minst 1 av ${n} deltakere`);
    expect(sentence).toContain('1 av 100');
  });

  it('says "1 in N participants" when the line alone must carry the measure', () => {
    // One pupil cohort of 10, cost 100 000 × 2 years: the effect must be large enough to pay.
    const model = aModel({ benefits: [aCohortBenefit({ effect: '0.5', lag: 0 })] });
    const s = switchingValues(model);
    const line = breakEvenText(model, s, 'en', translator(uncertaintyMessages, 'en')).lines[0]!;
    const n = Math.floor(1 / Number(s.lines[0]!.effect!.value));
    expect(line.text).toMatch(new RegExp(`at least 1 in ${n} participants`));
  });

  it('a line the measure does not need says so', () => {
    const model: Model = aModel({ benefits: [aCohortBenefit({ effect: '0.5', lag: 0 }), aCohortBenefit({ id: 'small', effect: '0.001', lag: 0 })] });
    const text = breakEvenText(model, switchingValues(model), 'nb', t);
    expect(text.lines[1]!.text).toMatch(/også uten denne gevinsten/);
  });
});

describe('compareScenarios', () => {
  it('puts the base model first and computes each scenario exactly; an invalid one has no figures', () => {
    const model: Model = {
      ...school,
      scenarios: [
        { id: 'pess', name: 'Pessimistisk', overrides: [{ kind: 'cost', id: 'course', field: 'factor', value: '1.5' }] },
        { id: 'bad', name: 'Feil', overrides: [{ kind: 'cost', id: 'gone', field: 'factor', value: '2' }] },
      ],
    };
    const columns = compareScenarios(model, 'Grunnmodell');
    expect(columns.map((c) => c.name)).toEqual(['Grunnmodell', 'Pessimistisk', 'Feil']);
    expect(columns[0]!.totals!.npvFiscal).toBe(calculate(school).totals.npvFiscal);
    expect(Number(columns[1]!.totals!.npvFiscal)).toBeLessThan(Number(columns[0]!.totals!.npvFiscal));
    expect(columns[2]!.totals).toBeNull();
  });
});

describe('two-way choices', () => {
  const inputs = uncertainInputs(school);

  it('offers only inputs whose likely value is not zero, and starts with an effect and a cost factor', () => {
    const candidates = gridCandidates(inputs);
    expect(candidates.every((i) => Number(i.likely) !== 0)).toBe(true);
    const [x, y] = defaultAxes(candidates)!;
    expect(x).toMatch(/^benefit:.*:effect$/);
    expect(y).toMatch(/^cost:/);
  });

  it.each([
    [100, 0, 100, 'heat-pos-3'],
    [10, 0, 100, 'heat-pos-1'],
    [-60, 0, 100, 'heat-neg-2'],
    [0, 0, 100, 'heat-zero'],
    [null, 1, 2, 'heat-none'],
    [0.5, 1, 2, 'heat-neg-1'],
  ])('cellClass(%s, threshold %s, extent %s) = %s', (value, threshold, extent, expected) => {
    expect(cellClass(value, threshold, extent)).toBe(expected);
  });
});

describe('tornado rows', () => {
  const result = tornado(school, { kind: 'fiscal' });
  const rows = tornadoRows(school, result, t);

  it('leave out inputs that move nothing, keep the order by swing, and run from the starting point', () => {
    expect(rows.length).toBe(result.bars.filter((b) => b.swing !== '0.00').length);
    expect(rows.every((r) => r.low[0] === Number(result.base) && r.high[0] === Number(result.base))).toBe(true);
    expect(rows[0]!.name).toBe(`${rows[0]!.line} – ${rows[0]!.field}`);
  });

  it('the axis covers every bar end and the starting point', () => {
    const [lo, hi] = tornadoDomain(rows, Number(result.base));
    for (const r of rows) for (const v of [r.low[1], r.high[1]]) expect(v >= lo && v <= hi).toBe(true);
  });
});

describe('sameSimulationInputs', () => {
  it('ignores scenarios and titles, not lines or settings', () => {
    expect(sameSimulationInputs(school, { ...school, title: 'x', scenarios: [] })).toBe(true);
    expect(sameSimulationInputs(school, { ...school, costs: [...school.costs] })).toBe(false);
    expect(sameSimulationInputs(school, { ...school, simulation: { seed: 2, runs: 100, distribution: 'pert' } })).toBe(false);
  });
});
