import assert from 'node:assert/strict';
import { test } from '../lib/harness';
import { NAV_NAME, screenReady, showRoute } from '../lib/app';
import { startStaticServer } from '../lib/static-server';

/**
 * After one visit the app works with the network gone: the service worker precaches the
 * whole build. This test runs its own server and really stops it, besides cutting the
 * browser's network, so nothing can be fetched behind its back.
 */
test('after the first visit the app loads and opens every screen with the network cut', { timeoutMs: 45_000 }, async ({ context, page, distDir }) => {
  const server = await startStaticServer(distDir);
  try {
    await page.goto(server.url);
    await screenReady(page);
    const active = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'no service worker support';
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no service worker became active within 10 s'), 10_000));
      const ready = navigator.serviceWorker.ready.then((reg) => (reg.active ? 'active' : 'registered but not active'));
      return Promise.race([ready, timeout]);
    });
    assert.equal(active, 'active');
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  await page.reload();
  await screenReady(page);
  assert.equal(await page.locator('.app').getAttribute('data-route'), 'overview');
  await page.getByRole('navigation', { name: NAV_NAME.nb }).waitFor({ timeout: 3_000 });
  // Screens never opened online come from lazily loaded chunks: they must be cached too.
  for (const route of ['report', 'costs', 'sharing', 'accessibility']) {
    await showRoute(page, route);
    const crashed = await page.locator('main .crash').count();
    assert.equal(crashed, 0, `#/${route} failed to load offline`);
  }
});
