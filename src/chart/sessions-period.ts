import { dayKey, parseDay, parseInstant, parseIso, unitMs } from '../api/time.js';
import type { TimePoint } from './time-series.js';

/**
 * Bucket periods of `/sessions/data_series`: which buckets a period should contain, and where the previous period of
 * the same length ends. Day buckets are calendar dates (UTC midnights, see parseDay) and never shift; hour buckets
 * are instants. Pure: no DOM, no clock.
 */

export type SessionUnit = 'day' | 'hour';

/** Most extra buckets outside the requested period that are still drawn (beyond that the data is nonsense). */
const MAX_EXTRA_BUCKETS = 100;

export { unitMs };

/** One session bucket as Braze sends it. */
export interface SessionsDatum {
  readonly time: string;
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
  return bucketEndingAt(new Date(anchor.getTime() - length * unitMs(unit)), unit);
}

/** The buckets of a period: every expected bucket in order, `null` where Braze sent none. */
export interface SessionPeriod {
  unit: SessionUnit;
  /** Consecutive buckets, oldest first; a bucket Braze did not send (or sent without a count) has value `null`. */
  points: TimePoint[];
  /** How many of `points` are missing. */
  missing: number;
  /** The last bucket the request asked for (from `ending-at`, or the latest bucket sent when there is none). */
  anchor: Date | undefined;
}

/** Reads bucket times into a map from bucket start (ms) to sessions; unreadable times are dropped. */
function readBuckets(data: readonly SessionsDatum[], unit: SessionUnit): Map<number, number> {
  const buckets = new Map<number, number>();
  const parse = unit === 'day' ? parseDay : parseInstant;
  for (const d of data) {
    const date = parse(d.time);
    if (date && Number.isFinite(d.sessions)) buckets.set(date.getTime(), d.sessions);
  }
  return buckets;
}

/** Start of the bucket containing `instant` on the grid `phase + k·step`. */
function floorToGrid(instant: number, step: number, phase: number): number {
  return Math.floor((instant - phase) / step) * step + phase;
}

/**
 * The expected buckets of a `/sessions/data_series` answer, with missing ones marked `null` (never interpolated):
 * `length` consecutive days or hours ending at the anchor. The anchor is `ending-at`'s calendar date (day) or the
 * hour containing its instant (hour; on the hour grid the data uses, so half-hour time zones work), or, without
 * `ending-at`, the latest bucket sent. Buckets sent outside that window are kept (the sequence is widened to
 * include them) rather than dropped, unless they are absurdly far away.
 */
export function sessionPeriod(
  data: readonly SessionsDatum[],
  options: { unit: SessionUnit; length: number; endingAt?: string | undefined },
): SessionPeriod {
  const { unit } = options;
  const step = unitMs(unit);
  const length = Math.max(1, Math.floor(options.length) || 1);
  const buckets = readBuckets(data, unit);
  const sent = [...buckets.keys()].sort((a, b) => a - b);
  const latest = sent[sent.length - 1];
  if (latest === undefined) return { unit, points: [], missing: 0, anchor: undefined };
  const phase = ((latest % step) + step) % step;
  if (unit === 'hour') {
    // Snap every bucket onto the grid of the latest one, so a bucket stamped a few seconds late still matches.
    for (const t of sent) {
      const snapped = floorToGrid(t, step, phase);
      if (snapped === t) continue;
      const value = buckets.get(t) ?? 0;
      buckets.delete(t);
      if (!buckets.has(snapped)) buckets.set(snapped, value);
    }
  }
  let anchor = latest;
  const requested = options.endingAt?.trim();
  if (requested) {
    const end = unit === 'day' ? parseDay(requested) : parseInstant(requested);
    if (end) anchor = unit === 'day' ? end.getTime() : floorToGrid(end.getTime(), step, phase);
  }
  const windowStart = anchor - (length - 1) * step;
  const keys = [...buckets.keys()];
  let first = Math.min(windowStart, ...keys);
  let last = Math.max(anchor, ...keys);
  if ((windowStart - first) / step > MAX_EXTRA_BUCKETS || (last - anchor) / step > MAX_EXTRA_BUCKETS) {
    first = windowStart;
    last = anchor;
  }
  const points: TimePoint[] = [];
  let missing = 0;
  for (let t = first; t <= last; t += step) {
    const value = buckets.get(t);
    if (value === undefined) missing += 1;
    points.push({ date: new Date(t), value: value ?? null });
  }
  return { unit, points, missing, anchor: new Date(anchor) };
}

/**
 * The previous period's buckets lined up with the current ones: point `i` is the bucket `shift` buckets before
 * current bucket `i` (`shift` = the period length), `null` when the previous answer has none.
 */
export function alignPrevious(
  current: readonly TimePoint[],
  previous: readonly SessionsDatum[],
  unit: SessionUnit,
  shift: number,
): TimePoint[] {
  const buckets = readBuckets(previous, unit);
  const offset = shift * unitMs(unit);
  const sent = [...buckets.keys()];
  const latest = sent.length ? Math.max(...sent) : 0;
  const step = unitMs(unit);
  const phase = ((latest % step) + step) % step;
  const snapped = new Map<number, number>();
  for (const [t, v] of buckets) {
    const key = unit === 'hour' ? floorToGrid(t, step, phase) : t;
    if (!snapped.has(key)) snapped.set(key, v);
  }
  return current.map((p) => {
    const t = p.date.getTime() - offset;
    return { date: new Date(t), value: snapped.get(t) ?? null };
  });
}

/** `points` with missing buckets as gaps (`null`, unchanged) or as zeros. */
export function applyMissing(points: readonly TimePoint[], missing: 'gap' | 'zero'): TimePoint[] {
  return missing === 'zero' ? points.map((p) => ({ date: p.date, value: p.value ?? 0 })) : [...points];
}
