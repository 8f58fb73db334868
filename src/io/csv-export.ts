/**
 * The year-by-sector table as CSV, for a spreadsheet: one row per sector and flow, one
 * column per year, then the sum of all years and the present value.
 *
 * Choices: Norwegian files use ";" between fields and a decimal comma, which is what
 * Excel with Norwegian settings reads on a double-click; English files use "," and a
 * decimal point. Figures carry exactly 2 decimals (the engine's rounded øre, no
 * grouping) so the columns add up in the spreadsheet to the øre; the report shows whole
 * kroner. A UTF-8 byte order mark makes Excel read æ, ø and å correctly.
 */
import { BENEFIT_TYPES, type Model } from '../engine/model';
import type { Result, SectorYear } from '../engine/result';
import { translator, type Lang } from '../i18n/catalog';
import { levelName } from '../ui/level-names';
import { excelMessages } from './excel-messages';

export const CSV_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

const SECTOR_FLOWS = ['costs', ...BENEFIT_TYPES, 'transfersIn', 'transfersOut', 'net'] as const satisfies readonly (keyof SectorYear)[];
const TOTAL_FLOWS = ['costs', ...BENEFIT_TYPES, 'net'] as const;

export interface CsvDialect {
  separator: string;
  decimal: string;
}

export const DIALECTS: Record<Lang, CsvDialect> = {
  nb: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** A money string from the engine ("-1234.5") as a CSV figure with 2 decimals ("-1234,50"). */
export function csvNumber(value: string, dialect: CsvDialect): string {
  const [whole = '0', frac = ''] = value.split('.');
  return `${whole}${dialect.decimal}${frac.padEnd(2, '0').slice(0, 2)}`;
}

/**
 * Quotes when needed, and defuses text a spreadsheet would run as a formula
 * (a shared model's sector name "=HYPERLINK(…)" must stay text).
 */
export function csvText(value: string, dialect: CsvDialect): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(dialect.separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function yearSectorCsv(model: Model, result: Result, lang: Lang): string {
  const t = translator(excelMessages, lang);
  const d = DIALECTS[lang];
  const line = (cells: string[]) => cells.join(d.separator);
  const money = (v: string) => csvNumber(v, d);
  const sum = (values: string[]) => money(sumCents(values));
  const rows: string[] = [
    line([t('sector'), t('level'), t('csv.flow'), ...result.years.map((y) => String(y.year)), t('csv.sum'), t('csv.pv')].map((h) => csvText(h, d))),
  ];
  model.sectors.forEach((s, i) => {
    const figures = result.sectors[i]!;
    const pv: Record<(typeof SECTOR_FLOWS)[number], string> = {
      costs: figures.pvCosts, ...figures.pvBenefits, transfersIn: figures.pvTransfersIn, transfersOut: figures.pvTransfersOut, net: figures.npv,
    };
    for (const flow of SECTOR_FLOWS) {
      const values = result.years.map((y) => y.bySector[s.id]?.[flow] ?? '0.00');
      rows.push(line([csvText(s.name, d), csvText(levelName(s.level, lang), d), csvText(t(`flow.${flow}`), d), ...values.map(money), sum(values), money(pv[flow])]));
    }
  });
  const totalPv: Record<(typeof TOTAL_FLOWS)[number], string> = { costs: result.totals.pvCosts, ...result.totals.pvBenefits, net: result.totals.npvFiscal };
  for (const flow of TOTAL_FLOWS) {
    const values = result.years.map((y) => y[flow]);
    rows.push(line([csvText(t('total'), d), '', csvText(t(`flow.${flow}`), d), ...values.map(money), sum(values), money(totalPv[flow])]));
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

/** Exact sum of 2-decimal strings through integer øre (BigInt: no float drift, no size limit). */
function sumCents(values: readonly string[]): string {
  let cents = 0n;
  for (const v of values) {
    const negative = v.startsWith('-');
    const [whole = '0', frac = ''] = v.replace('-', '').split('.');
    const c = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2) || '0');
    cents += negative ? -c : c;
  }
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
