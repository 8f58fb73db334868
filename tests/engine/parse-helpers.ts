/** Small helpers to break one thing in an otherwise valid model file. */
import { serializeModel } from '../../src/engine/serialize';
import type { Model } from '../../src/engine/model';
import { aModel } from '../builders';

export type Raw = Record<string, unknown>;

/** The file form of a model: a fresh plain object each time. */
export function rawOf(model: Model = aModel()): Raw {
  return JSON.parse(serializeModel(model)) as Raw;
}

/** Walks `a.b.0.c` to the parent object of the last step. */
function parentOf(raw: Raw, path: string): [Raw, string] {
  const steps = path.split('.');
  let node: unknown = raw;
  for (const step of steps.slice(0, -1)) node = (node as Raw)[step];
  return [node as Raw, steps[steps.length - 1]!];
}

/** A copy of `raw` with the value at `path` replaced (undefined deletes it). */
export function withValue(path: string, value: unknown, raw: Raw = rawOf()): Raw {
  const copy = structuredClone(raw);
  const [parent, key] = parentOf(copy, path);
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

/** The file text with a raw JSON literal (which JSON.stringify could not write) at `path`. */
export function textWithLiteral(path: string, literal: string, raw: Raw = rawOf()): string {
  const marker = '@@literal@@';
  return JSON.stringify(withValue(path, marker, raw)).replace(`"${marker}"`, literal);
}
