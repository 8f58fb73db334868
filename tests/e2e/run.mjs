// `npm run test:e2e`: builds the app, serves dist on a free localhost port, runs every
// tests/e2e/specs/*.spec.ts in Debian's Chromium, stops the server and exits non-zero on a
// failure. The last line is always "N passed, N failed".
//
//   npm run test:e2e                  build, then run all specs
//   npm run test:e2e -- --no-build    reuse dist/
//   npm run test:e2e -- privacy       only tests whose file or name contains "privacy"
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const distDir = join(root, 'dist');
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const filter = args.find((a) => !a.startsWith('--'));

if (build) {
  console.log('e2e: vite build');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const res = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) finish(0, 1, 'the build failed');
}
if (!existsSync(join(distDir, 'index.html'))) finish(0, 1, 'dist/index.html is missing (run without --no-build)');

register();
const harness = await import(pathToFileURL(join(here, 'lib/harness.ts')).href);
const { startStaticServer } = await import(pathToFileURL(join(here, 'lib/static-server.ts')).href);
const { launchChromium } = await import(pathToFileURL(join(here, 'lib/browser.ts')).href);

const specDir = join(here, 'specs');
const specs = readdirSync(specDir).filter((f) => f.endsWith('.spec.ts')).sort();
for (const spec of specs) {
  await harness.loadSpec(spec.replace(/\.spec\.ts$/, ''), () => import(pathToFileURL(join(specDir, spec)).href));
}

const started = Date.now();
const server = await startStaticServer(distDir);
let browser;
let summary = { passed: 0, failed: 1, pendingFailed: 0, pendingPassed: [] };
try {
  browser = await launchChromium();
  console.log(`e2e: serving ${distDir} at ${server.url} (Chromium ${browser.version()})`);
  const broken = await harness.appStarts(browser, server.url);
  if (broken) {
    console.error(`e2e: ${broken}`);
    summary = { passed: 0, failed: harness.registeredCount(filter), pendingFailed: 0, pendingPassed: [] };
  } else summary = await harness.runRegistered({ browser, baseUrl: server.url, distDir, outDir: join(here, 'out'), filter });
} catch (e) {
  console.error(e);
} finally {
  await browser?.close().catch(() => undefined);
  await server.close();
}

console.log(`\ne2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (summary.pendingFailed) {
  console.log(`${summary.pendingFailed} pending test(s) failed as expected (not counted; E2E_STRICT=1 counts them)`);
}
for (const name of summary.pendingPassed) console.log(`now passing, remove its pending mark: ${name}`);
finish(summary.passed, summary.failed);

function finish(passed, failed, why) {
  if (why) console.error(`e2e: ${why}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
