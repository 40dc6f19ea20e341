import { formatCompact } from './format.js';
import { tickCount } from './layout.js';
import { linearScale, type LinearScale } from './linear.js';
import type { Tick } from './ticks.js';

export interface ValueAxis {
  scale: LinearScale;
  ticks: Tick[];
}

/**
 * A vertical value scale from `lower` to `upper` over `height` pixels (0 at the top), rounded to nice numbers, with
 * compact labels. Counts are whole numbers, so fractional ticks are dropped unless `fractions` is set.
 */
export function valueAxis(
  lower: number,
  upper: number,
  height: number,
  options: { locale?: string; fractions?: boolean; format?: (value: number) => string } = {},
): ValueAxis {
  const count = tickCount(height, 40, 8);
  const scale = linearScale([lower, upper > lower ? upper : lower + 1], [height, 0], count);
  const format = options.format ?? ((v: number) => formatCompact(v, options.locale));
  const ticks = scale
    .ticks(count)
    .filter((v) => options.fractions || Number.isInteger(v))
    .map((v) => ({ offset: scale(v), label: format(v) }));
  return { scale, ticks };
}
