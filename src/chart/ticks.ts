export interface Tick {
  /** Pixel offset along the axis, inside the plot area. */
  offset: number;
  label: string;
}

/**
 * Indices of the buckets that get a tick: every k-th bucket counted back from the latest (so the most recent bucket
 * always has one), at most `max`. Ticks sit on buckets only: never between days, never a repeated label.
 */
export function bucketTickIndices(count: number, max: number): number[] {
  const step = Math.max(1, Math.ceil(count / Math.max(1, max)));
  const indices: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) indices.unshift(i);
  return indices;
}
