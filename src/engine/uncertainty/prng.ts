/**
 * A small seeded generator, so a simulation can be repeated exactly: the seed is stored in
 * the model (`simulation.seed`) and printed with the results. sfc32 (Chris Doty-Humphrey's
 * "small fast counting" generator) passes PractRand and BigCrush, needs only 32-bit integer
 * operations (identical in every JavaScript engine) and has a period of at least 2^32;
 * its four words are filled from the seed by splitmix32, so seeds 1 and 2 start far apart.
 */

export interface Rng {
  /** A uniform number in [0, 1). */
  next(): number;
}

export const MAX_SEED = 4294967295;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs still carry some of the seed's structure: skip them.
  for (let i = 0; i < 12; i++) next();
  return { next };
}

/** A seed for "new seed": any integer 0 … 2^32 − 1. */
export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}
