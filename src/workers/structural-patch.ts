/**
 * What changed between two versions of a plain-data tree (a model or a result), as a
 * list of replacements, and the other side's way to apply them with structural sharing.
 *
 * Why: the large model's result is 1.2 MB of strings; cloning it to the page after every
 * edit cost more than the calculation. An edit to one cost cell changes a few thousand
 * of its 55 000 figures, so only those cross. The same goes for the model on its way in,
 * and because unchanged lines keep their identity in the worker, its caches hit by reference.
 *
 * Trees are JSON-like (objects, arrays, strings, numbers, booleans, null; undefined
 * values survive as they do in a structured clone). An unchanged subtree is found by
 * identity first, so a diff of two results that share most of their objects is cheap.
 * A hand-written diff rather than a JSON-Patch library: those deep-clone the document on
 * apply or do not short-circuit on identity, which is the whole point here.
 */

export type PathKey = string | number;
/** Replace the value at `path` (empty: the whole tree) with `value`. */
export type PatchOp = readonly [path: readonly PathKey[], value: unknown];

type Node = Record<PathKey, unknown>;

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null;

function sameKeys(a: object, b: object, keysB: readonly string[]): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i += 1) if (keysA[i] !== keysB[i]) return false;
  return true;
}

/**
 * The replacements that turn `prev` into `next`. Arrays are compared index by index when
 * their lengths agree, objects key by key when their keys (in order) agree; otherwise the
 * node is replaced whole. A node of plain values with more than half of them changed is
 * also sent whole: one entry is cheaper to send and to apply than many.
 */
export function diff(prev: unknown, next: unknown): PatchOp[] {
  const ops: PatchOp[] = [];
  const path: PathKey[] = [];
  walk(prev, next, path, ops);
  return ops;
}

function walk(prev: unknown, next: unknown, path: PathKey[], ops: PatchOp[]): void {
  if (Object.is(prev, next)) return;
  if (!isNode(prev) || !isNode(next) || Array.isArray(prev) !== Array.isArray(next)) {
    ops.push([[...path], next]);
    return;
  }
  const keys: PathKey[] = Array.isArray(next) ? [] : Object.keys(next);
  if (Array.isArray(next)) {
    if (!Array.isArray(prev) || prev.length !== next.length) {
      ops.push([[...path], next]);
      return;
    }
    for (let i = 0; i < next.length; i += 1) keys.push(i);
  } else if (!sameKeys(prev, next, keys as string[])) {
    ops.push([[...path], next]);
    return;
  }
  let changedLeaves = 0;
  let allLeaves = true;
  for (const key of keys) {
    const a = prev[key];
    const b = next[key];
    if (isNode(b)) allLeaves = false;
    else if (!Object.is(a, b)) changedLeaves += 1;
  }
  if (allLeaves && changedLeaves * 2 > keys.length) {
    ops.push([[...path], next]);
    return;
  }
  for (const key of keys) {
    path.push(key);
    walk(prev[key], next[key], path, ops);
    path.pop();
  }
}

function shallowCopy(node: Node): Node {
  if (Array.isArray(node)) return node.slice() as unknown as Node;
  // Spread defines own properties (CreateDataProperty), so a key such as "__proto__" (a
  // sector id may be anything) is copied as a plain key, never as the prototype.
  return { ...node };
}

/**
 * `base` with the replacements applied: every node on a replaced path is copied once,
 * every other node is shared with `base`, which is left untouched. `ops` must come from
 * `diff(base', next)` with base' equal to `base`; a path that does not exist is an error.
 */
export function applyPatch<T>(base: T, ops: readonly PatchOp[]): T {
  let root: unknown = base;
  const copied = new Set<Node>();
  const own = (node: unknown, path: readonly PathKey[], depth: number): Node => {
    if (!isNode(node)) throw new Error(`patch does not fit: nothing at ${path.slice(0, depth).join('.') || 'the root'}`);
    if (copied.has(node)) return node;
    const copy = shallowCopy(node);
    copied.add(copy);
    return copy;
  };
  // Every key written below is checked to be the node's own first, so plain assignment
  // sets that own property (even one named "__proto__") and never the prototype.
  for (const [path, value] of ops) {
    if (path.length === 0) {
      root = value;
      continue;
    }
    let node = (root = own(root, path, 0));
    for (let i = 0; i < path.length; i += 1) {
      const key = path[i]!;
      if (!Object.hasOwn(node, key)) throw new Error(`patch does not fit: no ${path.slice(0, i + 1).join('.')}`);
      if (i === path.length - 1) {
        node[key] = value;
        break;
      }
      const child = own(node[key], path, i + 1);
      if (child !== node[key]) node[key] = child;
      node = child;
    }
  }
  return root as T;
}
