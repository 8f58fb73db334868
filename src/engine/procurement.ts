import { PUBLIC_LEVELS, type Model } from './model';
import type { ProcurementCheck } from './result';
import { Dec, ZERO, money } from './decimal';

/**
 * Contract value per public level that buys from a provider (spec §2.7): the raw
 * amounts, before optimism bias, over the first contract years within the horizon.
 */
export function procurementChecks(model: Model): ProcurementCheck[] {
  const threshold = new Dec(model.procurement.threshold);
  const span = Math.min(model.procurement.contractYears, model.years);
  const levelOf = new Map(model.sectors.map((s) => [s.id, s.level]));
  const checks: ProcurementCheck[] = [];
  for (const level of PUBLIC_LEVELS) {
    const purchases = model.costs.filter((l) => l.kind === 'purchase' && levelOf.get(l.sector) === level);
    if (purchases.length === 0) continue;
    let value = ZERO;
    for (const line of purchases) {
      for (let t = 0; t < span; t++) value = value.plus(line.amounts[t] ?? '0');
    }
    checks.push({ level, contractValue: money(value), threshold: money(threshold), reachesThreshold: value.greaterThanOrEqualTo(threshold) });
  }
  return checks;
}
