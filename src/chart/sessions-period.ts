import { dayKey, parseIso, stepBuckets, unitInterval, unitMs } from '../api/time.js';
import { bucketPeriod, duplicateDates, mergePoints, missingCount } from './period.js';
import type { TimePoint } from './time-series.js';

/**
 * Bucket periods of `/sessions/data_series` and every series like it (custom events, revenue, purchases): which buckets a period should contain, and where the previous period of
 * the same length ends. Day buckets are calendar dates (UTC midnights, see parseDay) and never shift; hour buckets
 * are instants. Pure: no DOM, no clock.
 */

export type SessionUnit = 'day' | 'hour';

export { unitMs };

/** One bucket of any series as Braze sends it: its time and, under a name of its own, its value. */
export interface Timed {
  readonly time: string;
}

/** Reads a bucket's value (`sessions`, `count`, `revenue`…); a bucket without one is missing. */
export type ValueOf<D extends Timed> = (datum: D) => number | null | undefined;

/** One session bucket as Braze sends it. */
export interface SessionsDatum extends Timed {
  readonly sessions: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `endingAt` moved back by `count` buckets of `unit`, written in the same shape: the wall-clock fields change and
 * the offset text is kept, so the server reads both values in the same zone, whatever zone that is. A date-only value
 * stays date-only when the result falls on midnight (always, for whole days), so day buckets never shift.
 * Undefined when `endingAt` cannot be read.
 */
export function shiftEndingAt(endingAt: string, unit: SessionUnit, count: number): string | undefined {
  const wall = parseIso(endingAt);
  if (!wall) return undefined;
  const date = new Date(wall.local - count * unitMs(unit));
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  if (wall.dateOnly && midnight) return day;
  const seconds = wall.hasSeconds || wall.dateOnly ? `:${pad(date.getUTCSeconds())}` : '';
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds}${wall.offsetText ?? ''}`;
}

/** A bucket start as an `ending_at` value: `YYYY-MM-DD` for days, a UTC instant for hours. */
export function bucketEndingAt(bucket: Date, unit: SessionUnit): string {
  return unit === 'day' ? dayKey(bucket) : bucket.toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * Where the previous period of the same length ends: the bucket before the first bucket of the current period.
 * With an `ending-at`, that is `ending-at` moved back `length` buckets (same shape: date-only stays date-only).
 * Without one, the current period ends with its latest bucket (`anchor`, see sessionPeriod), so the previous one
 * ends `length` buckets before it. Undefined when neither is known.
 */
export function previousEndingAt(
  unit: SessionUnit,
  length: number,
  endingAt: string | undefined,
  anchor: Date | undefined,
): string | undefined {
  if (endingAt) return shiftEndingAt(endingAt, unit, length);
  if (!anchor) return undefined;
  return bucketEndingAt(stepBuckets(anchor, unit, -length), unit);
}

/**
 * The bucket that contains `now` (ms): where a period without `ending_at` most likely ends, before Braze says (its
 * days may be the company's rather than UTC ones, so the answer's latest bucket decides; see lastBucket).
 */
export function currentBucket(unit: SessionUnit, now: number): Date {
  return unitInterval(unit).floor(new Date(now));
}

/** The buckets of a period: every expected bucket, `null` where Braze sent none. */
export interface SessionPeriod {
  unit: SessionUnit;
  /** Consecutive buckets, oldest first; a bucket Braze did not send (or sent without a count) has value `null`. */
  points: TimePoint[];
  /** How many of `points` are missing. */
  missing: number;
  /** Buckets Braze sent more than once (their sessions are added up). */
  duplicates: Date[];
  /** The last bucket of the period (see lastBucket in period.ts). */
  anchor: Date | undefined;
}

/** The value of a `/sessions/data_series` bucket. */
export const sessionsOf: ValueOf<SessionsDatum> = (d) => d.sessions;

/** The options of a period: its unit, its length in buckets and the request's `ending_at`. */
export interface SeriesPeriodOptions {
  unit: SessionUnit;
  length: number;
  endingAt?: string | undefined;
}

/**
 * The buckets of a series answer (see bucketPeriod): `length` consecutive days or hours ending with the period's
 * last bucket, missing ones `null` (never interpolated), a bucket sent twice added up (every series drawn this way
 * is a sum per bucket: sessions, event counts, revenue, quantities).
 */
export function seriesPeriod<D extends Timed>(
  data: readonly D[],
  options: SeriesPeriodOptions,
  valueOf: ValueOf<D>,
): SessionPeriod {
  const { buckets, anchor } = bucketPeriod(data, options);
  const points = mergePoints(buckets, valueOf, 'sum');
  return {
    unit: options.unit,
    points,
    missing: missingCount(points),
    duplicates: duplicateDates(buckets),
    anchor,
  };
}

/** The buckets of a `/sessions/data_series` answer (see seriesPeriod). */
export function sessionPeriod(data: readonly SessionsDatum[], options: SeriesPeriodOptions): SessionPeriod {
  return seriesPeriod(data, options, sessionsOf);
}

/**
 * The previous period's buckets lined up with the current ones: point `i` is the bucket `shift` buckets before
 * current bucket `i` (`shift` = the period length), `null` when the previous answer has none; entries of one bucket
 * are added up, as in the current period.
 */
export function alignSeries<D extends Timed>(
  current: readonly TimePoint[],
  previous: readonly D[],
  unit: SessionUnit,
  shift: number,
  valueOf: ValueOf<D>,
): TimePoint[] {
  const { buckets } = bucketPeriod(previous, { unit, length: shift });
  const values = new Map(mergePoints(buckets, valueOf, 'sum').map((p) => [p.date.getTime(), p.value]));
  return current.map((p) => {
    const date = stepBuckets(p.date, unit, -shift);
    return { date, value: values.get(date.getTime()) ?? null };
  });
}

/** alignSeries for a `/sessions/data_series` answer. */
export function alignPrevious(
  current: readonly TimePoint[],
  previous: readonly SessionsDatum[],
  unit: SessionUnit,
  shift: number,
): TimePoint[] {
  return alignSeries(current, previous, unit, shift, sessionsOf);
}

/** `points` with missing buckets as gaps (`null`, unchanged) or as zeros. */
export function applyMissing(points: readonly TimePoint[], missing: 'gap' | 'zero'): TimePoint[] {
  return missing === 'zero' ? points.map((p) => ({ date: p.date, value: p.value ?? 0 })) : [...points];
}
