/**
 * The exported workbook recalculated by a real spreadsheet engine (LibreOffice headless,
 * Debian package libreoffice-calc-nogui) must give the app's figures to the krone — and
 * must stay live: change an input cell and the figures follow the engine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculate, costProfile, gainProfile } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import type { Result } from '../../src/engine/result';
import type { CellRef, XSheet } from '../../src/io/excel-cells';
import { workbookBlob } from '../../src/io/excel-export';
import { buildWorkbook, type Workbook } from '../../src/io/excel-workbook';
import type { TotalKey } from '../../src/io/excel-summary';
import { parseCsv } from './csv-parse';
import fc from 'fast-check';
import { arbitraryModel } from '../engine/arbitraries';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const root = join(__dirname, '../..');

function load(path: string): Model {
  const outcome = parseModel(JSON.parse(readFileSync(path, 'utf8')));
  if (!outcome.ok) throw new Error(`invalid fixture ${path}`);
  return outcome.model;
}

const school = load(join(root, 'fixtures/school-coping-course.model.json'));
/** The same model with a different input typed into the Inputs sheet (see `live` below). */
const schoolAt6 = { ...school, discountRate: '0.06', optimismBias: { ...school.optimismBias, benefits: '0.2' } } satisfies Model;

interface Case { name: string; model: Model; lang: 'nb' | 'en'; edit?: (wb: Workbook) => void }
const cases: Case[] = [
  { name: 'school', model: school, lang: 'nb' },
  { name: 'youth', model: load(join(root, 'fixtures/youth-meets-elderly.model.json')), lang: 'en' },
  { name: 'edge', model: load(join(root, '../shared/golden/edge-cases.model.json')), lang: 'nb' },
  // Random valid models (schedules, negative amounts, odd labels) converted in the same run.
  ...fc.sample(arbitraryModel(), { numRuns: 6, seed: 20270101 }).map((model, i): Case => ({ name: `random${i}`, model, lang: i % 2 ? 'en' : 'nb' })),
  // Exported from the original school model, then two input cells changed: the formulas must follow.
  { name: 'live', model: schoolAt6, lang: 'nb', edit: (wb) => {
    setNumber(wb, wb.refs.inputs.discountRate!, 0.06);
    setNumber(wb, wb.refs.inputs.obBenefits, 0.2);
  } },
];

function setNumber(wb: Workbook, at: CellRef, value: number) {
  const sheet = wb.sheets.find((s) => s.name === at.sheet)!;
  const cell = sheet.rows[at.row - 1]![at.col];
  if (!cell || cell.t !== 'num') throw new Error('not a number cell');
  sheet.rows[at.row - 1]![at.col] = { ...cell, v: value };
}

let dir = '';
const grids = new Map<string, Map<string, string[][]>>();
const workbooks = new Map<string, Workbook>();

/**
 * CI installs LibreOffice and always runs these. On a developer's machine without it they
 * are skipped, named, so `npm test` still passes after a plain `npm install`.
 */
const RUN = existsSync(SOFFICE) || Boolean(process.env.CI);
if (!RUN) it.skip('the Excel formulas recalculated by LibreOffice: install it with apt-get install -y libreoffice-calc-nogui', () => {});

beforeAll(async () => {
  if (!RUN) return;
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (looked for ${SOFFICE})`);
  dir = mkdtempSync(join(tmpdir(), 'gevinstkart-xlsx-'));
  for (const c of cases) {
    const wb = buildWorkbook(c.name === 'live' ? school : c.model, c.lang);
    c.edit?.(wb);
    workbooks.set(c.name, wb);
    writeFileSync(join(dir, `${c.name}.xlsx`), Buffer.from(await (await workbookBlob(wb.sheets)).arrayBuffer()));
  }
  // One LibreOffice run converts all files; sheet -1 writes one CSV per sheet, raw values (not "as shown").
  execFileSync(SOFFICE, [
    `-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1', '--outdir', join(dir, 'out'),
    ...cases.map((c) => join(dir, `${c.name}.xlsx`)),
  ], { stdio: 'pipe', timeout: 120_000 });
  for (const c of cases) {
    const sheets = new Map<string, string[][]>();
    for (const sheet of workbooks.get(c.name)!.sheets) sheets.set(sheet.name, readSheet(c.name, sheet));
    grids.set(c.name, sheets);
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function readSheet(name: string, sheet: XSheet): string[][] {
  return parseCsv(readFileSync(join(dir, 'out', `${name}-${sheet.name}.csv`), 'utf8'));
}

function valueAt(name: string, at: CellRef): string {
  return grids.get(name)!.get(at.sheet)?.[at.row - 1]?.[at.col] ?? '';
}

function numberAt(name: string, at: CellRef): number {
  const raw = valueAt(name, at);
  // Percent cells keep their % sign even when exported as raw values.
  const n = raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw);
  if (raw === '' || !Number.isFinite(n)) throw new Error(`${at.sheet}!${at.col}:${at.row} is ${JSON.stringify(raw)}`);
  return n;
}

/** To the krone: the app rounds to øre, the spreadsheet computes in doubles. */
function expectKrone(actual: number, expected: string | null, what: string) {
  expect(expected, what).not.toBeNull();
  expect(Math.abs(actual - Number(expected)), `${what}: ${actual} vs ${expected}`).toBeLessThan(0.01);
}

const RATIOS = new Set<TotalKey>(['bcrFiscal', 'sroi', 'shareOutsidePayers']);

const TOTAL_FROM_RESULT: Record<TotalKey, (r: Result) => string | null> = {
  pvCosts: (r) => r.totals.pvCosts,
  pvCashable: (r) => r.totals.pvBenefits.cashable,
  pvCapacity: (r) => r.totals.pvBenefits.capacity,
  pvEconomic: (r) => r.totals.pvBenefits.economic,
  pvSocial: (r) => r.totals.pvBenefits.social,
  pvFiscal: (r) => r.totals.pvFiscal,
  pvBenefitsTotal: (r) => r.totals.pvBenefitsTotal,
  npvFiscal: (r) => r.totals.npvFiscal,
  npvCashable: (r) => r.totals.npvCashable,
  npv: (r) => r.totals.npv,
  bcrFiscal: (r) => r.totals.bcrFiscal,
  sroi: (r) => r.totals.sroi,
  siloGap: (r) => r.totals.siloGap,
  shareOutsidePayers: (r) => r.totals.shareOutsidePayers,
  budgetYearNet: (r) => r.totals.budgetYearNet,
  planNet: (r) => r.totals.planNet,
};

describe.skipIf(!RUN).each(cases)('the $name workbook recalculated by LibreOffice', ({ name, model }) => {
  const result = calculate(model);

  it.each(Object.keys(TOTAL_FROM_RESULT) as TotalKey[])('the Summary formula for %s gives the app’s figure', (key) => {
    const at = workbooks.get(name)!.refs.summary.totals[key];
    const expected = TOTAL_FROM_RESULT[key](result);
    if (expected === null) expect(valueAt(name, at)).toBe('');
    else if (RATIOS.has(key)) expect(Math.abs(numberAt(name, at) - Number(expected)), key).toBeLessThan(1e-6);
    else expectKrone(numberAt(name, at), expected, key);
  });

  it('each sector’s PV costs and NPV match the engine', () => {
    for (const s of result.sectors) {
      const refs = workbooks.get(name)!.refs.summary.sectors.get(s.id)!;
      expectKrone(numberAt(name, refs.pvCosts), s.pvCosts, `${s.id} pvCosts`);
      expectKrone(numberAt(name, refs.npv), s.npv, `${s.id} npv`);
    }
  });

  it('the cost-sharing formulas match the engine’s equal-return split', () => {
    const refs = workbooks.get(name)!.refs.summary.costSharing;
    if (result.costSharing === null) {
      for (const r of refs.values()) expect(valueAt(name, r.share)).toBe('');
      return;
    }
    for (const share of result.costSharing) {
      const r = refs.get(share.sector)!;
      expect(Math.abs(numberAt(name, r.share) - Number(share.share))).toBeLessThan(1e-6);
      expectKrone(numberAt(name, r.contributionPv), share.contributionPv, `${share.sector} contribution`);
      expectKrone(numberAt(name, r.requiredTransferPv), share.requiredTransferPv, `${share.sector} transfer`);
      expectKrone(numberAt(name, r.npvAfter), share.npvAfter, `${share.sector} npvAfter`);
    }
  });

  it('every cost and gain line’s yearly flow C(L,t) / B(L,t) matches the engine', () => {
    const calc = workbooks.get(name)!.refs.calc;
    const row = (r: number, t: number) => numberAt(name, { sheet: calc.sheet, row: r, col: calc.firstCol + t });
    for (const c of model.costs) costProfile(model, c.id).forEach((v, t) => expectKrone(row(calc.costRows.get(c.id)!, t), v, `${c.id}[${t}]`));
    for (const g of model.benefits) gainProfile(model, g.id).forEach((v, t) => expectKrone(row(calc.gainRows.get(g.id)!, t), v, `${g.id}[${t}]`));
  });

  it('discount factors, yearly net and cumulative net match the engine', () => {
    const calc = workbooks.get(name)!.refs.calc;
    result.years.forEach((y, t) => {
      const at = (r: number) => numberAt(name, { sheet: calc.sheet, row: r, col: calc.firstCol + t });
      expect(Math.abs(at(calc.factorRow) - Number(y.discountFactor)), `D(${t})`).toBeLessThan(1e-9);
      expectKrone(at(calc.totalRows.net), y.net, `net[${t}]`);
      expectKrone(at(calc.totalRows.cumulative), y.cumulativeNet, `cumulative[${t}]`);
    });
  });
});
