import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPatch, diff } from '../../src/workers/structural-patch';

/** JSON-like trees as a structured clone makes them (plain prototypes), with small key and value sets so that two trees often share parts. */
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(fc.constantFrom('0.00', '1.50', 'a', '', '__proto__'), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null)),
  array: fc.array(tie('node'), { maxLength: 5 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'id', '__proto__', 'hasOwnProperty'), tie('node'), { maxKeys: 4, noNullPrototype: true }),
})).node;

/** Changes a few places of a tree, sharing everything else with the original (as an edit does). */
function edit(value: unknown, choices: number[]): unknown {
  const choice = choices.pop();
  if (choice === undefined || typeof value !== 'object' || value === null) return choice === 0 ? 'changed' : value;
  if (Array.isArray(value)) return value.map((v, i) => (i === choice % Math.max(1, value.length) ? edit(v, choices) : v));
  const copy: Record<string, unknown> = {};
  Object.entries(value).forEach(([k, v], i) => {
    Object.defineProperty(copy, k, { value: i === choice % 4 ? edit(v, choices) : v, enumerable: true, writable: true, configurable: true });
  });
  return copy;
}

const snapshot = (x: unknown) => JSON.stringify(x);

describe('diff and applyPatch', () => {
  it('turn any tree into any other, leaving the base untouched', () => {
    fc.assert(fc.property(tree, tree, (a, b) => {
      const before = snapshot(a);
      const patched = applyPatch(a, diff(a, b));
      expect(patched).toStrictEqual(b);
      expect(snapshot(a)).toBe(before);
    }), { numRuns: 500 });
  });

  it('send only what an edit changed and share every unchanged part with the base', () => {
    fc.assert(fc.property(tree, fc.array(fc.nat(7), { maxLength: 6 }), (a, choices) => {
      const b = edit(a, choices);
      const ops = diff(a, b);
      const patched = applyPatch(a, ops);
      expect(patched).toStrictEqual(b);
      if (b === a) expect(ops).toEqual([]);
      // Every object or array the patch did not touch is the base's own.
      const touched = (path: readonly (string | number)[]) => ops.some(([p]) => p.length <= path.length ? p.every((k, i) => k === path[i]) : path.every((k, i) => k === p[i]));
      const check = (x: unknown, y: unknown, path: (string | number)[]) => {
        if (typeof x !== 'object' || x === null) return;
        if (!touched(path)) expect(y).toBe(x);
        else if (typeof y === 'object' && y !== null && !ops.some(([p]) => p.length === path.length && p.every((k, i) => k === path[i])))
          for (const k of Object.keys(x)) check((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], [...path, Array.isArray(x) ? Number(k) : k]);
      };
      check(a, patched, []);
    }), { numRuns: 500 });
  });

  it('finds nothing to send between a tree and itself, however large', () => {
    const big = { rows: Array.from({ length: 1000 }, (_, i) => ({ year: 2027 + i, value: `${i}.00` })) };
    expect(diff(big, big)).toEqual([]);
    expect(applyPatch(big, [])).toBe(big);
  });

  it('replaces one value deep down with one entry', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ year: 2027 + i, costs: '0.00', net: '0.00' }));
    const next = { rows: rows.map((r, i) => (i === 7 ? { ...r, costs: '5.00' } : r)) };
    expect(diff({ rows }, next)).toEqual([[['rows', 7, 'costs'], '5.00']]);
  });

  it('sends a list of plain values whole when most of it changed', () => {
    const prev = { contributions: ['1', '2', '3', '4'] };
    expect(diff(prev, { contributions: ['1', '9', '9', '9'] })).toEqual([[['contributions'], ['1', '9', '9', '9']]]);
    expect(diff(prev, { contributions: ['1', '2', '9', '4'] })).toEqual([[['contributions', 2], '9']]);
  });

  it('keeps a key named __proto__ a plain key, never the prototype', () => {
    const base = JSON.parse('{"bySector":{"__proto__":{"net":"1.00"},"b":{"net":"2.00"}}}') as Record<string, unknown>;
    const next = JSON.parse('{"bySector":{"__proto__":{"net":"3.00"},"b":{"net":"2.00"}}}') as Record<string, unknown>;
    const patched = applyPatch(base, diff(base, next)) as { bySector: object };
    expect(Object.getPrototypeOf(patched.bySector)).toBe(Object.prototype);
    expect(patched).toStrictEqual(next);
  });

  it('refuses a patch made for another base instead of inventing the missing parts', () => {
    const ops = diff({ rows: [{ a: '1' }, { a: '2' }] }, { rows: [{ a: '1' }, { a: '3' }] });
    expect(() => applyPatch({ rows: [{ a: '1' }] }, ops)).toThrow(/does not fit/);
    expect(() => applyPatch(undefined, ops)).toThrow(/does not fit/);
  });
});
