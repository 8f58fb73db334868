import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test } from '../lib/harness';
import { expectText, openApp } from '../lib/app';
import { describeViolations, runAxe } from '../lib/axe';

/**
 * The Monte Carlo simulation in the browser, in its Web Worker (issue 6): a run shows its
 * progress bar and then the chance that the measure pays for itself; a long run can be
 * cancelled. The run count is raised so the progress is there long enough to be seen.
 */
async function setRuns(page: Page, runs: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Antall kjøringer' });
  await field.fill(runs);
  await field.press('Enter');
}

function simulation(page: Page) {
  return page.getByRole('region', { name: 'Simulering (Monte Carlo)' });
}

test('runs a simulation: progress, then the probability, P10 / P50 / P90 and the per-sector table', { timeoutMs: 60_000 }, async ({ page, baseUrl, pageErrors }) => {
  await openApp(page, baseUrl, 'uncertainty');
  const region = simulation(page);
  await setRuns(page, '100000');
  await region.getByRole('button', { name: 'Kjør simulering' }).click();
  const bar = region.getByRole('progressbar');
  await bar.waitFor({ state: 'visible', timeout: 5_000 });
  assert.equal(await bar.getAttribute('max'), '100000');
  await expectText(region, /Sannsynligheten for at tiltaket lønner seg for budsjettene samlet .* er \d+,\d\s%/, 45_000);
  await expectText(region, /100\s000 kjøringer, seed 1/);
  await expectText(region, /P10 .*P50 .*P90/);
  assert.equal(await bar.count(), 0, 'the progress bar goes away when the run is done');
  assert.ok(await region.getByRole('table', { name: 'Sannsynlighet for gevinst per budsjettholder' }).isVisible());
  // The results (tables, histogram) meet WCAG 2.1 AA too, not only the screen before a run.
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  assert.deepEqual(pageErrors, []);
});

test('cancels a running simulation', { timeoutMs: 60_000 }, async ({ page, baseUrl, pageErrors }) => {
  await openApp(page, baseUrl, 'uncertainty');
  const region = simulation(page);
  await setRuns(page, '100000');
  await region.getByRole('button', { name: 'Kjør simulering' }).click();
  await region.getByRole('progressbar').waitFor({ state: 'visible', timeout: 5_000 });
  await region.getByRole('button', { name: 'Avbryt' }).click();
  await expectText(region, /Simuleringen ble avbrutt\./);
  assert.equal(await region.getByRole('progressbar').count(), 0);
  assert.equal(await region.getByText(/Sannsynligheten for at tiltaket lønner seg/).count(), 0, 'a cancelled run shows no result');
  assert.deepEqual(pageErrors, []);
});
