import { stack } from 'd3-shape';
import { timeBands } from './bands.js';
import type { Frame } from './layout.js';
import { bucketDayTicks, type Tick } from './ticks.js';
import { valueAxis, type ValueAxisOptions } from './value-axis.js';

/**
 * Values per day bucket and series: `values[day][series]`, series in stacking order (first at the bottom); `null`
 * (a day without data) draws nothing.
 */
export interface StackInput {
  dates: readonly Date[];
  keys: readonly string[];
  values: readonly (readonly (number | null)[])[];
}

/** One drawn segment of a stacked bar, in plot coordinates. */
export interface StackSegment {
  key: string;
  /** Index of the day bucket. */
  day: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StackedBarsGeometry {
  /** Non-zero segments, day by day, bottom to top. */
  segments: StackSegment[];
  /** Stack total of each day. */
  totals: number[];
  /** Centre of each day's bar. */
  centers: number[];
  /** Distance from one day's bar to the next. */
  step: number;
  xTicks: Tick[];
  yTicks: Tick[];
}

export type StackedBarsOptions = ValueAxisOptions;

/**
 * Stacked daily bars: d3's `stack` (no reordering, zero baseline) over the given series, bars in time bands, a
 * value axis from 0 to the highest day's total. Pure: no DOM.
 */
export function stackedBars(
  input: StackInput,
  box: Frame,
  options: StackedBarsOptions = {},
): StackedBarsGeometry {
  const { innerWidth: w, innerHeight: h } = box;
  const { dates, keys, values } = input;
  const layers = stack<readonly (number | null)[], number>()
    .keys(keys.map((_, i) => i))
    .value((row, i) => Math.max(0, row[i] ?? 0))(values);
  const totals = values.map((row) => keys.reduce((sum, _, i) => sum + Math.max(0, row[i] ?? 0), 0));
  const { scale: y, ticks: yTicks } = valueAxis(0, Math.max(0, ...totals), h, options);
  const bands = timeBands(dates.length, w);
  const segments: StackSegment[] = [];
  for (const layer of layers) {
    const key = keys[layer.key] ?? '';
    layer.forEach(([y0, y1], day) => {
      if (!(y1 > y0)) return;
      const top = y(y1);
      segments.push({
        key,
        day,
        value: y1 - y0,
        x: bands.start(day),
        y: top,
        width: bands.bandwidth,
        height: y(y0) - top,
      });
    });
  }
  segments.sort((a, b) => a.day - b.day);
  const centers = dates.map((_, i) => bands.center(i));
  const xTicks = bucketDayTicks(dates, (i) => bands.center(i), w, options.locale);
  return { segments, totals, centers, step: bands.step, xTicks, yTicks };
}
