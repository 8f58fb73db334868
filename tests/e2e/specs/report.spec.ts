import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { test } from '../lib/harness';
import { openApp } from '../lib/app';

/**
 * The printed report (issue 5): #/report of the school example printed to PDF by Chromium
 * must be a 2–12 page A4 document carrying the title, every sector, the NPV and the PV of
 * costs in whole kroner, with no app chrome and no empty chart. Needs poppler-utils
 * (pdftotext, pdfinfo) besides Chromium.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const school = JSON.parse(readFileSync(join(root, 'fixtures/school-coping-course.model.json'), 'utf8')) as { title: string; sectors: { name: string }[] };
const golden = JSON.parse(readFileSync(join(root, '../shared/golden/school-coping-course.result.json'), 'utf8')) as {
  totals: { npv: string; npvFiscal: string; pvCosts: string };
};

/** "5378832.04" → /5\s378\s832\s?kr/ (any space: U+00A0, U+202F or plain). */
function krone(value: string): RegExp {
  const whole = String(Math.round(Number(value)));
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return new RegExp(`${grouped.replace(/ /g, '\\s')}\\s?kr`);
}

/** Whitespace-normalised, so names wrapped in table cells or chart labels still match. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

async function openReport(page: Page, baseUrl: string) {
  await openApp(page, baseUrl, 'report');
  await page.locator('.report[data-ready="true"]').waitFor({ timeout: 10_000 });
}

async function printToPdf(page: Page, check: (pdf: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'gevinstkart-report-'));
  try {
    const pdf = join(dir, 'report.pdf');
    await page.emulateMedia({ media: 'print' });
    await writeFile(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    if (process.env.KEEP_PDF) await writeFile(process.env.KEEP_PDF, await readFile(pdf));
    await check(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('every chart in the report has drawn bars or lines before printing', async ({ page, baseUrl }) => {
  await openReport(page, baseUrl);
  await page.emulateMedia({ media: 'print' });
  const charts = await page.locator('.report .chart-canvas').evaluateAll((els) =>
    els.map((el) => ({
      // The chart's own surface is the widest SVG; legend icons are small SVGs of their own.
      width: Math.max(0, ...Array.from(el.querySelectorAll('svg.recharts-surface'), (svg) => svg.getBoundingClientRect().width)),
      // Bars are <path class="recharts-rectangle">, lines <path class="recharts-curve">: each must have a real outline.
      shapes: Array.from(el.querySelectorAll('path.recharts-rectangle, path.recharts-curve')).filter((p) => (p.getAttribute('d') ?? '').length > 10).length,
    })),
  );
  assert.ok(charts.length >= 3, `expected at least 3 charts (pays-gains, years, sharing), found ${charts.length}`);
  for (const [i, c] of charts.entries()) {
    assert.ok(c.shapes > 0, `chart ${i} is empty`);
    assert.ok(c.width > 600 && c.width <= 680, `chart ${i} is ${c.width}px wide, not the fixed print width`);
  }
});

test('#/report of the school example prints to a 2–12 page A4 PDF with title, sectors, NPV and PV costs', { timeoutMs: 60_000 }, async ({ page, baseUrl }) => {
  await openReport(page, baseUrl);
  await printToPdf(page, async (pdf) => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    assert.ok(pages >= 2 && pages <= 12, `the report has ${pages} pages`);
    // A4 is 595 × 842 points.
    assert.match(info, /Page size:.*\(A4\)/);
    const text = flat(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    const raw = flat(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
    assert.ok(text.includes(school.title), 'title missing');
    for (const s of school.sectors) assert.ok(text.includes(s.name) || raw.includes(s.name), `sector "${s.name}" missing`);
    assert.match(text, krone(golden.totals.npv), 'total NPV missing');
    assert.match(text, krone(golden.totals.npvFiscal), 'budget NPV missing');
    assert.match(text, krone(golden.totals.pvCosts), 'PV of costs missing');
    // No app chrome or buttons on paper.
    for (const chrome of ['Hopp til innholdet', 'Mine modeller', 'Skriv ut eller lagre som PDF', 'Lag delingslenke']) {
      assert.ok(!text.includes(chrome), `"${chrome}" is printed`);
    }
    // Page numbers from the @page margin box: "1 / N" on the first page.
    assert.match(text, new RegExp(`\\b1 ?/ ?${pages}\\b`), 'page numbers missing');
  });
});

test('the Excel button downloads an .xlsx workbook', async ({ page, baseUrl }) => {
  await openReport(page, baseUrl);
  const download = page.waitForEvent('download', { timeout: 10_000 });
  await page.getByRole('button', { name: /Excel/ }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /\.xlsx$/);
  const path = await file.path();
  const bytes = await readFile(path);
  // An .xlsx is a zip: "PK" first.
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
});
