/**
 * The guided start: five answers become a small valid model. The model goes through the
 * same parser as any file, so a guided model can never be one the engine refuses.
 */
import { parseModel } from '../../engine/parse';
import { MODEL_FORMAT, MODEL_VERSION, type Level, type Model } from '../../engine/model';
import { asciiSlug } from '../../io/model-file';

export interface NewModelInput {
  title: string;
  /** As typed; a whole year 1900–2200. */
  startYear: string;
  /** As typed; a whole number of years 1–100. */
  years: string;
  sectorName: string;
  level: Level;
  costLabel: string;
  /** A decimal string committed by the number field ("" until the user gives one). */
  yearlyAmount: string;
}

export type NewModelField = keyof NewModelInput;
export type NewModelError = 'required' | 'startYear' | 'years' | 'amount';
export type NewModelErrors = Partial<Record<NewModelField, NewModelError>>;

export type NewModelOutcome = { ok: true; model: Model } | { ok: false; errors: NewModelErrors };

/** The order fields appear in, so the first error gets the focus. */
export const FIELD_ORDER: readonly NewModelField[] = ['title', 'startYear', 'years', 'sectorName', 'level', 'costLabel', 'yearlyAmount'];

function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

export function buildNewModel(input: NewModelInput): NewModelOutcome {
  const errors: NewModelErrors = {};
  const title = input.title.trim();
  const sectorName = input.sectorName.trim();
  const costLabel = input.costLabel.trim();
  if (title === '') errors.title = 'required';
  const startYear = wholeNumber(input.startYear, 1900, 2200);
  if (startYear === null) errors.startYear = 'startYear';
  const years = wholeNumber(input.years, 1, 100);
  if (years === null) errors.years = 'years';
  if (sectorName === '') errors.sectorName = 'required';
  if (costLabel === '') errors.costLabel = 'required';
  if (input.yearlyAmount.trim() === '') errors.yearlyAmount = 'amount';
  if (Object.keys(errors).length > 0 || startYear === null || years === null) return { ok: false, errors };

  const sectorId = asciiSlug(sectorName, 40) || 'sector-1';
  const raw = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    title,
    description: '',
    startYear,
    years,
    sectors: [{ id: sectorId, name: sectorName, level: input.level }],
    costs: [
      {
        id: asciiSlug(costLabel, 40) || 'cost-1',
        label: costLabel,
        sector: sectorId,
        // Most measures start as a service bought from a provider; the costs screen can change it.
        kind: 'purchase',
        amounts: Array.from({ length: years }, () => input.yearlyAmount),
      },
    ],
    cohorts: [],
    benefits: [],
    transfers: [],
  };
  const outcome = parseModel(raw);
  // The amount is the only free-form value left; anything else was checked above.
  return outcome.ok ? { ok: true, model: outcome.model } : { ok: false, errors: { yearlyAmount: 'amount' } };
}
