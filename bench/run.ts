/**
 * `npm run bench [-- FILTER]`: runs every benchmark in bench/*.bench.ts (or those whose
 * name contains FILTER) one after another and prints a table.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, Measurement } from './bench';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2]?.toLowerCase();

async function load(): Promise<Benchmark[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const all: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(`${dir}${file}`).href)) as { benchmarks?: Benchmark[] };
    all.push(...(module.benchmarks ?? []));
  }
  return filter ? all.filter((b) => b.name.toLowerCase().includes(filter)) : all;
}

function figure(m: Measurement): string {
  return `${m.value.toFixed(m.unit === 'ms' ? 1 : 0)} ${m.unit}`;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - text.length));
}

const benchmarks = await load();
const rows: string[][] = [['benchmark', 'result', 'target', 'detail']];
for (const bench of benchmarks) {
  process.stderr.write(`running ${bench.name} …\n`);
  const m = await bench.measure();
  const target = bench.target === undefined ? '' : `≤ ${bench.target} ${m.unit} ${m.value <= bench.target ? 'ok' : 'MISSED'}`;
  rows.push([bench.name, figure(m), target, m.detail ?? '']);
}
const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
const line = (r: string[]) => r.map((cell, col) => padEnd(cell, widths[col]!)).join('  ').trimEnd();
console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log([line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n'));
