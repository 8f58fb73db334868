/**
 * The result object of spec §3, as the command line prints it with --json and as the
 * UI consumes it. Money is a decimal string rounded half-to-even to 2 decimals, shares
 * and ratios to 6, discount factors to 10; undefined figures are null.
 */
import type { BenefitType, CalendarYear, DecimalString, Level, SectorId } from './model';

export type Money = DecimalString;
export type Ratio = DecimalString;

export type ByType = Record<BenefitType, Money>;

export interface Figures {
  pvCosts: Money;
  pvBenefits: ByType;
  pvTransfersIn: Money;
  pvTransfersOut: Money;
  npv: Money;
  breakEvenYear: CalendarYear | null;
  discountedBreakEvenYear: CalendarYear | null;
  budgetYearNet: Money;
  planNet: Money;
  horizonNet: Money;
}

export interface SectorFigures extends Figures {
  id: SectorId;
}

export interface LevelFigures extends Figures {
  level: Level;
}

export interface Totals {
  pvCosts: Money;
  pvBenefits: ByType;
  pvFiscal: Money;
  pvBenefitsTotal: Money;
  npvFiscal: Money;
  npvCashable: Money;
  npv: Money;
  bcrFiscal: Ratio | null;
  sroi: Ratio | null;
  breakEvenYear: CalendarYear | null;
  discountedBreakEvenYear: CalendarYear | null;
  budgetYearNet: Money;
  planNet: Money;
  siloGap: Money;
  shareOutsidePayers: Ratio | null;
}

export interface CostShare {
  sector: SectorId;
  share: Ratio;
  contributionPv: Money;
  requiredTransferPv: Money;
  npvAfter: Money;
  contributions: Money[];
}

export interface ProcurementCheck {
  level: Level;
  contractValue: Money;
  threshold: Money;
  reachesThreshold: boolean;
}

export interface SectorYear {
  costs: Money;
  cashable: Money;
  capacity: Money;
  economic: Money;
  social: Money;
  transfersIn: Money;
  transfersOut: Money;
  net: Money;
}

export interface YearRow {
  year: CalendarYear;
  discountFactor: DecimalString;
  costs: Money;
  cashable: Money;
  capacity: Money;
  economic: Money;
  social: Money;
  net: Money;
  cumulativeNet: Money;
  bySector: Record<SectorId, SectorYear>;
}

export interface Result {
  format: 'gevinstkart-result';
  version: 1;
  totals: Totals;
  sectors: SectorFigures[];
  levels: LevelFigures[];
  costSharing: CostShare[] | null;
  procurement: ProcurementCheck[];
  years: YearRow[];
  warnings: string[];
}
