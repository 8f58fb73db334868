import assert from 'node:assert/strict';
import { test } from '../lib/harness';
import { openApp } from '../lib/app';
import { stubPrint, walkEverything } from '../lib/walk';

/**
 * Municipal users put real budget figures in this app: it must never send anything to any
 * host but its own. Every request the browser makes (pages, workers, service worker,
 * beacons, fonts, images) is recorded over a whole session.
 */
test('a whole session sends no request to another host, throws no uncaught error and breaks no CSP rule', { timeoutMs: 60_000 }, async ({ context, page, baseUrl, pageErrors, cspViolations }) => {
  const origin = new URL(baseUrl).origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => requests.push(ws.url()));
  const { visited } = await walkEverything(page, baseUrl);
  assert.ok(visited.length >= 20, `expected to visit every screen in both languages, visited ${visited.length}`);
  assert.ok(requests.length > 0, 'no request was recorded at all: the recorder is broken');
  const foreign = requests.filter((u) => !(u.startsWith(`${origin}/`) || u.startsWith('data:') || u.startsWith('blob:')));
  if (foreign.length) assert.fail(`requests to other hosts:\n${foreign.join('\n')}`);
  if (pageErrors.length) assert.fail(`uncaught errors:\n${pageErrors.join('\n')}`);
  if (cspViolations.length) assert.fail(`CSP violations:\n${cspViolations.join('\n')}`);
});

test('the built page carries a strict Content-Security-Policy', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  assert.equal(await meta.count(), 1, 'the built index.html should have one CSP meta tag');
  const csp = (await meta.getAttribute('content')) ?? '';
  for (const rule of ["default-src 'self'", "connect-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
    assert.ok(csp.includes(rule), `CSP lacks "${rule}": ${csp}`);
  }
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-(inline|eval)'/, 'scripts must not be allowed inline or through eval');
});

test('the report\'s print button asks the browser to print', async ({ page, baseUrl }) => {
  await stubPrint(page);
  await openApp(page, baseUrl, 'report');
  await page.getByRole('button', { name: /skriv ut/i }).first().click({ timeout: 3_000 });
  assert.equal(await page.evaluate(() => window.__printCalls ?? 0), 1);
});
