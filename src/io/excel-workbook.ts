/**
 * The whole workbook as data (pure): Inputs → Calculation → Summary, each later sheet
 * written as formulas over the earlier ones. `refs` tells where each figure sits, so tests
 * (and anyone auditing) can find the cell that must equal the app's figure.
 */
import type { Model } from '../engine/model';
import { translator, type Lang } from '../i18n/catalog';
import type { XSheet } from './excel-cells';
import { buildInputs, type InputRefs } from './excel-inputs';
import { buildCalculation, type CalcRefs } from './excel-calculation';
import { buildSummary, type SummaryRefs } from './excel-summary';
import { excelMessages } from './excel-messages';

export interface Workbook {
  sheets: XSheet[];
  refs: { inputs: InputRefs; calc: CalcRefs; summary: SummaryRefs };
}

export function buildWorkbook(model: Model, lang: Lang): Workbook {
  const t = translator(excelMessages, lang);
  const inputs = buildInputs(model, t, lang);
  const calc = buildCalculation(model, inputs.refs, t);
  const summary = buildSummary(model, inputs.refs, calc.refs, t, lang);
  return {
    sheets: [summary.sheet, inputs.sheet, calc.sheet],
    refs: { inputs: inputs.refs, calc: calc.refs, summary: summary.refs },
  };
}
