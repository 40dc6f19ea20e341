/**
 * Deterministic pseudo-randomness for the mock: every value is derived from a string key (endpoint, ids, bucket
 * time), so the same request always yields the same body, in Node and in the browser alike.
 */
import { hashString } from './log.js';

export { hashString };

/** A seeded generator of numbers in [0, 1) (mulberry32), seeded by the hash of the joined key parts. */
export function seededRandom(...parts: readonly (string | number)[]): () => number {
  let state = hashString(parts.join('|'));
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal noise (mean 0, sd ≈ 1) from three uniform draws; bounded to ±3. */
export function noise(random: () => number): number {
  return (random() + random() + random() - 1.5) * 2;
}

/** A stable UUID-shaped identifier for `key` (like Braze's `variation_api_id`). */
export function stableUuid(key: string): string {
  const random = seededRandom('uuid', key);
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(random() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
