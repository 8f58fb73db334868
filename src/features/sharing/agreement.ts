/**
 * "Make this the agreement": turns the equal-return split (spec §2.6) into yearly
 * transfers in the model. Each sector must end up paying contributions[t] net in year t;
 * it already pays its own costs(t), so r(t) = contributions[t] − costs(t) is what it still
 * owes (r > 0: a gaining sector pays in) or is owed (r < 0: a paying sector is repaid).
 * The split replaces the transfers already in the model, as the spec's split does.
 *
 * Work is in whole øre (BigInt) so the amounts written are exact decimal strings and a
 * paying sector is repaid to the øre: its budget ends exactly where the split puts it.
 */
import type { Model, SectorId, Transfer } from '../../engine/model';
import type { Result } from '../../engine/result';

const toOre = (money: string): bigint => {
  const [int = '0', frac = ''] = money.replace('-', '').split('.');
  const ore = BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
  return money.startsWith('-') ? -ore : ore;
};

const fromOre = (ore: bigint): string => {
  const sign = ore < 0n ? '-' : '';
  const abs = ore < 0n ? -ore : ore;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

interface Party {
  id: SectorId;
  amount: bigint;
}

/**
 * Splits each receiver's need over the senders in proportion to what they owe, by the
 * largest-remainder rule, so every receiver gets exactly its need in øre.
 */
function allocate(senders: Party[], receivers: Party[]): Map<string, bigint> {
  const flows = new Map<string, bigint>();
  const owed = senders.reduce((a, s) => a + s.amount, 0n);
  for (const r of receivers) {
    const parts = senders.map((s) => ({ s, floor: (r.amount * s.amount) / owed, rest: (r.amount * s.amount) % owed }));
    let left = r.amount - parts.reduce((a, p) => a + p.floor, 0n);
    for (const p of [...parts].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0))) {
      if (left <= 0n) break;
      p.floor += 1n;
      left -= 1n;
    }
    for (const p of parts) if (p.floor > 0n) flows.set(`${p.s.id}\u0000${r.id}`, p.floor);
  }
  return flows;
}

/** The transfers that carry out the split, or null when there is no split to carry out. */
export function agreementTransfers(model: Model, result: Result, label: (from: string, to: string) => string): Transfer[] | null {
  const split = result.costSharing;
  if (!split) return null;
  const pairs = new Map<string, bigint[]>();
  result.years.forEach((row, t) => {
    const owes = split.map((c) => ({ id: c.sector, amount: toOre(c.contributions[t] ?? '0') - toOre(row.bySector[c.sector]?.costs ?? '0') }));
    const senders = owes.filter((p) => p.amount > 0n);
    const receivers = owes.filter((p) => p.amount < 0n).map((p) => ({ id: p.id, amount: -p.amount }));
    if (senders.length === 0 || receivers.length === 0) return;
    // Rounded contributions may miss the costs by an øre or two: the largest sender settles it.
    const need = receivers.reduce((a, p) => a + p.amount, 0n);
    const owed = senders.reduce((a, p) => a + p.amount, 0n);
    const largest = senders.reduce((a, b) => (b.amount > a.amount ? b : a));
    const settled = largest.amount + need - owed;
    if (settled > 0n) largest.amount = settled;
    for (const [key, ore] of allocate(senders, receivers)) {
      let amounts = pairs.get(key);
      if (!amounts) pairs.set(key, (amounts = result.years.map(() => 0n)));
      amounts[t] = ore;
    }
  });
  const name = (id: SectorId) => model.sectors.find((s) => s.id === id)?.name ?? id;
  const used = new Set<string>();
  return [...pairs].map(([key, amounts]) => {
    const [from = '', to = ''] = key.split('\u0000');
    let id = `sharing-${from}-${to}`;
    for (let n = 2; used.has(id); n++) id = `sharing-${from}-${to}-${n}`;
    used.add(id);
    return { id, label: label(name(from), name(to)), from, to, amounts: amounts.map(fromOre) };
  });
}

/** The model with the split as its agreement; unchanged when there is no split. */
export function applyAgreement(model: Model, result: Result, label: (from: string, to: string) => string): Model {
  const transfers = agreementTransfers(model, result, label);
  return transfers ? { ...model, transfers } : model;
}

/** Ids the agreement's transfers get, so a later visit can tell its own transfers apart. */
const isAgreementTransfer = (t: Transfer) => t.id.startsWith('sharing-');

/** One transfer's flow per year in øre, keyed by its direction (labels and ids left aside). */
function flowKey(t: Pick<Transfer, 'from' | 'to' | 'amounts'>, years: number): string {
  const amounts = Array.from({ length: years }, (_, i) => String(toOre(t.amounts[i] ?? '0')));
  return `${t.from}\u0000${t.to}\u0000${amounts.join(',')}`;
}

/**
 * Where the model stands against the proposal:
 * - 'inPlace': its transfers are exactly the ones "make this the agreement" would write;
 * - 'changed': it holds an agreement made earlier, but the split has moved since (a cost edit);
 * - 'new': anything else (no transfers, or transfers the user entered);
 * - 'none': there is no split to agree on.
 */
export type AgreementState = 'none' | 'new' | 'changed' | 'inPlace';

export function agreementState(model: Model, result: Result): AgreementState {
  const wanted = agreementTransfers(model, result, () => '');
  if (!wanted) return 'none';
  const years = result.years.length;
  const have = model.transfers.map((t) => flowKey(t, years)).sort();
  const want = wanted.map((t) => flowKey(t, years)).sort();
  if (have.length === want.length && have.every((k, i) => k === want[i])) return 'inPlace';
  return model.transfers.length > 0 && model.transfers.every(isAgreementTransfer) ? 'changed' : 'new';
}
