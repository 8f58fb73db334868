/**
 * Pure edits of the model's sectors. Each takes a model and returns a new one (never
 * mutates), so the store can keep every step for undo. Every edit keeps the model valid
 * by spec §1: ids unique, every reference names an existing sector, a transfer's two
 * ends differ, at least one sector.
 */
import type { BenefitLine, CostLine, Level, Model, Sector, SectorId, Transfer } from '../../engine/model';
import { freshColor, pinSectorColors } from '../../ui/sector-colors';

export interface SectorUsage {
  costs: CostLine[];
  benefits: BenefitLine[];
  transfers: Transfer[];
}

/** The lines and transfers that name this sector. */
export function sectorUsage(model: Model, id: SectorId): SectorUsage {
  return {
    costs: model.costs.filter((c) => c.sector === id),
    benefits: model.benefits.filter((b) => b.sector === id),
    transfers: model.transfers.filter((t) => t.from === id || t.to === id),
  };
}

export function usageCount(usage: SectorUsage): number {
  return usage.costs.length + usage.benefits.length + usage.transfers.length;
}

/**
 * "Ungdomsskole & BUP" → "ungdomsskole-bup". Norwegian letters get their usual ASCII
 * spelling so ids stay readable in a file or a command line.
 */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return shorten(slug, 40) || 'sector';
}

/** Cuts a long slug at a word boundary where there is one, so ids do not end mid-word. */
function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const cut = head.lastIndexOf('-');
  return cut > 0 ? head.slice(0, cut) : slug.slice(0, max);
}

/** `base` if free, else `base-2`, `base-3`, … */
export function uniqueSectorId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

export interface NewSector {
  name: string;
  level: Level;
  /** Where the id comes from: a preset id, else a slug of the name. */
  baseId?: string;
}

/** Appends a sector with a fresh id and colour; returns the new model and the new id. */
export function addSector(model: Model, input: NewSector): { model: Model; id: SectorId } {
  const id = uniqueSectorId(input.baseId ?? slugify(input.name), model.sectors.map((s) => s.id));
  const sector: Sector = { id, name: input.name.trim(), level: input.level, color: freshColor(model.sectors) };
  return { model: { ...model, sectors: [...model.sectors, sector] }, id };
}

function patchSector(model: Model, id: SectorId, patch: Partial<Omit<Sector, 'id'>>): Model {
  if (!model.sectors.some((s) => s.id === id)) return model;
  return { ...model, sectors: model.sectors.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Names must not be blank (the file requires one); a blank name leaves the model as it was. */
export function renameSector(model: Model, id: SectorId, name: string): Model {
  const trimmed = name.trim();
  return trimmed ? patchSector(model, id, { name: trimmed }) : model;
}

export function setSectorLevel(model: Model, id: SectorId, level: Level): Model {
  return patchSector(model, id, { level });
}

export function setSectorColor(model: Model, id: SectorId, color: string): Model {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? patchSector(model, id, { color: color.toLowerCase() }) : model;
}

/**
 * Moves a sector one place up (−1) or down (+1). Colours are pinned first: palette
 * colours follow position, and a chart legend that swaps colours on reorder misleads.
 */
export function moveSector(model: Model, id: SectorId, direction: -1 | 1): Model {
  const from = model.sectors.findIndex((s) => s.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= model.sectors.length) return model;
  const sectors = pinSectorColors(model.sectors);
  const [moved] = sectors.splice(from, 1);
  sectors.splice(to, 0, moved!);
  return { ...model, sectors };
}

export type DeleteChoice = { mode: 'delete' } | { mode: 'move'; to: SectorId };

/** The last sector cannot go: a model needs at least one budget holder (spec §1). */
export function canDeleteSector(model: Model, id: SectorId): boolean {
  return model.sectors.length > 1 && model.sectors.some((s) => s.id === id);
}

/**
 * Transfers that cannot survive moving `id` into `to`: those between the two, which
 * would become payments from a sector to itself. They are deleted, and the dialog says so.
 */
export function transfersLostOnMove(model: Model, id: SectorId, to: SectorId): Transfer[] {
  return model.transfers.filter((t) => (t.from === id && t.to === to) || (t.from === to && t.to === id));
}

/**
 * Deletes a sector and deals with what names it: either moves its cost lines, gain lines
 * and transfers to another sector (dropping transfers that would point at themselves),
 * or deletes them too. An invalid request (last sector, unknown id, moving to itself or to
 * an unknown sector) returns the model unchanged.
 */
export function deleteSector(model: Model, id: SectorId, choice: DeleteChoice): Model {
  if (!canDeleteSector(model, id)) return model;
  // Pinned before removal so the sectors after it keep their colours.
  const sectors = pinSectorColors(model.sectors).filter((s) => s.id !== id);
  if (choice.mode === 'delete') {
    return {
      ...model,
      sectors,
      costs: model.costs.filter((c) => c.sector !== id),
      benefits: model.benefits.filter((b) => b.sector !== id),
      transfers: model.transfers.filter((t) => t.from !== id && t.to !== id),
    };
  }
  const to = choice.to;
  if (to === id || !sectors.some((s) => s.id === to)) return model;
  const lost = new Set(transfersLostOnMove(model, id, to).map((t) => t.id));
  const swap = (ref: SectorId) => (ref === id ? to : ref);
  return {
    ...model,
    sectors,
    costs: model.costs.map((c) => (c.sector === id ? { ...c, sector: to } : c)),
    benefits: model.benefits.map((b) => (b.sector === id ? { ...b, sector: to } : b)),
    transfers: model.transfers
      .filter((t) => !lost.has(t.id))
      .map((t) => (t.from === id || t.to === id ? { ...t, from: swap(t.from), to: swap(t.to) } : t)),
  };
}
