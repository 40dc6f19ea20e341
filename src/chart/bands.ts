import { scaleBand } from 'd3-scale';

export interface Bands {
  /** Left edge of bucket `i`'s bar. */
  start(i: number): number;
  /** Centre of bucket `i`. */
  center(i: number): number;
  /** Width of one bar. */
  bandwidth: number;
  /** Distance from one bucket to the next. */
  step: number;
}

/**
 * Evenly spaced bars for `count` consecutive time buckets across `width` pixels. `padding` is the share of each step
 * left empty between bars (0–1); thin bars keep at least 1px.
 */
export function timeBands(count: number, width: number, padding = 0.2): Bands {
  const scale = scaleBand<number>()
    .domain(Array.from({ length: count }, (_, i) => i))
    .range([0, width])
    .paddingInner(count > 1 ? padding : 0)
    .paddingOuter(padding / 2);
  const bandwidth = Math.max(1, scale.bandwidth());
  return {
    start: (i) => scale(i) ?? 0,
    center: (i) => (scale(i) ?? 0) + scale.bandwidth() / 2,
    bandwidth,
    step: scale.step(),
  };
}
