import { DAY_MS } from '../api/time.js';
import { area, line } from 'd3-shape';
import type { Frame } from './layout.js';
import { linearScale } from './linear.js';
import { dayTicks, type Tick } from './ticks.js';
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
  /** The area under the line, only when the value axis starts at zero ('' otherwise: an area from a cut-off floor
   * would exaggerate the change). */
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
  /**
   * `auto` (default): the value axis is fitted to the data, so the change shows, and the series is a line.
   * `zero`: the axis starts at 0 and the area under the line is filled.
   */
  baseline?: 'zero' | 'auto';
  locale?: string;
}

/**
 * Scales, ticks and SVG paths of a daily line/area chart, in plot-area coordinates (0,0 = top-left of the plot).
 * Pure: no DOM. Day dates are UTC midnights (see parseDay), so a UTC time scale puts ticks on the right days; a
 * single bucket sits in the middle with its own tick.
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
  const lone = last.getTime() === first.getTime();
  // Time is linear in milliseconds; day dates are UTC midnights, so equal days are equal steps.
  const time = linearScale([first.getTime(), lone ? first.getTime() + DAY_MS : last.getTime()], [0, w]);
  const x = (date: Date) => (lone ? w / 2 : time(date.getTime()));
  let max = values.length ? Math.max(...values) : 1;
  let min = values.length ? Math.min(...values) : 0;
  if (options.baseline !== 'zero' && max === min) {
    // A flat (or single) series on a fitted axis: a band around it, so it sits mid-plot rather than on an edge.
    const pad = Math.max(1, Math.abs(max) * 0.05);
    [min, max] = [Math.max(0, min - pad), max + pad];
  }
  const lower = options.baseline === 'zero' ? 0 : min;
  const { scale: y, ticks: yTicks } = valueAxis(lower, max, h, { locale: options.locale });

  const points: PlottedPoint[] = data.map((d) => ({
    ...d,
    x: x(d.date),
    y: d.value === null ? Number.NaN : y(d.value),
  }));
  const defined = (p: PlottedPoint) => p.value !== null;
  const floor = y.domain()[0] ?? 0;
  const baselineY = y(floor);
  const lineGen = line<PlottedPoint>()
    .defined(defined)
    .x((p) => p.x)
    .y((p) => p.y);
  const areaGen = area<PlottedPoint>()
    .defined(defined)
    .x((p) => p.x)
    .y0(baselineY)
    .y1((p) => p.y);
  return {
    linePath: lineGen(points) ?? '',
    areaPath: floor === 0 ? (areaGen(points) ?? '') : '',
    points,
    lone: points.filter(
      (p, i) =>
        defined(p) && (points[i - 1]?.value ?? null) === null && (points[i + 1]?.value ?? null) === null,
    ),
    baselineY,
    xTicks: dayTicks(first, last, w, x, options.locale),
    yTicks,
  };
}
