import {
  HOUR_MS,
  parseDay,
  parseInstant,
  parseIso,
  stepBuckets,
  unitMs,
  type TimeUnit,
} from '../api/time.js';
import type { TimePoint } from './time-series.js';

/**
 * The buckets of a period as Braze answered them, for every element alike. Braze decides the buckets: `length` is a
 * maximum, and its days may be UTC days or the company's (the docs disagree), so the period ends with the latest
 * bucket Braze sent whenever that bucket can be `ending_at`'s day in some zone, and never with the date written in
 * `ending_at`'s own offset. A bucket inside the period that Braze did not send is a gap; a bucket it sent twice is
 * merged by one rule per kind of value (see {@link mergePoints}). Pure: no DOM, no clock.
 */

/** Most extra buckets outside the requested period that are still drawn (beyond that the data is nonsense). */
const MAX_EXTRA_BUCKETS = 100;
/** The widest offsets a Braze company time zone can have: UTC−12 … UTC+14. */
const WEST = 12 * HOUR_MS;
const EAST = 14 * HOUR_MS;

/** One bucket: its start and every entry Braze sent for it, in the answer's order (none: a gap). */
export interface Bucket<T> {
  readonly date: Date;
  readonly entries: readonly T[];
}

export interface Period<T> {
  unit: TimeUnit;
  /** Consecutive buckets, oldest first: the requested period, widened to any bucket Braze sent outside it. */
  buckets: Bucket<T>[];
  /** The period's last bucket (see {@link bucketPeriod}); undefined when nothing readable was sent. */
  anchor: Date | undefined;
}

export interface PeriodOptions {
  unit: TimeUnit;
  /** Buckets requested (1–100). */
  length: number;
  /** The request's `ending_at`, if any. */
  endingAt?: string | undefined;
}

/** How two entries of one bucket become one value: a snapshot keeps the last one sent, a count adds them up. */
export type MergeRule = 'last' | 'sum';

/** Start of the bucket containing `instant` on the grid `phase + k·step`. */
function floorToGrid(instant: number, step: number, phase: number): number {
  return Math.floor((instant - phase) / step) * step + phase;
}

/**
 * The last bucket of the period. Without `ending_at`: the latest bucket sent. Hours: the hour containing its
 * instant. Days: a date-only `ending_at` is its own date; with a time, the latest day sent when it is the instant's
 * date in some zone (UTC−12 … UTC+14: Braze's days may be the company's), else the instant's UTC date (the zone
 * Braze's segment docs name). `latest` and the result are bucket starts in ms.
 */
export function lastBucket(unit: TimeUnit, latest: number, endingAt: string | undefined, phase = 0): number {
  const parts = endingAt ? parseIso(endingAt) : undefined;
  const instant = endingAt ? parseInstant(endingAt)?.getTime() : undefined;
  if (!parts || instant === undefined) return latest;
  const step = unitMs(unit);
  if (unit === 'hour') return floorToGrid(instant, step, phase);
  if (parts.dateOnly) return instant;
  const lo = floorToGrid(instant - WEST, step, 0);
  const hi = floorToGrid(instant + EAST, step, 0);
  return latest >= lo && latest <= hi ? latest : floorToGrid(instant, step, 0);
}

/**
 * Groups an answer into the buckets of its period: `length` consecutive days or hours ending with
 * {@link lastBucket}, widened (rather than dropping data) to buckets sent outside it unless they are absurdly far.
 * Hour buckets are snapped onto the hour grid of the latest one (half-hour zones; a stamp a few seconds late).
 * Entries whose `time` cannot be read are left out.
 */
export function bucketPeriod<T extends { readonly time: string }>(
  data: readonly T[],
  options: PeriodOptions,
): Period<T> {
  const { unit } = options;
  const step = unitMs(unit);
  const length = Math.max(1, Math.floor(options.length) || 1);
  const parse = unit === 'day' ? parseDay : parseInstant;
  const read: [number, T][] = [];
  for (const entry of data) {
    const date = parse(entry.time);
    if (date) read.push([date.getTime(), entry]);
  }
  if (!read.length) return { unit, buckets: [], anchor: undefined };
  const latest = Math.max(...read.map(([t]) => t));
  const phase = ((latest % step) + step) % step;
  const groups = new Map<number, T[]>();
  for (const [t, entry] of read) {
    const key = floorToGrid(t, step, phase);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const anchor = lastBucket(unit, latest, options.endingAt?.trim() || undefined, phase);
  const windowStart = anchor - (length - 1) * step;
  const sent = [...groups.keys()];
  let first = Math.min(windowStart, ...sent);
  let last = Math.max(anchor, ...sent);
  if ((windowStart - first) / step > MAX_EXTRA_BUCKETS || (last - anchor) / step > MAX_EXTRA_BUCKETS) {
    first = windowStart;
    last = anchor;
  }
  const buckets: Bucket<T>[] = [];
  for (let date = new Date(first); date.getTime() <= last; date = stepBuckets(date, unit, 1)) {
    buckets.push({ date, entries: groups.get(date.getTime()) ?? [] });
  }
  return { unit, buckets, anchor: new Date(anchor) };
}

/**
 * One value per bucket, `null` where Braze sent none (or only unreported ones): a snapshot such as a segment's size
 * keeps the last value sent for the bucket (`last`); a count such as sessions or sends adds them up (`sum`), which
 * does not depend on the order of the entries.
 */
export function mergePoints<T>(
  buckets: readonly Bucket<T>[],
  value: (entry: T) => number | null | undefined,
  rule: MergeRule,
): TimePoint[] {
  return buckets.map(({ date, entries }) => {
    let merged: number | null = null;
    for (const entry of entries) {
      const v = value(entry);
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      merged = rule === 'sum' ? (merged ?? 0) + v : v;
    }
    return { date, value: merged };
  });
}

/** The buckets Braze sent more than once. */
export function duplicateDates(buckets: readonly Bucket<unknown>[]): Date[] {
  return buckets.filter((b) => b.entries.length > 1).map((b) => b.date);
}

/** How many points have no value. */
export function missingCount(points: readonly TimePoint[]): number {
  return points.filter((p) => p.value === null).length;
}
