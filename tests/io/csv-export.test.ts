import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/engine/calculate';
import type { Model } from '../../src/engine/model';
import { parseModel } from '../../src/engine/parse';
import { DIALECTS, csvNumber, csvText, yearSectorCsv } from '../../src/io/csv-export';
import { arbitraryModel } from '../engine/arbitraries';
import { parseCsv } from './csv-parse';

const root = join(__dirname, '../..');
function load(path: string): Model {
  const outcome = parseModel(JSON.parse(readFileSync(path, 'utf8')));
  if (!outcome.ok) throw new Error(path);
  return outcome.model;
}
const school = load(join(root, 'fixtures/school-coping-course.model.json'));

/** Reads a CSV figure back in its dialect. */
const figure = (text: string, lang: 'nb' | 'en') => Number(lang === 'nb' ? text.replace(',', '.') : text);

describe('year-by-sector CSV', () => {
  it.each(['nb', 'en'] as const)('starts with a BOM, uses CRLF and the %s separator', (lang) => {
    const csv = yearSectorCsv(school, calculate(school), lang);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const header = csv.slice(1).split('\r\n')[0]!;
    expect(header.split(DIALECTS[lang].separator)).toHaveLength(3 + school.years + 2);
  });

  it.each(['nb', 'en'] as const)('in %s every sector×flow×year cell equals the engine’s figure, and sums add up', (lang) => {
    const result = calculate(school);
    const rows = parseCsv(yearSectorCsv(school, result, lang), DIALECTS[lang].separator);
    const body = rows.slice(1);
    // 8 flows per sector, 6 total rows.
    expect(body).toHaveLength(school.sectors.length * 8 + 6);
    school.sectors.forEach((s, i) => {
      const net = body[i * 8 + 7]!;
      expect(net[0]).toBe(s.name);
      result.years.forEach((y, t) => expect(figure(net[3 + t]!, lang)).toBeCloseTo(Number(y.bySector[s.id]!.net), 2));
      expect(figure(net[3 + school.years]!, lang)).toBeCloseTo(Number(result.sectors[i]!.horizonNet), 2);
      expect(figure(net[4 + school.years]!, lang)).toBeCloseTo(Number(result.sectors[i]!.npv), 2);
    });
    const totalNet = body[body.length - 1]!;
    expect(figure(totalNet[4 + school.years]!, lang)).toBeCloseTo(Number(result.totals.npvFiscal), 2);
  });

  it('nb figures have a decimal comma and no point; en figures a point and no comma', () => {
    const result = calculate(school);
    const nb = parseCsv(yearSectorCsv(school, result, 'nb'), ';').slice(1).flatMap((r) => r.slice(3));
    const en = parseCsv(yearSectorCsv(school, result, 'en'), ',').slice(1).flatMap((r) => r.slice(3));
    expect(nb.every((v) => /^-?\d+,\d{2}$/.test(v))).toBe(true);
    expect(en.every((v) => /^-?\d+\.\d{2}$/.test(v))).toBe(true);
  });

  it('the sum column is exact: Σ of the yearly cells to the øre, for any model', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      const rows = parseCsv(yearSectorCsv(model, calculate(model), 'en'), ',').slice(1);
      for (const r of rows) {
        const cents = r.slice(3, 3 + model.years).reduce((acc, v) => acc + Math.round(Number(v) * 100), 0);
        expect(Math.round(Number(r[3 + model.years]) * 100)).toBe(cents);
      }
    }), { numRuns: 30 });
  });

  it.each([
    ['=HYPERLINK("http://x")', ';', `"'=HYPERLINK(""http://x"")"`],
    ['+47 sector', ';', "'+47 sector"],
    ['-minus', ';', "'-minus"],
    ['@home', ';', "'@home"],
    ['Kommune; helse', ';', '"Kommune; helse"'],
    ['Kommune; helse', ',', 'Kommune; helse'],
    ['a, b', ',', '"a, b"'],
    ['line\nbreak', ',', '"line\nbreak"'],
    ['Barnevern', ';', 'Barnevern'],
  ])('text %j with separator %j is written as %j', (value, separator, expected) => {
    expect(csvText(value, { separator, decimal: '.' })).toBe(expected);
  });

  it.each([
    ['1234.5', DIALECTS.nb, '1234,50'],
    ['-40000.00', DIALECTS.nb, '-40000,00'],
    ['0.00', DIALECTS.en, '0.00'],
    ['12', DIALECTS.en, '12.00'],
  ])('money %s is written as %s', (value, dialect, expected) => {
    expect(csvNumber(value, dialect)).toBe(expected);
  });
});
