/**
 * Pure edits of transfers (cost-sharing agreements): `from` pays `to` `amounts[i]` in
 * year i (spec §1). Every edit keeps a transfer's two ends different and existing.
 */
import type { DecimalString, Model, SectorId, Transfer } from '../../engine/model';
import { mergeYearValues, uniqueId } from '../../ui/line-list';

/** A transfer needs two different sectors, so the screen offers "add" only from two. */
export function canAddTransfer(model: Model): boolean {
  return model.sectors.length >= 2;
}

/**
 * Adds an agreement from the first sector (usually the one that pays for the measure's
 * gains) to the second, zero in every year of the horizon. Returns null with fewer than two sectors.
 */
export function addTransfer(model: Model, label: string): { model: Model; id: string } | null {
  const [from, to] = model.sectors;
  if (!from || !to) return null;
  const id = uniqueId('transfer', model.transfers.map((t) => t.id));
  const transfer: Transfer = { id, label, from: from.id, to: to.id, amounts: Array.from({ length: model.years }, () => '0') };
  return { model: { ...model, transfers: [...model.transfers, transfer] }, id };
}

export function deleteTransfer(model: Model, id: string): Model {
  return { ...model, transfers: model.transfers.filter((t) => t.id !== id) };
}

function patch(model: Model, id: string, change: (t: Transfer) => Transfer): Model {
  return { ...model, transfers: model.transfers.map((t) => (t.id === id ? change(t) : t)) };
}

export function setTransferLabel(model: Model, id: string, label: string): Model {
  return patch(model, id, (t) => ({ ...t, label }));
}

export type EndsCheck = { ok: true; model: Model } | { ok: false; code: 'sameSector' | 'unknownSector' };

/**
 * Changes who pays or who receives. Choosing for one end the sector at the other end
 * swaps the two, so that with only two sectors a transfer can still run either way;
 * asking for the same sector at both ends is refused.
 */
export function setTransferEnds(model: Model, id: string, ends: { from?: SectorId; to?: SectorId }): EndsCheck {
  const transfer = model.transfers.find((t) => t.id === id);
  if (!transfer) return { ok: true, model };
  let from = ends.from ?? transfer.from;
  let to = ends.to ?? transfer.to;
  if (ends.to === undefined && from === transfer.to) to = transfer.from;
  if (ends.from === undefined && to === transfer.from) from = transfer.to;
  if (!model.sectors.some((s) => s.id === from) || !model.sectors.some((s) => s.id === to)) return { ok: false, code: 'unknownSector' };
  if (from === to) return { ok: false, code: 'sameSector' };
  return { ok: true, model: patch(model, id, (t) => ({ ...t, from, to })) };
}

/** Sets the amounts of the years on screen; entries beyond the horizon are kept. */
export function setTransferAmounts(model: Model, id: string, visible: readonly DecimalString[]): Model {
  return patch(model, id, (t) => ({ ...t, amounts: mergeYearValues(t.amounts, visible, model.years) }));
}
