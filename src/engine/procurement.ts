import { PUBLIC_LEVELS, type Level, type Model } from './model';
import type { ProcurementCheck } from './result';
import { Dec, ZERO, money } from './decimal';

/** Per level, the running contract value after each purchase line, for the next call. */
export type ProcurementMemo = Map<Level, { span: number; threshold: string; amounts: (readonly string[])[]; running: Dec[]; check: ProcurementCheck }>;

/**
 * Contract value per public level that buys from a provider (spec §2.7): the raw
 * amounts, before optimism bias, over the first contract years within the horizon.
 * With `memo`, the sum resumes at the first line whose first contract years changed.
 */
export function procurementChecks(model: Model, memo?: ProcurementMemo): ProcurementCheck[] {
  const threshold = new Dec(model.procurement.threshold);
  const span = Math.min(model.procurement.contractYears, model.years);
  const levelOf = new Map(model.sectors.map((s) => [s.id, s.level]));
  const checks: ProcurementCheck[] = [];
  const seen = new Set<Level>();
  for (const level of PUBLIC_LEVELS) {
    const purchases = model.costs.filter((l) => l.kind === 'purchase' && levelOf.get(l.sector) === level);
    if (purchases.length === 0) continue;
    const old = memo?.get(level);
    const usable = old && old.span === span && old.threshold === model.procurement.threshold ? old : undefined;
    let from = 0;
    while (usable && from < purchases.length && from < usable.amounts.length && sameSpan(purchases[from]!.amounts, usable.amounts[from]!, span)) from++;
    if (usable && from === purchases.length && from === usable.amounts.length) {
      checks.push(usable.check);
      seen.add(level);
      continue;
    }
    const running = usable ? usable.running.slice(0, from) : [];
    let value = running.length > 0 ? running[running.length - 1]! : ZERO;
    for (const line of purchases.slice(from)) {
      for (let t = 0; t < span; t++) value = value.plus(line.amounts[t] ?? '0');
      running.push(value);
    }
    const check = { level, contractValue: money(value), threshold: money(threshold), reachesThreshold: value.greaterThanOrEqualTo(threshold) };
    checks.push(check);
    memo?.set(level, { span, threshold: model.procurement.threshold, amounts: purchases.map((l) => l.amounts.slice(0, span)), running, check });
    seen.add(level);
  }
  for (const level of memo?.keys() ?? []) if (!seen.has(level)) memo!.delete(level);
  return checks;
}

/** The memo keeps copies of the first contract years, so this compares content, never identity. */
function sameSpan(a: readonly string[], b: readonly string[], span: number): boolean {
  for (let t = 0; t < span; t++) if (a[t] !== b[t]) return false;
  return true;
}
