import type { Locator, Page } from 'playwright-core';
import Decimal from 'decimal.js';
import { isCohortBenefit, type BenefitLine, type CostLine, type Level, type Model } from '../../../src/engine/model';
import { screenReady } from './app';
import { card, cell, choose, enter, textbox, tick, viaMenu } from './fuzz-editor';

/**
 * Types a whole checked model into the app from nothing, screen by screen, by the fields'
 * accessible names (Norwegian), the way a user copying figures from a paper would: the
 * guided start, then the measure, sectors, costs, participants and gains, transfers.
 * Whatever the editor cannot express makes it throw with the reason, so a spec shows it.
 */
const LEVEL: Record<Level, string> = {
  municipal: 'Kommune', county: 'Fylkeskommune', state: 'Stat', private: 'Privat', voluntary: 'Frivillig', household: 'Husholdning',
};
const COST_KIND = { purchase: 'Kjøp fra leverandør', internal: 'Egen innsats (ansatte, lokaler)' } as const;
const GAIN_TYPE = {
  cashable: 'Kontant (penger spart på et budsjett)',
  capacity: 'Kapasitet (frigjort tid, ikke penger)',
  economic: 'Økonomisk (verdi for samfunnsøkonomien)',
  social: 'Sosial (livskvalitet i kroner)',
} as const;

/** A decimal string as a Norwegian types it: "0.5" in a percent field is "50", "1234.5" is "1234,5". */
export function typed(value: string, percent = false): string {
  return (percent ? new Decimal(value).times(100) : new Decimal(value)).toFixed().replace('.', ',');
}

/** Selects by visible text, only when it differs: a select re-set to its value is no edit. */
async function pick(scope: Page | Locator, name: string, option: string): Promise<void> {
  const box = scope.getByRole('combobox', { name, exact: true });
  const current = await box.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  if (current !== option) await choose(scope, name, option);
}

async function amounts(scope: Page | Locator, row: string, model: Model, values: readonly string[], shown: (year: number) => string): Promise<void> {
  for (let i = 0; i < model.years; i += 1) {
    const want = values[i] ?? '0';
    if (!new Decimal(want).eq(shown(i))) await enter(cell(scope, row, model.startYear + i), typed(want));
  }
}

export async function guidedStart(page: Page, m: Model): Promise<void> {
  const first = m.sectors[0]!;
  const cost = m.costs[0];
  if (!cost) throw new Error('the guided start needs a first cost; this model has none');
  await page.getByRole('link', { name: 'Start', exact: true }).first().click();
  await screenReady(page);
  await textbox(page, 'Navn på tiltaket').fill(m.title);
  await textbox(page, 'Første budsjettår').fill(String(m.startYear));
  await textbox(page, 'Antall år i beregningen').fill(String(m.years));
  await textbox(page, 'Sektor som betaler (for eksempel «Grunnskole»)').fill(first.name);
  await choose(page, 'Forvaltningsnivå', LEVEL[first.level]);
  await textbox(page, 'Hva kostnaden gjelder (for eksempel «Kursledere»)').fill(cost.label);
  await enter(textbox(page, 'Beløp per år (kr)'), typed(cost.amounts[0] ?? '0'), 'Tab');
  await page.getByRole('button', { name: 'Lag modellen', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-route') === 'overview');
  await screenReady(page);
}

async function measure(page: Page, m: Model): Promise<void> {
  await viaMenu(page, 'Tiltaket', 'measure');
  if (m.discountSchedule) throw new Error('a discount schedule other than a constant rate is not typed in by this builder');
  const description = textbox(page, 'Beskrivelse');
  await description.fill(m.description);
  await description.press('Tab');
  await enter(textbox(page, 'År i økonomiplanen'), String(m.planYears));
  await enter(textbox(page, 'Rente (realrente, prosent per år)'), typed(m.discountRate, true));
  await enter(textbox(page, 'Påslag på kostnadene'), typed(m.optimismBias.costs, true));
  await enter(textbox(page, 'Trekk i gevinstene'), typed(m.optimismBias.benefits, true));
  await enter(textbox(page, 'Terskel for kunngjøring (kr eks. mva.)'), typed(m.procurement.threshold));
  await enter(textbox(page, 'Kontraktens lengde i år'), String(m.procurement.contractYears));
}

async function sectors(page: Page, m: Model): Promise<void> {
  await viaMenu(page, 'Sektorer', 'sectors');
  for (const [i, s] of m.sectors.entries()) {
    if (i === 0) continue;
    await textbox(page, 'Navn').fill(s.name);
    await choose(page, 'Forvaltningsnivå', LEVEL[s.level]);
    await page.getByRole('button', { name: 'Legg til egen sektor', exact: true }).click();
    await textbox(page, `Navn på sektor ${i + 1}`).waitFor();
  }
}

const sectorName = (m: Model, id: string) => m.sectors.find((s) => s.id === id)!.name;

async function costs(page: Page, m: Model): Promise<void> {
  await viaMenu(page, 'Kostnader', 'costs');
  for (const [i, c] of m.costs.entries()) {
    if (i > 0) {
      await page.getByRole('button', { name: 'Legg til kostnadslinje', exact: true }).click();
      await enter(textbox(card(page, 'Kostnadslinje: Ny kostnad'), 'Navn'), c.label);
    }
    const line = card(page, `Kostnadslinje: ${c.label}`);
    await pick(line, 'Hvem betaler', sectorName(m, c.sector));
    await pick(line, 'Type kostnad', COST_KIND[c.kind]);
    await costBias(line, c);
    const guided = m.costs[0]!.amounts[0] ?? '0';
    await amounts(page, c.label, m, c.amounts, () => (i === 0 ? guided : '0'));
  }
}

async function costBias(line: Locator, c: CostLine): Promise<void> {
  if (c.optimismBias === undefined) return;
  await tick(line, 'Eget påslag for optimisme', true);
  await enter(textbox(line, 'Påslag for denne linjen (%)'), typed(c.optimismBias, true));
}

async function cohorts(page: Page, m: Model): Promise<void> {
  for (const [i, c] of m.cohorts.entries()) {
    await page.getByRole('button', { name: 'Legg til kull', exact: true }).click();
    await enter(page.getByRole('textbox', { name: 'Navn på kullet', exact: true }).nth(i), c.label);
    await amounts(page, c.label, m, c.sizes, () => '0');
  }
}

async function gain(page: Page, m: Model, b: BenefitLine): Promise<void> {
  const cohortDriven = isCohortBenefit(b);
  const add = cohortDriven ? 'Legg til gevinst regnet ut fra deltakere' : 'Legg til gevinst med beløp per år';
  await page.getByRole('button', { name: add, exact: true }).click();
  await enter(textbox(card(page, 'Gevinst: Ny gevinst'), 'Navn'), b.label);
  const line = card(page, `Gevinst: ${b.label}`);
  await pick(line, 'Hvor gevinsten havner', sectorName(m, b.sector));
  await pick(line, 'Type gevinst', GAIN_TYPE[b.type]);
  if (cohortDriven) {
    await pick(line, 'Kull', m.cohorts.find((c) => c.id === b.cohort)!.label);
    await enter(textbox(line, 'Effekt (% av deltakerne)'), typed(b.effect, true));
    await enter(textbox(line, 'Verdi per utfall per år (kr)'), typed(b.unitValue));
    await enter(textbox(line, 'Forsinkelse (år)'), String(b.lag));
    await tick(line, 'Varer ut perioden', b.duration === null);
    if (b.duration !== null) await enter(textbox(line, 'Varighet (år)'), String(b.duration));
    await enter(textbox(line, 'Avtakende effekt (% per år)'), typed(b.dropOff, true));
  } else {
    await amounts(line, b.label, m, b.amounts, () => '0');
  }
  await enter(textbox(line, 'Dødvekt (%)'), typed(b.deadweight, true));
  await enter(textbox(line, 'Andel som skyldes andre (%)'), typed(b.attribution, true));
  await enter(textbox(line, 'Fortrengning (%)'), typed(b.displacement, true));
  if (b.optimismBias !== undefined) {
    await tick(line, 'Eget fradrag for optimisme', true);
    await enter(textbox(line, 'Fradrag for denne linjen (%)'), typed(b.optimismBias, true));
  }
}

async function transfers(page: Page, m: Model): Promise<void> {
  if (m.transfers.length === 0) return;
  await viaMenu(page, 'Overføringer', 'transfers');
  for (const [i, tr] of m.transfers.entries()) {
    await page.getByRole('button', { name: 'Legg til overføring', exact: true }).click();
    await enter(textbox(page, `Navn på overføring ${i + 1}`), tr.label);
    const [from, to] = [sectorName(m, tr.from), sectorName(m, tr.to)];
    // A new transfer runs from the first sector to the second; never pass through "from = to".
    const startTo = m.sectors[1]!.name;
    if (from === startTo) await pick(page, `Mottaker for ${tr.label}`, to);
    await pick(page, `Betaler for ${tr.label}`, from);
    await pick(page, `Mottaker for ${tr.label}`, to);
    await amounts(page, `${tr.label}: ${from} → ${to}`, m, tr.amounts, () => '0');
  }
}

/** Builds `m` in the app from the start screen; returns on the overview. */
export async function buildModel(page: Page, m: Model, afterGuidedStart?: () => Promise<void>): Promise<void> {
  if (m.discountRateRange || m.scenarios?.length || m.simulation) throw new Error('uncertainty settings are not typed in by this builder');
  await guidedStart(page, m);
  await afterGuidedStart?.();
  await measure(page, m);
  await sectors(page, m);
  await costs(page, m);
  await viaMenu(page, 'Deltakere og gevinster', 'gains');
  await cohorts(page, m);
  for (const b of m.benefits) await gain(page, m, b);
  await transfers(page, m);
  await viaMenu(page, 'Oversikt', 'overview');
}
