import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshColor } from '../../../src/ui/sector-colors';
import {
  addSector,
  canDeleteSector,
  deleteSector,
  moveSector,
  renameSector,
  sectorUsage,
  setSectorColor,
  slugify,
  transfersLostOnMove,
  uniqueSectorId,
} from '../../../src/features/sectors/sector-edits';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { SECTOR_PALETTE, sectorColor } from '../../../src/ui/sector-colors';
import { aCostLine, aDirectBenefit, aSector, aTransfer } from '../../builders';
import { aModel } from './a-model';

describe('slugify', () => {
  it.each([
    ['Helse og omsorg', 'helse-og-omsorg'],
    ['Sosialtjenesten i NAV (økonomisk sosialhjelp)', 'sosialtjenesten-i-nav-okonomisk'],
    ['Kontor for voksenopplæring og introduksjonsprogram', 'kontor-for-voksenopplaering-og'],
    ['Bufetat — Region Sør', 'bufetat-region-sor'],
    ['Frivillig sektor & Røde Kors', 'frivillig-sektor-rode-kors'],
    ['Særskilt tilskudd, Åfjord', 'saerskilt-tilskudd-afjord'],
    ['   ', 'sector'],
    ['!!!', 'sector'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('gives only lower-case letters, digits and single inner hyphens, at most 40 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (name) => {
        const slug = slugify(name);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(40);
      }),
    );
  });
});

describe('uniqueSectorId', () => {
  it.each([
    ['kom-barnehage', [], 'kom-barnehage'],
    ['kom-barnehage', ['kom-barnehage'], 'kom-barnehage-2'],
    ['kom-barnehage', ['kom-barnehage', 'kom-barnehage-2'], 'kom-barnehage-3'],
  ])('%s among %j → %s', (base, taken, id) => {
    expect(uniqueSectorId(base, taken)).toBe(id);
  });
});

describe('addSector', () => {
  it('appends a sector whose id comes from the preset id, kept unique', () => {
    const once = addSector(aModel(), { name: 'Barnehage', level: 'municipal', baseId: 'kom-barnehage' });
    const twice = addSector(once.model, { name: 'Barnehage', level: 'municipal', baseId: 'kom-barnehage' });
    expect(once.id).toBe('kom-barnehage');
    expect(twice.id).toBe('kom-barnehage-2');
    expect(twice.model.sectors.map((s) => s.id)).toEqual(['school', 'cw', 'nav', 'kom-barnehage', 'kom-barnehage-2']);
  });

  it('derives a custom sector id from the name and trims the name', () => {
    const { model, id } = addSector(aModel(), { name: '  Frivillighetssentralen ', level: 'voluntary' });
    expect(id).toBe('frivillighetssentralen');
    expect(model.sectors.at(-1)).toMatchObject({ id, name: 'Frivillighetssentralen', level: 'voluntary' });
  });

  it('gives a new sector a palette colour that no other sector shows yet', () => {
    const base = aModel();
    const shown = base.sectors.map((s) => sectorColor(base.sectors, s.id));
    const { model, id } = addSector(base, { name: 'Ny', level: 'state' });
    const color = sectorColor(model.sectors, id);
    expect(SECTOR_PALETTE).toContain(color);
    expect(shown).not.toContain(color);
  });

  it('does not change the input model', () => {
    const base = aModel();
    const copy = structuredClone(base);
    addSector(base, { name: 'Ny', level: 'state' });
    expect(base).toEqual(copy);
  });
});

describe('rename and recolour', () => {
  it('refuses a blank name and keeps the last one', () => {
    expect(renameSector(aModel(), 'cw', '   ').sectors[1]!.name).toBe('Barnevern');
    expect(renameSector(aModel(), 'cw', ' Barnevernstjenesten ').sectors[1]!.name).toBe('Barnevernstjenesten');
  });

  it.each(['#ABCDEF', '#00ff00'])('accepts colour %s', (c) => {
    expect(setSectorColor(aModel(), 'nav', c).sectors[2]!.color).toBe(c.toLowerCase());
  });

  it.each(['red', '#fff', 'javascript:alert(1)', '#12345g'])('ignores colour %s', (c) => {
    expect(setSectorColor(aModel(), 'nav', c).sectors[2]!.color).toBeUndefined();
  });
});

describe('moveSector', () => {
  it.each([
    ['cw', -1, ['cw', 'school', 'nav']],
    ['cw', 1, ['school', 'nav', 'cw']],
    ['school', -1, ['school', 'cw', 'nav']],
    ['nav', 1, ['school', 'cw', 'nav']],
  ] as const)('%s by %i gives %j', (id, dir, order) => {
    expect(moveSector(aModel(), id, dir).sectors.map((s) => s.id)).toEqual(order);
  });

  it('keeps every sector its colour when the order changes', () => {
    const base = aModel();
    const moved = moveSector(base, 'school', 1);
    for (const s of base.sectors) expect(sectorColor(moved.sectors, s.id)).toBe(sectorColor(base.sectors, s.id));
  });
});

describe('deleteSector', () => {
  it('lists exactly what uses a sector', () => {
    const usage = sectorUsage(aModel(), 'school');
    expect(usage.costs.map((c) => c.id)).toEqual(['course', 'time']);
    expect(usage.benefits).toEqual([]);
    expect(usage.transfers.map((t) => t.id)).toEqual(['share-cw', 'share-nav']);
  });

  it('moves lines and transfers to the chosen sector and drops transfers that would pay themselves', () => {
    const base = aModel();
    expect(transfersLostOnMove(base, 'school', 'cw').map((t) => t.id)).toEqual(['share-cw']);
    const after = deleteSector(base, 'school', { mode: 'move', to: 'cw' });
    expect(after.sectors.map((s) => s.id)).toEqual(['cw', 'nav']);
    expect(after.costs.map((c) => c.sector)).toEqual(['cw', 'cw']);
    expect(after.transfers).toEqual([{ ...base.transfers[1]!, to: 'cw' }]);
  });

  it('with "delete" removes the lines and transfers that use it and leaves the rest alone', () => {
    const base = aModel();
    const after = deleteSector(base, 'cw', { mode: 'delete' });
    expect(after.benefits.map((b) => b.id)).toEqual(['benefits']);
    expect(after.transfers.map((t) => t.id)).toEqual(['share-nav']);
    expect(after.costs).toEqual(base.costs);
  });

  it.each<[string, string, Parameters<typeof deleteSector>[2]]>([
    ['an unknown sector', 'nope', { mode: 'delete' }],
    ['a move to itself', 'cw', { mode: 'move', to: 'cw' }],
    ['a move to an unknown sector', 'cw', { mode: 'move', to: 'nope' }],
  ])('refuses %s and returns the model unchanged', (_, id, choice) => {
    const base = aModel();
    expect(deleteSector(base, id, choice)).toBe(base);
  });

  it('never deletes the last sector', () => {
    const one = aModel({ sectors: [{ id: 'school', name: 'Skole', level: 'municipal' }], benefits: [], transfers: [] });
    expect(canDeleteSector(one, 'school')).toBe(false);
    expect(deleteSector(one, 'school', { mode: 'delete' })).toBe(one);
  });

  it('keeps the colours of the sectors that stay', () => {
    const base = aModel();
    const after = deleteSector(base, 'school', { mode: 'delete' });
    for (const s of after.sectors) expect(sectorColor(after.sectors, s.id)).toBe(sectorColor(base.sectors, s.id));
  });
});

describe('freshColor', () => {
  it('falls back to a palette colour when every one is taken', () => {
    const sectors = SECTOR_PALETTE.map((color, i) => ({ id: `s${i}`, name: `S${i}`, level: 'state' as const, color }));
    expect(SECTOR_PALETTE).toContain(freshColor(sectors));
  });
});

/** Models with 2–6 sectors and lines/transfers pointing at random sectors. */
const modelArb = fc.integer({ min: 2, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `s${i}`);
  const ref = fc.constantFrom(...ids);
  const pair = fc.tuple(ref, ref).filter(([a, b]) => a !== b);
  return fc.record({
    ids: fc.constant(ids),
    costs: fc.array(ref, { maxLength: 6 }),
    benefits: fc.array(ref, { maxLength: 6 }),
    transfers: fc.array(pair, { maxLength: 6 }),
    victim: ref,
    target: ref,
  });
});

function build(g: { ids: string[]; costs: string[]; benefits: string[]; transfers: [string, string][] }): Model {
  return aModel({
    sectors: g.ids.map((id) => aSector({ id, name: id.toUpperCase() })),
    costs: g.costs.map((sector, i) => aCostLine({ id: `c${i}`, label: `C${i}`, sector, kind: 'internal', amounts: ['1', '2', '3'] })),
    benefits: g.benefits.map((sector, i) => aDirectBenefit({ id: `b${i}`, label: `B${i}`, sector, amounts: ['1'] })),
    transfers: g.transfers.map(([from, to], i) => aTransfer({ id: `t${i}`, label: `T${i}`, from, to, amounts: ['5'] })),
  });
}

function danglingRefs(m: Model): string[] {
  const ids = new Set(m.sectors.map((s) => s.id));
  const refs = [...m.costs.map((c) => c.sector), ...m.benefits.map((b) => b.sector), ...m.transfers.flatMap((t) => [t.from, t.to])];
  return refs.filter((r) => !ids.has(r));
}

describe('properties', () => {
  it('after "move to X" every reference names an existing sector and the model still parses', () => {
    fc.assert(
      fc.property(modelArb, (g) => {
        fc.pre(g.victim !== g.target);
        const before = build(g);
        const after = deleteSector(before, g.victim, { mode: 'move', to: g.target });
        expect(danglingRefs(after)).toEqual([]);
        expect(after.transfers.every((t) => t.from !== t.to)).toBe(true);
        expect(parseModel(after).ok).toBe(true);
        // Moving never loses a line; only transfers between the two sectors go.
        expect(after.costs.length).toBe(before.costs.length);
        expect(after.benefits.length).toBe(before.benefits.length);
        expect(after.transfers.length).toBe(before.transfers.length - transfersLostOnMove(before, g.victim, g.target).length);
      }),
    );
  });

  it('after "delete" no line names the sector, every other line is untouched, and the model still parses', () => {
    fc.assert(
      fc.property(modelArb, (g) => {
        const before = build(g);
        const after = deleteSector(before, g.victim, { mode: 'delete' });
        expect(danglingRefs(after)).toEqual([]);
        expect(after.costs).toEqual(before.costs.filter((c) => c.sector !== g.victim));
        expect(after.benefits).toEqual(before.benefits.filter((b) => b.sector !== g.victim));
        expect(parseModel(after).ok).toBe(true);
      }),
    );
  });

  it('reordering is a permutation: the same sectors, each with its colour', () => {
    fc.assert(
      fc.property(modelArb, fc.boolean(), (g, up) => {
        const before = build(g);
        const after = moveSector(before, g.victim, up ? -1 : 1);
        expect([...after.sectors.map((s) => s.id)].sort()).toEqual([...before.sectors.map((s) => s.id)].sort());
        for (const s of before.sectors) expect(sectorColor(after.sectors, s.id)).toBe(sectorColor(before.sectors, s.id));
      }),
    );
  });
});
