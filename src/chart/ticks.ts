import { utcDay, utcMonth, utcSunday, utcYear } from 'd3-time';
import { DAY_MS } from '../api/time.js';
import { formatDayTick, formatMonthTick } from './format.js';
import { estimateTextWidth } from './layout.js';

export interface Tick {
  /** Pixel offset along the axis, inside the plot area. */
  offset: number;
  label: string;
}

/**
 * The calendar intervals of day ticks, densest first: the ones `scaleUtc().ticks()` picks from for spans of days
 * (d3-time's tickIntervals from one day up): days, odd days, Sundays, month starts, quarters, years. Odd days and
 * quarters are filtered here rather than through `interval.every()`, which the CDN build's tree-shaking removes.
 */
const CALENDAR: readonly ((start: Date, end: Date) => Date[])[] = [
  (start, end) => utcDay.range(start, end),
  (start, end) => utcDay.range(start, end).filter((d) => d.getUTCDate() % 2 === 1),
  (start, end) => utcSunday.range(start, end),
  (start, end) => utcMonth.range(start, end),
  (start, end) => utcMonth.range(start, end).filter((d) => d.getUTCMonth() % 3 === 0),
  (start, end) => utcYear.range(start, end),
];

/** Space between two time labels, beyond their own widths. */
const LABEL_GAP = 16;

/**
 * Ticks of a day axis from `first` to `last` (UTC-midnight buckets) over `width` pixels: on calendar boundaries
 * (every day, every other day, Sundays, month starts, quarters, years — the intervals `scaleUtc().ticks()` and
 * Observable Plot choose from), the most that fit the width without their labels touching. Month ticks are named by
 * the month (with the year on the first tick and in January), others by day (`May 6`). One bucket: its own tick.
 */
export function dayTicks(
  first: Date,
  last: Date,
  width: number,
  x: (date: Date) => number,
  locale?: string,
  /** Which calendar dates can have a tick (default: all): the buckets drawn, for bars. */
  keep: (date: Date) => boolean = () => true,
): Tick[] {
  if (first.getTime() >= last.getTime()) return [{ offset: x(first), label: formatDayTick(first, locale) }];
  const label = (dates: readonly Date[]) => {
    const monthly =
      dates.every((d) => d.getUTCDate() === 1) && last.getTime() - first.getTime() > 40 * DAY_MS;
    return dates.map((d, i) =>
      monthly ? formatMonthTick(d, locale, i === 0 || d.getUTCMonth() === 0) : formatDayTick(d, locale),
    );
  };
  /** How many times too dense the ticks are for their labels (≤ 1: they fit). */
  const crowding = (dates: readonly Date[]) => {
    if (dates.length < 2) return 0;
    const spacing = Math.abs(x(dates[1]!) - x(dates[0]!));
    return (Math.max(...label(dates).map((l) => estimateTextWidth(l))) + LABEL_GAP) / spacing;
  };
  // From the densest to the sparsest calendar interval (d3's day-and-longer tick intervals), never empty.
  const end = new Date(last.getTime() + 1);
  const candidates = CALENDAR.map((range) => range(first, end).filter(keep)).filter((dates) => dates.length);
  // At most one tick per 80px (the density Observable Plot aims for), and labels that do not touch.
  const fits = (c: readonly Date[]) => c.length <= Math.max(2, width / 80) && crowding(c) <= 1;
  let dates = candidates.find(fits) ?? candidates[candidates.length - 1] ?? [last];
  // Still too dense (a narrow plot): every k-th of those boundaries.
  const k = Math.ceil(crowding(dates));
  if (k > 1) dates = dates.filter((_, i) => i % k === 0);
  const labels = label(dates);
  return dates.map((date, i) => ({ offset: x(date), label: labels[i] ?? '' }));
}

/**
 * Calendar ticks (see dayTicks) of day buckets drawn at `center(index)`, e.g. the centres of their bars; only a
 * bucket's own date gets one.
 */
export function bucketDayTicks(
  dates: readonly Date[],
  center: (index: number) => number,
  width: number,
  locale?: string,
): Tick[] {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return [];
  const index = new Map(dates.map((d, i) => [d.getTime(), i]));
  return dayTicks(
    first,
    last,
    width,
    (d) => center(index.get(d.getTime()) ?? 0),
    locale,
    (d) => index.has(d.getTime()),
  );
}

/**
 * Indices of the buckets that get a tick: every k-th bucket counted back from the latest (so the most recent bucket
 * always has one), at most `max`. Ticks sit on buckets only: never between buckets, never a repeated label.
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
