/**
 * Bundle budget: the JavaScript a browser must load before the first paint of the built
 * app, gzipped (level 9, as gzip-size and most budget tools do). That is the entry script
 * of dist/index.html, its modulepreloads and every chunk they import statically; lazily
 * loaded screens (charts, report, Excel) are not counted. Budget: 250 kB.
 *
 * Part of `npm run bench`; on its own, with the file list:
 *   npx tsx bench/bundle.bench.ts          (builds first when dist/ is missing)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './bench';

export const JS_BUDGET_BYTES = 250 * 1000;
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

export interface BundleFile { file: string; bytes: number; gzip: number }
export interface BundleReport { files: BundleFile[]; css: BundleFile[]; jsGzip: number; budget: number; ok: boolean }

/** Builds the app when dist/ is missing, so a bench can run on its own. */
export function ensureBuilt(): void {
  if (existsSync(join(DIST, 'index.html'))) return;
  const res = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('vite build failed');
}

/** The attribute values of every tag in `html` that matches `tag` (a tiny, sufficient parser for Vite's output). */
function attrs(html: string, tag: RegExp, attr: string): string[] {
  const out: string[] = [];
  for (const [element] of html.matchAll(tag)) {
    const value = new RegExp(`\\s${attr}="([^"]+)"`).exec(element)?.[1];
    if (value) out.push(value);
  }
  return out;
}

/** Static `import … from "./x.js"` and `export … from` in a built chunk; `import("…")` (lazy) is not matched. */
export function staticImports(code: string): string[] {
  const found = code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g);
  return [...found].map((m) => m[1]!);
}

export function measureBundle(dist = DIST): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots = [
    ...attrs(html, /<script\b[^>]*type="module"[^>]*>/g, 'src'),
    ...attrs(html, /<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href'),
  ].map((p) => posix.normalize(p.replace(/^\.?\//, '')));
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const dep of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), dep)));
  }
  const size = (file: string): BundleFile => {
    const body = readFileSync(join(dist, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const files = [...seen].map(size);
  const css = attrs(html, /<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href').map((p) => size(posix.normalize(p.replace(/^\.?\//, ''))));
  const jsGzip = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, css, jsGzip, budget: JS_BUDGET_BYTES, ok: jsGzip <= JS_BUDGET_BYTES };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function printBundleReport(r: BundleReport): void {
  console.log('JavaScript before first paint (gzip -9):');
  for (const f of r.files) console.log(`  ${f.file.padEnd(48)} ${kb(f.bytes).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  for (const f of r.css) console.log(`  ${f.file.padEnd(48)} ${kb(f.bytes).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip (CSS, not counted)`);
  console.log(`bundle: ${kb(r.jsGzip)} gzip JS before first paint (budget ${kb(r.budget)}) ${r.ok ? 'OK' : 'OVER BUDGET'}`);
}

export const benchmarks: Benchmark[] = [
  {
    name: 'JS before first paint (gzip)',
    target: JS_BUDGET_BYTES / 1000,
    measure: () => {
      ensureBuilt();
      const r = measureBundle();
      return {
        value: Math.round(r.jsGzip / 100) / 10,
        unit: 'kB',
        detail: `${r.files.length} file(s): ${r.files.map((f) => f.file.replace(/^assets\//, '')).join(', ')}; gzip -9 of dist/`,
      };
    },
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureBuilt();
  const report = measureBundle();
  printBundleReport(report);
  process.exitCode = report.ok ? 0 : 1;
}
