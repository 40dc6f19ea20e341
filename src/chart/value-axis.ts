import { axisFormat } from './format.js';
import { tickCount } from './layout.js';
import { linearScale, type LinearScale } from './linear.js';
import type { Tick } from './ticks.js';

export interface ValueAxis {
  scale: LinearScale;
  ticks: Tick[];
}

/** Options of a value axis. */
export interface ValueAxisOptions {
  locale?: string | undefined;
  /** Allow fractional ticks (money); counts are whole numbers, so fractional ticks are dropped otherwise. */
  fractions?: boolean | undefined;
  /** Label the ticks as money in this currency (e.g. `USD`). */
  currency?: string | undefined;
  /** Label the ticks as percentages of ratios (0.15 → `15%`); implies fractions. */
  percent?: boolean | undefined;
}

/** Percent labels with the fewest decimals (up to 2) that write every tick exactly, the same for all. */
function percentFormat(ticks: readonly number[], locale: string | undefined): (value: number) => string {
  let digits = 0;
  while (
    digits < 2 &&
    !ticks.every((v) => Math.abs(Math.round(v * 10 ** (digits + 2)) - v * 10 ** (digits + 2)) < 1e-6)
  )
    digits += 1;
  const format = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return (value) => format.format(value);
}

/**
 * A vertical value scale from `lower` to `upper` over `height` pixels (0 at the top), rounded to nice numbers, with
 * labels in one format (see axisFormat).
 */
export function valueAxis(
  lower: number,
  upper: number,
  height: number,
  options: ValueAxisOptions = {},
): ValueAxis {
  const count = tickCount(height, 40, 8);
  const scale = linearScale([lower, upper > lower ? upper : lower + 1], [height, 0], count);
  const values = scale
    .ticks(count)
    .filter((v) => options.fractions || options.percent || Number.isInteger(v));
  const format = options.percent
    ? percentFormat(values, options.locale)
    : axisFormat(values, options.locale, options.currency);
  return { scale, ticks: values.map((v) => ({ offset: scale(v), label: format(v) })) };
}
