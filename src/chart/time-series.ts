import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';
import { formatCompact, formatDayTick } from './format.js';
import { type Frame, tickCount } from './layout.js';

export interface TimePoint {
  date: Date;
  /** `null` marks a missing bucket: drawn as a gap, never interpolated. */
  value: number | null;
}

export interface Tick {
  /** Pixel offset along the axis, inside the plot area. */
  offset: number;
  label: string;
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
  const x = scaleUtc()
    .domain([first, last.getTime() === first.getTime() ? new Date(first.getTime() + 86_400_000) : last])
    .range([0, w]);
  const max = values.length ? Math.max(...values) : 1;
  const min = values.length ? Math.min(...values) : 0;
  const lower = options.baseline === 'auto' ? min : 0;
  const y = scaleLinear()
    .domain([lower, max === lower ? lower + 1 : max])
    .nice(tickCount(h, 40, 8))
    .range([h, 0]);

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
    baselineY,
    xTicks: xTickDates.map((date) => ({ offset: x(date), label: formatDayTick(date, options.locale) })),
    // Sizes and counts are whole numbers: a tick at 0.5 users would be nonsense.
    yTicks: y
      .ticks(tickCount(h, 40, 8))
      .filter(Number.isInteger)
      .map((v) => ({ offset: y(v), label: formatCompact(v, options.locale) })),
  };
}

/**
 * Ticks on bucket dates only (never between days, never a duplicated day label): every k-th bucket counted back
 * from the latest, so the most recent day always has a tick.
 */
export function bucketTicks(dates: readonly Date[], max: number): Date[] {
  if (dates.length === 0) return [];
  const step = Math.max(1, Math.ceil(dates.length / Math.max(1, max)));
  const ticks: Date[] = [];
  for (let i = dates.length - 1; i >= 0; i -= step) ticks.unshift(dates[i] as Date);
  return ticks;
}
