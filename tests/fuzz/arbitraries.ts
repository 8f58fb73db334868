/**
 * Generators shared by the fuzz tests: texts a user might type into a number field, and
 * model files that are "almost right" (a real example with one part replaced), which reach
 * far deeper into the parser than random JSON, which is refused at its first field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** The project root: npm runs vitest and the browser-test runner from there. */
const ROOT = process.cwd();

/** The built-in examples. */
export function fixtures(): Record<string, unknown>[] {
  return ['fixtures/school-coping-course.model.json', 'fixtures/youth-meets-elderly.model.json'].map(
    (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>,
  );
}

/** Characters that numbers are written with, plus a few that look like them. */
const NUMBERISH = [
  ...'0123456789', ' ', '\u00a0', '\u202f', '.', ',', '-', '+', '\u2212', '\u2013', '%', '(', ')', 'e', 'E',
  'k', 'r', 'N', 'O', 'K', '\u0661', '\uff11', '\u00bd', '\t', '\n', "'", '_',
];

/** Texts meant to break a number parser: special words, edge shapes and near-numbers. */
export const NASTY_TEXTS = [
  '', ' ', 'NaN', 'nan', 'Infinity', '-Infinity', '∞', 'undefined', 'null', '1e400', '1e-400', '1E+06', '1,5E+06',
  '-0', '+-1', '--1', '(1 000)', '((1))', '12 %', '%', '12 %%', '1 23', '1.234.5', '1,2,3', ',', '.', '-', ',-',
  '0x10', '0b1', '١٢٣', '１２３', '½', '9'.repeat(21), `0.${'1'.repeat(13)}`, `${'9'.repeat(20)}.${'9'.repeat(12)}`,
  'kr', 'kr -', 'NOK NOK 1', '1 kr %', '<script>', '{}', '[]', '😀', 'x'.repeat(300), '1'.repeat(201), '\u0000',
  '1\u200b000', '1 000 000 000 000 000 000 000', '-,5', '+,5', '5,', '5.', '00012', '0,000000000001', '1e', 'e5',
] as const;

/** Something a user might type into a number field (typos, pastes, nonsense). */
export function typedText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 16 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.integer().map((n) => n.toLocaleString('nb-NO')) },
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path (list of keys) into a JSON value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function replaceAt(value: Json, path: readonly (string | number)[], replacement: Json | undefined): Json | undefined {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = replaceAt(copy[head as number] as Json, rest, replacement);
    if (next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  const next = replaceAt(copy[head as string] as Json, rest, replacement);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

/** Values that are plausible in a model file but often wrong where they land. */
const replacementValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('0', '-1', '1.5', '1e3', 'NaN', 'Infinity', '', ' 12', '12 %', '0.04', 1e308, -1, 0, 2.5, 101, 10000, null, [], {}),
  fc.double().map((d) => (Number.isFinite(d) ? d : String(d))),
);

/**
 * A real example with 1–3 of its values replaced or removed: sometimes still a valid model
 * (the parser must accept it), often not (it must refuse it with the path).
 */
export function mutatedModel(): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...fixtures()), fc.array(fc.tuple(fc.nat(), replacementValue), { minLength: 1, maxLength: 3 }))
    .map(([fixture, edits]) => {
      let model = structuredClone(fixture) as Json;
      for (const [pick, replacement] of edits) {
        const paths = pathsOf(model).filter((p) => p.length > 0);
        if (paths.length === 0) break;
        model = replaceAt(model, paths[pick % paths.length]!, replacement) ?? model;
      }
      return model;
    });
}

/** Every path to a decimal string ("0.3", "120000") in a model file. */
function decimalPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return /^-?\d+(\.\d+)?$/.test(value) ? [prefix] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => decimalPaths(v, [...prefix, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => decimalPaths(v, [...prefix, k]));
  return [];
}

/**
 * A real example with one figure changed to another plain decimal: mostly still a valid
 * model (with other figures), sometimes out of range (a share above 100 %).
 */
export function tweakedModel(): fc.Arbitrary<unknown> {
  const figure = fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toString()),
    fc.integer({ min: -500_000, max: 2_000_000 }).map(String),
  );
  return fc.tuple(fc.constantFrom(...fixtures()), fc.nat(), figure).map(([fixture, pick, value]) => {
    const paths = decimalPaths(fixture);
    return replaceAt(structuredClone(fixture) as Json, paths[pick % paths.length]!, value);
  });
}
