import { DAY_MS } from '../api/time.js';
import { area, line } from 'd3-shape';
import { formatDayTick } from './format.js';
import { type Frame, tickCount } from './layout.js';
import { linearScale } from './linear.js';
import { bucketTickIndices, type Tick } from './ticks.js';
import { valueAxis } from './value-axis.js';

export type { Tick } from './ticks.js';

export interface TimePoint {
  date: Date;
  /** `null` marks a missing bucket: drawn as a gap, never interpolated. */
  value: number | null;
}

export interface PlottedPoint extends TimePoint {
  x: number;
  y: number;
}

export interface TimeSeriesGeometry {
  linePath: string;
  areaPath: string;
  points: PlottedPoint[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Pixel y of the value axis' lowest value (area baseline). */
  baselineY: number;
  /** Known points with no known neighbour: a line cannot show them, so they are drawn as dots. */
  lone: PlottedPoint[];
}

export interface TimeSeriesOptions {
  /** `zero`: the value axis starts at 0 (honest areas). `auto`: it fits the data's range, for small changes. */
  baseline?: 'zero' | 'auto';
  locale?: string;
}

/**
 * Scales, ticks and SVG paths of a daily line/area chart, in plot-area coordinates (0,0 = top-left of the plot).
 * Pure: no DOM. Day dates are UTC midnights (see parseDay), so a UTC time scale puts ticks on the right days.
 */
export function timeSeriesGeometry(
  data: readonly TimePoint[],
  box: Frame,
  options: TimeSeriesOptions = {},
): TimeSeriesGeometry {
  const { innerWidth: w, innerHeight: h } = box;
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const first = data[0]?.date ?? new Date(0);
  const last = data[data.length - 1]?.date ?? first;
  // Time is linear in milliseconds; day dates are UTC midnights, so equal days are equal steps.
  const end = last.getTime() === first.getTime() ? first.getTime() + DAY_MS : last.getTime();
  const time = linearScale([first.getTime(), end], [0, w]);
  const x = (date: Date) => time(date.getTime());
  const max = values.length ? Math.max(...values) : 1;
  const min = values.length ? Math.min(...values) : 0;
  const lower = options.baseline === 'auto' ? min : 0;
  const { scale: y, ticks: yTicks } = valueAxis(lower, max, h, { locale: options.locale });

  const points: PlottedPoint[] = data.map((d) => ({
    ...d,
    x: data.length === 1 ? w / 2 : x(d.date),
    y: d.value === null ? Number.NaN : y(d.value),
  }));
  const defined = (p: PlottedPoint) => p.value !== null;
  const baselineY = y(y.domain()[0] ?? 0);
  const lineGen = line<PlottedPoint>()
    .defined(defined)
    .x((p) => p.x)
    .y((p) => p.y);
  const areaGen = area<PlottedPoint>()
    .defined(defined)
    .x((p) => p.x)
    .y0(baselineY)
    .y1((p) => p.y);

  const xTickDates = bucketTicks(
    data.map((d) => d.date),
    tickCount(w, 90, 12),
  );
  return {
    linePath: lineGen(points) ?? '',
    areaPath: areaGen(points) ?? '',
    points,
    lone: points.filter(
      (p, i) =>
        defined(p) && (points[i - 1]?.value ?? null) === null && (points[i + 1]?.value ?? null) === null,
    ),
    baselineY,
    xTicks: xTickDates.map((date) => ({ offset: x(date), label: formatDayTick(date, options.locale) })),
    yTicks,
  };
}

/** The bucket dates that get a tick (see bucketTickIndices). */
export function bucketTicks(dates: readonly Date[], max: number): Date[] {
  return bucketTickIndices(dates.length, max).map((i) => dates[i] as Date);
}
