import { nice, ticks } from 'd3-array';

/** A linear map from a numeric domain to pixels, with d3's tick rules. */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  /** About `count` round values inside the domain (d3-array's `ticks`). */
  ticks(count: number): number[];
}

/**
 * A linear scale from `domain` to `range`; with `niceCount`, the domain is first extended to round bounds for that
 * many ticks (d3-array's `nice`, the same rule as d3-scale's `.nice()`). Stands in for d3-scale's `scaleLinear`,
 * whose default colour-capable interpolator pulls d3-interpolate and d3-color into every bundle for nothing: the
 * charts only ever map numbers to pixels.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  niceCount?: number,
): LinearScale {
  const [d0, d1] = niceCount === undefined ? domain : nice(domain[0], domain[1], niceCount);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count) => ticks(d0, d1, count);
  return scale;
}
