import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addTransfer, canAddTransfer, deleteTransfer, setTransferAmounts, setTransferEnds, setTransferLabel,
} from '../../../src/features/transfers/transfer-edits';
import { parseModel } from '../../../src/engine/parse';
import { aModel } from '../sectors/a-model';

describe('addTransfer', () => {
  it('adds a zero agreement from the first sector to the second with a fresh id', () => {
    const added = addTransfer(aModel({ years: 4 }), 'Avtale')!;
    expect(added.id).not.toMatch(/^share-/);
    expect(added.model.transfers.at(-1)).toEqual({ id: added.id, label: 'Avtale', from: 'school', to: 'cw', amounts: ['0', '0', '0', '0'] });
    const again = addTransfer(added.model, 'Avtale')!;
    expect(again.id).not.toBe(added.id);
    expect(parseModel(again.model).ok).toBe(true);
  });

  it('is refused with fewer than two sectors', () => {
    const one = aModel({ sectors: [{ id: 'school', name: 'Skole', level: 'municipal' }], benefits: [], transfers: [] });
    expect(canAddTransfer(one)).toBe(false);
    expect(addTransfer(one, 'x')).toBeNull();
  });
});

describe('setTransferEnds', () => {
  it.each([
    [{ from: 'school', to: 'school' }, { ok: false, code: 'sameSector' }],
    [{ to: 'ghost' }, { ok: false, code: 'unknownSector' }],
  ])('refuses %j on cw → school', (ends, expected) => {
    expect(setTransferEnds(aModel(), 'share-cw', ends)).toEqual(expected);
  });

  it.each([[{ from: 'school' }], [{ to: 'cw' }]])('choosing the other end’s sector with %j swaps the ends', (ends) => {
    const out = setTransferEnds(aModel(), 'share-cw', ends);
    expect(out.ok && out.model.transfers[0]).toMatchObject({ from: 'school', to: 'cw' });
  });

  it('changes an end when the two still differ', () => {
    const out = setTransferEnds(aModel(), 'share-cw', { to: 'nav' });
    expect(out.ok && out.model.transfers[0]).toMatchObject({ from: 'cw', to: 'nav' });
  });

  it('never produces a transfer to itself, whatever is asked', () => {
    const ids = ['school', 'cw', 'nav'];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (from, to) => {
        for (const ends of [{ from, to }, { from }, { to }]) {
          const out = setTransferEnds(aModel(), 'share-nav', ends);
          if (out.ok) expect(out.model.transfers.every((t) => t.from !== t.to)).toBe(true);
          else expect(ends).toEqual({ from, to: from });
        }
      }),
    );
  });
});

describe('amounts, label, delete', () => {
  it('sets the visible years and keeps entries beyond the horizon', () => {
    const m = aModel({ years: 2 });
    const out = setTransferAmounts(m, 'share-cw', ['7', '8']);
    expect(out.transfers[0]!.amounts).toEqual(['7', '8', '50']);
  });

  it('renames and deletes only the transfer asked for', () => {
    const m = deleteTransfer(setTransferLabel(aModel(), 'share-nav', 'NAV-avtale'), 'share-cw');
    expect(m.transfers.map((t) => [t.id, t.label])).toEqual([['share-nav', 'NAV-avtale']]);
  });
});
