import { describe, expect, it } from 'vitest';
import { flowData } from '../../src/charts/flow-data';
import { sectorColor } from '../../src/ui/sector-colors';
import { calculate } from '../../src/engine/calculate';
import { EXAMPLES } from './examples';
import { ALL_LENSES, closeTo } from './lenses';

const cases = EXAMPLES.flatMap((ex) => ALL_LENSES.map((lens) => ({ ...ex, lens, label: `${ex.name} ${lens.value}/${lens.money}` })));

describe('flowData', () => {
  it.each(cases)('$label: payers flow into the measure and the measure flows out to gainers', ({ model, result, lens }) => {
    const data = flowData(result, model, lens, 'kr', 'Tiltaket');
    expect(data.nodes[0]).toMatchObject({ role: 'measure', name: 'Tiltaket' });
    for (const link of data.links) {
      expect(link.value).toBeGreaterThan(0);
      const [from, to] = [data.nodes[link.source]!, data.nodes[link.target]!];
      expect([from.role, to.role]).toEqual(from.role === 'payer' ? ['payer', 'measure'] : ['measure', 'gainer']);
    }
    // every node but the measure carries exactly one link, so none floats unconnected
    expect(data.links).toHaveLength(data.nodes.length - 1);
  });

  it.each(EXAMPLES)('$name, fiscal present values: what payers pay in is the total PV of costs', ({ model, result }) => {
    const data = flowData(result, model, { value: 'fiscal', money: 'pv' }, 'kr', 'M');
    const paid = data.links.filter((l) => data.nodes[l.source]!.role === 'payer').reduce((a, l) => a + l.value, 0);
    const payers = data.nodes.filter((n) => n.role === 'payer').map((n) => n.sectorId);
    expect(payers).toEqual(result.sectors.filter((s) => Number(s.pvCosts) > 0).map((s) => s.id));
    expect(closeTo(paid, result.totals.pvCosts, payers.length)).toBe(true);
    expect(closeTo(data.paidIn, result.totals.pvCosts)).toBe(true);
  });

  it.each(cases)('$label: in percent, each side adds up to 100', ({ model, result, lens }) => {
    const data = flowData(result, model, lens, 'percent', 'M');
    const side = (role: 'payer' | 'gainer') =>
      data.links.filter((l) => data.nodes[role === 'payer' ? l.source : l.target]!.role === role).reduce((a, l) => a + l.value, 0);
    expect(side('payer')).toBeCloseTo(100, 1);
    expect(side('gainer')).toBeCloseTo(100, 1);
  });

  it.each(cases)('$label: sector nodes wear the sector colour', ({ model, result, lens }) => {
    for (const node of flowData(result, model, lens, 'kr', 'M').nodes) {
      if (node.sectorId) expect(node.color).toBe(sectorColor(model.sectors, node.sectorId));
    }
  });

  it('draws a disbenefit as paying in and a user fee as a gain', () => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    const model = {
      ...school.model,
      costs: [...school.model.costs, { id: 'fee', label: 'fee', sector: 'pupils', kind: 'internal' as const, amounts: ['-1000'] }],
      benefits: [{ id: 'dis', label: 'dis', sector: 'nav', type: 'cashable' as const, amounts: ['-5000'], optimismBias: '0', deadweight: '0', attribution: '0', displacement: '0' }],
    };
    const data = flowData(calculate(model), model, { value: 'fiscal', money: 'budget' }, 'kr', 'M');
    const find = (role: string, id: string) => data.links.find((l) => {
      const n = data.nodes[role === 'payer' ? l.source : l.target]!;
      return n.role === role && n.sectorId === id;
    });
    expect(find('payer', 'nav')!.value).toBe(5000);
    expect(find('gainer', 'pupils')!.value).toBe(1000);
  });
});
