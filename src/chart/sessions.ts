import { line } from 'd3-shape';
import { timeBands } from './bands.js';
import {
  formatDay,
  formatDayRange,
  formatDayTick,
  formatHour,
  formatHourRange,
  formatHourTick,
  formatNumber,
  hourOfDay,
  formatSignedPercent,
} from './format.js';
import { type Frame, tickCount } from './layout.js';
import { chartMessages, type ChartMessages } from './messages.js';
import {
  alignSeries,
  applyMissing,
  sessionsOf,
  type SessionPeriod,
  type SessionsDatum,
  type SessionUnit,
  type Timed,
  type ValueOf,
} from './sessions-period.js';
import { bucketDayTicks, hourTickIndices, type Tick } from './ticks.js';
import type { TimePoint } from './time-series.js';
import { valueAxis, type ValueAxisOptions } from './value-axis.js';
import { changeRatio } from './summary.js';

/** Formatting options shared by the session chart helpers. */
export interface SessionFormat {
  unit: SessionUnit;
  locale?: string | undefined;
  /** IANA zone for hour buckets (default: the viewer's). Day buckets are always calendar dates (UTC). */
  timeZone?: string | undefined;
}

/** A bucket in full: `May 1, 2024` (day, never shifted) or `May 1, 2024, 1:00 PM` (hour, in `timeZone`). */
export function formatBucket(date: Date, f: SessionFormat): string {
  return f.unit === 'hour' ? formatHour(date, f.locale, f.timeZone) : formatDay(date, f.locale);
}

/** An axis label: `May 1` for days, `1:00 PM` for hours. */
export function formatBucketTick(date: Date, f: SessionFormat): string {
  return f.unit === 'hour' ? formatHourTick(date, f.locale, f.timeZone) : formatDayTick(date, f.locale);
}

/** A period, e.g. `May 1 – 30, 2024` (Intl's formatRange); one bucket is written once. */
export function formatPeriod(first: Date, last: Date, f: SessionFormat): string {
  return f.unit === 'hour'
    ? formatHourRange(first, last, f.locale, f.timeZone)
    : formatDayRange(first, last, f.locale);
}

/** Zones already checked: building an Intl.DateTimeFormat costs about a millisecond, and every update asks. */
const zones = new Map<string, boolean>();

/** True when `timeZone` is an IANA zone (or offset) Intl accepts. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = zones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    zones.set(timeZone, valid);
  }
  return valid;
}
type Known = TimePoint & { value: number };

export interface SessionStats {
  /** Sum of the known buckets. */
  total: number;
  /** Total per known bucket. */
  average: number;
  /** Buckets with a value. */
  known: number;
  /** Buckets without one. */
  missing: number;
  /** The busiest bucket (the first of equals). */
  peak: Known;
  /** The quietest bucket. */
  low: Known;
  /** Direction of the least-squares trend over the period: `steady` when it moves less than 5% of the average. */
  trend: 'rising' | 'falling' | 'steady';
  /** The trend's change over the whole period relative to the average, e.g. 0.12 = +12%; undefined for 0 average. */
  trendRatio: number | undefined;
}

/** Total, average, peak and trend of the known buckets (nulls are missing, not zero). Undefined when none is known. */
export function sessionStats(points: readonly TimePoint[]): SessionStats | undefined {
  const known: { i: number; p: Known }[] = [];
  points.forEach((p, i) => {
    if (p.value !== null) known.push({ i, p: p as Known });
  });
  const firstKnown = known[0];
  if (!firstKnown) return undefined;
  let total = 0;
  let peak = firstKnown.p;
  let low = firstKnown.p;
  for (const { p } of known) {
    total += p.value;
    if (p.value > peak.value) peak = p;
    if (p.value < low.value) low = p;
  }
  const average = total / known.length;
  const slope = leastSquaresSlope(known.map(({ i, p }) => [i, p.value]));
  const trendRatio = average === 0 ? undefined : (slope * Math.max(0, points.length - 1)) / average;
  const trend =
    trendRatio === undefined || Math.abs(trendRatio) < 0.05
      ? 'steady'
      : trendRatio > 0
        ? 'rising'
        : 'falling';
  return {
    total,
    average,
    known: known.length,
    missing: points.length - known.length,
    peak,
    low,
    trend,
    trendRatio,
  };
}

function leastSquaresSlope(xy: readonly (readonly [number, number])[]): number {
  const n = xy.length;
  if (n < 2) return 0;
  const mx = xy.reduce((s, [x]) => s + x, 0) / n;
  const my = xy.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of xy) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export { changeRatio } from './summary.js';

/** One bar, in plot coordinates. */
export interface SessionBar {
  /** Index of the bucket in the period. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  point: Known;
}

/** A lone point of a line (no known neighbour), drawn as a dot so it does not vanish. */
export interface SessionDot {
  index: number;
  x: number;
  y: number;
  point: Known;
}

export interface SessionGeometry {
  /** Bars of the current period (variant `bars`); none for missing buckets. */
  bars: SessionBar[];
  /** Bars of the previous period, narrower and behind (variant `bars` with a comparison). */
  previousBars: SessionBar[];
  /** Line of the current period (variant `line`); one subpath per run of known buckets. */
  linePath: string;
  /** Line of the previous period (variant `line` with a comparison). */
  previousLinePath: string;
  dots: SessionDot[];
  previousDots: SessionDot[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Pixel y of 0. */
  baselineY: number;
  /** Pixel x of each bucket's centre. */
  centers: number[];
  /** Pixel y of each current bucket's value (`null` when missing). */
  ys: (number | null)[];
  /** Pixel y of each previous bucket's value (empty without a comparison). */
  previousYs: (number | null)[];
}

export interface SessionGeometryOptions extends SessionFormat {
  variant: 'bars' | 'line';
  /**
   * `zero` (default): the value axis starts at 0. `auto`: fitted to the values, for a line whose change would
   * otherwise be flat (ratios such as stickiness); bars always start at 0.
   */
  baseline?: 'zero' | 'auto';
  /** How the value axis is labelled: `percent` for ratios, `fractions` for small decimals. */
  axis?: Pick<ValueAxisOptions, 'percent' | 'fractions'>;
  /** Minimum pixels per x-axis label. Default 80. */
  tickSpacing?: number;
  /** Label the value axis as money in this ISO 4217 currency (revenue). */
  currency?: string | undefined;
}

/** Share of a bucket's band taken by each bar when two periods are compared: side by side, previous first. */
const COMPARE_PREVIOUS_WIDTH = 0.44;
const COMPARE_CURRENT_WIDTH = 0.5;

/**
 * Bars or lines of a session series (and of the previous period lined up bucket by bucket), value axis from 0,
 * x-axis ticks on buckets (times for hours, dates for days), in plot coordinates. Missing buckets (`null`) get no
 * bar and break the line: pass the points through applyMissing first to draw them as zeros instead.
 */
export function sessionGeometry(
  current: readonly TimePoint[],
  previous: readonly TimePoint[] | undefined,
  box: Frame,
  options: SessionGeometryOptions,
): SessionGeometry {
  const { innerWidth: w, innerHeight: h } = box;
  const n = current.length;
  const values = [...current, ...(previous ?? [])].map((p) => p.value).filter((v): v is number => v !== null);
  const fitted = options.baseline === 'auto' && options.variant === 'line' && values.length > 0;
  const upper = values.length ? Math.max(...values) : 0;
  let lower = fitted ? Math.min(...values) : 0;
  // A flat series on a fitted axis: a band around it, so it sits mid-plot.
  if (fitted && lower === upper) lower = Math.max(0, lower - Math.abs(lower) * 0.1 || 1);
  const { scale: y, ticks: yTicks } = valueAxis(lower, upper, h, {
    locale: options.locale,
    currency: options.currency,
    ...options.axis,
  });
  const baselineY = y(fitted ? (y.domain()[0] ?? 0) : 0);
  const bands = timeBands(n, w);
  const centers = Array.from({ length: n }, (_, i) =>
    options.variant === 'bars' ? bands.center(i) : n === 1 ? w / 2 : (i * w) / (n - 1),
  );

  const barsOf = (points: readonly TimePoint[], share: number, shift: number): SessionBar[] => {
    const bars: SessionBar[] = [];
    points.forEach((point, index) => {
      if (point.value === null) return;
      const top = y(point.value);
      bars.push({
        index,
        x: bands.start(index) + bands.bandwidth * shift,
        y: top,
        width: Math.max(1, bands.bandwidth * share),
        height: Math.max(0, baselineY - top),
        point: point as Known,
      });
    });
    return bars;
  };

  const lineOf = (points: readonly TimePoint[]) =>
    line<TimePoint>()
      .defined((p) => p.value !== null)
      .x((_, i) => centers[i] ?? 0)
      .y((p) => y(p.value ?? 0))(points) ?? '';

  const dotsOf = (points: readonly TimePoint[]): SessionDot[] =>
    points.flatMap((point, index) =>
      point.value !== null &&
      (points[index - 1]?.value ?? null) === null &&
      (points[index + 1]?.value ?? null) === null
        ? [{ index, x: centers[index] ?? 0, y: y(point.value), point: point as Known }]
        : [],
    );

  const bars = options.variant === 'bars';
  const compared = bars && previous !== undefined;
  const spacing = options.tickSpacing ?? 80;
  return {
    bars: bars
      ? barsOf(current, compared ? COMPARE_CURRENT_WIDTH : 1, compared ? 1 - COMPARE_CURRENT_WIDTH : 0)
      : [],
    previousBars: compared ? barsOf(previous, COMPARE_PREVIOUS_WIDTH, 0) : [],
    linePath: bars ? '' : lineOf(current),
    previousLinePath: !bars && previous ? lineOf(previous) : '',
    dots: bars ? [] : dotsOf(current),
    previousDots: !bars && previous ? dotsOf(previous) : [],
    xTicks:
      options.unit === 'day'
        ? bucketDayTicks(
            current.map((p) => p.date),
            (i) => centers[i] ?? 0,
            w,
            options.locale,
          )
        : hourTickIndices(
            current.map((p) => hourOfDay(p.date, options.timeZone)),
            tickCount(w, spacing, 12),
          ).map((i) => ({
            offset: centers[i] ?? 0,
            label: formatBucketTick((current[i] as TimePoint).date, options),
          })),
    yTicks,
    baselineY,
    centers,
    ys: current.map((p) => (p.value === null ? null : y(p.value))),
    previousYs: (previous ?? []).map((p) => (p.value === null ? null : y(p.value))),
  };
}

/** What describeSessions needs to know. */
export interface SessionDescription extends SessionFormat {
  /** e.g. `Sessions per day for app Acme iOS`. */
  what: string;
  points: readonly TimePoint[];
  stats: SessionStats | undefined;
  previous?: { points: readonly TimePoint[]; stats: SessionStats | undefined } | undefined;
  /** Writes a value (total, average, peak): default a whole number; money for revenue. */
  format?: ((value: number) => string) | undefined;
  /** The sentences naming what is counted, for a series other than sessions (default: `t.sessions`'). */
  words?: Pick<ChartMessages['sessions'], 'overview' | 'previousTotal'> | undefined;
}

/** A paragraph a screen reader can read in place of the chart: period, total, average, peak, trend, comparison. */
export function describeSessions(d: SessionDescription, t: ChartMessages = chartMessages(d.locale)): string {
  const first = d.points[0];
  const last = d.points[d.points.length - 1];
  const n = d.format ?? ((v: number) => formatNumber(v, d.locale));
  if (!first || !last || !d.stats) return t.noData(d.what);
  const s = d.stats;
  const w = { ...t.sessions, ...d.words };
  const parts = [
    w.overview(d.what, formatPeriod(first.date, last.date, d), n(s.total), n(s.average), d.unit),
    w.extremes(n(s.peak.value), formatBucket(s.peak.date, d), n(s.low.value), formatBucket(s.low.date, d)),
    w.trend(s.trend, s.trendRatio === undefined ? undefined : formatSignedPercent(s.trendRatio, d.locale)),
  ];
  if (s.missing > 0) parts.push(w.missing(s.missing, d.unit));
  const p = d.previous;
  const pFirst = p?.points[0];
  const pLast = p?.points[p.points.length - 1];
  if (p && pFirst && pLast) {
    const period = formatPeriod(pFirst.date, pLast.date, d);
    if (!p.stats) parts.push(w.previousNoData(period));
    else {
      const change = changeRatio(s.total, p.stats.total);
      parts.push(
        w.previousTotal(
          period,
          n(p.stats.total),
          change === undefined ? undefined : formatSignedPercent(change, d.locale),
        ),
      );
    }
  }
  return parts.join(' ');
}

/** Everything a session chart draws, derived from a period (see sessionPeriod) and the previous period's answer. */
export interface SessionChartModel {
  /** The period's buckets, missing ones as gaps (`null`) or zeros, per `missing`. */
  points: TimePoint[];
  stats: SessionStats | undefined;
  /** The previous period lined up bucket by bucket (see alignPrevious), when compared. */
  previous: { points: TimePoint[]; stats: SessionStats | undefined } | undefined;
  /** Total against the previous period's total, e.g. 0.1 = +10%; undefined without one or when it was 0. */
  change: number | undefined;
  /** Undefined when there is nothing to draw or no room to draw it. */
  geometry: SessionGeometry | undefined;
}

export interface SessionChartOptions extends SessionGeometryOptions {
  missing: 'gap' | 'zero';
  /** The period length in buckets: how far back the previous period is. */
  length: number;
}

/**
 * Points, stats, comparison and geometry of a chart of any series per day or hour (sessions, custom events,
 * revenue…); `valueOf` reads a bucket's value from the previous period's answer. Pure.
 */
export function seriesChartModel<D extends Timed>(
  period: SessionPeriod,
  previous: readonly D[] | undefined,
  box: Frame,
  options: SessionChartOptions,
  valueOf: ValueOf<D>,
): SessionChartModel {
  const points = applyMissing(period.points, options.missing);
  const stats = sessionStats(points);
  const prevPoints = previous
    ? applyMissing(
        alignSeries(period.points, previous, period.unit, options.length, valueOf),
        options.missing,
      )
    : undefined;
  const prevStats = prevPoints && sessionStats(prevPoints);
  const drawable = points.length > 0 && box.innerWidth > 0 && box.innerHeight > 0;
  return {
    points,
    stats,
    previous: prevPoints && { points: prevPoints, stats: prevStats },
    change: prevPoints ? changeRatio(stats?.total, prevStats?.total) : undefined,
    geometry: drawable ? sessionGeometry(points, prevPoints, box, options) : undefined,
  };
}

/** Points, stats, comparison and geometry of a session chart (see seriesChartModel). Pure. */
export function sessionChartModel(
  period: SessionPeriod,
  previous: readonly SessionsDatum[] | undefined,
  box: Frame,
  options: SessionChartOptions,
): SessionChartModel {
  return seriesChartModel(period, previous, box, options, sessionsOf);
}
