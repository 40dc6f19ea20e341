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

/** Steps between hour ticks that divide a day, so every midnight gets one. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12, 24];

/**
 * Indices of the hour buckets that get a tick, on the clock like d3's calendar ticks: every k-th hour of the day
 * (`hours[i]` is bucket i's hour, 0–23), k dividing 24 so that midnight always has one, the smallest k giving at
 * most `max`. Falls back to bucketTickIndices when no bucket falls on such an hour, or even midnights are too many.
 */
export function hourTickIndices(hours: readonly number[], max: number): number[] {
  for (const k of HOUR_STEPS) {
    const picked = hours.flatMap((hour, i) => (hour % k === 0 ? [i] : []));
    if (picked.length <= Math.max(1, max))
      return picked.length ? picked : bucketTickIndices(hours.length, max);
  }
  return bucketTickIndices(hours.length, max);
}
