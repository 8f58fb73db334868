import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * A tiny test harness for the browser tests: one shared Chromium, a fresh context
 * (own storage, own service worker) per test, a timeout per test, a screenshot on failure.
 * A test may be marked `pending` with the reason (usually a screen still being built):
 * its failure is reported but does not fail the run, and once it passes the runner says
 * the mark should go. E2E_STRICT=1 counts pending failures as failures.
 */
export interface TestEnv {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The served app, ending in '/'. */
  baseUrl: string;
  /** The built app on disk (for tests that serve it themselves). */
  distDir: string;
  /** Uncaught errors thrown in the page so far. */
  pageErrors: string[];
  /** Content-Security-Policy violations reported by the browser so far. */
  cspViolations: string[];
}

export interface TestOptions {
  /** Why this test is expected to fail for now (e.g. "needs the toolbar Open (helper store)"). */
  pending?: string;
  timeoutMs?: number;
  context?: BrowserContextOptions;
}

type TestFn = (env: TestEnv) => Promise<void>;
interface TestCase { name: string; file: string; options: TestOptions; fn: TestFn }

const registry: TestCase[] = [];
let currentFile = '';

export function test(name: string, optionsOrFn: TestOptions | TestFn, maybeFn?: TestFn): void {
  const fn = typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn;
  const options = typeof optionsOrFn === 'function' ? {} : optionsOrFn;
  if (!fn) throw new Error(`test "${name}" has no body`);
  registry.push({ name, file: currentFile, options, fn });
}

/** Loads one spec file; a file that does not load counts as one failed test, not a crash. */
export async function loadSpec(file: string, load: () => Promise<unknown>): Promise<void> {
  currentFile = file;
  try {
    await load();
  } catch (e) {
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    registry.push({ name: '(the spec file loads)', file, options: {}, fn: () => Promise.reject(new Error(message)) });
  }
}

/**
 * Loads the app once before the tests: when it does not start at all, every test would
 * wait out its timeouts one by one, so the run stops early with the reason instead.
 */
export async function appStarts(browser: Browser, baseUrl: string): Promise<string | null> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(baseUrl);
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
    return null;
  } catch (e) {
    return `the app did not start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}${errors.length ? `\npage errors:\n${errors.join('\n')}` : ''}`;
  } finally {
    await context.close().catch(() => undefined);
  }
}

export function registeredCount(filter?: string): number {
  return registry.filter((c) => !filter || `${c.file} › ${c.name}`.includes(filter)).length;
}

export interface RunSummary { passed: number; failed: number; pendingFailed: number; pendingPassed: string[] }

export async function runRegistered(opts: {
  browser: Browser; baseUrl: string; distDir: string; outDir: string; filter?: string;
}): Promise<RunSummary> {
  const strict = process.env.E2E_STRICT === '1';
  const summary: RunSummary = { passed: 0, failed: 0, pendingFailed: 0, pendingPassed: [] };
  const cases = registry.filter((c) => !opts.filter || `${c.file} › ${c.name}`.includes(opts.filter));
  await mkdir(opts.outDir, { recursive: true });
  for (const c of cases) {
    const started = Date.now();
    const error = await runOne(c, opts);
    const ms = Date.now() - started;
    const label = `${c.file} › ${c.name} (${ms} ms)`;
    if (!error) {
      summary.passed += 1;
      if (c.options.pending) summary.pendingPassed.push(`${c.file} › ${c.name}`);
      console.log(`  ✓ ${label}`);
    } else if (c.options.pending && !strict) {
      summary.pendingFailed += 1;
      console.log(`  ~ ${label}  PENDING (${c.options.pending})\n${indent(error)}`);
    } else {
      summary.failed += 1;
      console.log(`  ✗ ${label}\n${indent(error)}`);
    }
  }
  return summary;
}

async function runOne(c: TestCase, opts: { browser: Browser; baseUrl: string; distDir: string; outDir: string }): Promise<string | null> {
  const context = await opts.browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 }, ...c.options.context });
  const page = await context.newPage();
  const env: TestEnv = { browser: opts.browser, context, page, baseUrl: opts.baseUrl, distDir: opts.distDir, pageErrors: [], cspViolations: [] };
  page.on('pageerror', (e) => env.pageErrors.push(e.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) env.cspViolations.push(msg.text());
  });
  const timeoutMs = c.options.timeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      c.fn(env),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return null;
  } catch (e) {
    const shot = join(opts.outDir, `${slug(`${c.file}-${c.name}`)}.png`);
    await page.screenshot({ path: shot, fullPage: true, timeout: 5_000 }).catch(() => undefined);
    const extra = env.pageErrors.length ? `\npage errors:\n${env.pageErrors.join('\n')}` : '';
    return `${e instanceof Error ? e.message : String(e)}${extra}\nscreenshot: ${shot}`;
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

function indent(text: string): string {
  return text.split('\n').slice(0, 40).map((l) => `      ${l}`).join('\n');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}
