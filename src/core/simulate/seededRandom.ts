/**
 * A small seeded pseudo-random generator (mulberry32), so random walks and
 * generated machines repeat exactly for the same seed on every platform.
 */

export type Random = () => number;

/**
 * A generator of floats in [0, 1) determined by `seed` (any number; only its low 32 bits count).
 * @example const random = seededRandom(42); random() // 0.6011… every time
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A whole number in [0, bound).
 * @example randomInt(seededRandom(1), 6) // 0 … 5
 */
export function randomInt(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}
