/**
 * Writes the model file a user saves and mails: pretty JSON with two-space indents,
 * keys in spec order, money as decimal strings. Lists of plain values (amounts, sizes)
 * stay on one line so a file with a 60-year horizon remains readable and diffable.
 */
import type { Model } from './model';
import { buildModel } from './parse-build';

export function serializeModel(model: Model): string {
  // The same builder as parsing: spec key order, defaults explicit, no stray keys.
  return `${pretty(buildModel(model), '')}\n`;
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** The built model holds only strings, numbers, null, lists and plain objects. */
function pretty(value: unknown, indent: string): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as object);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}
