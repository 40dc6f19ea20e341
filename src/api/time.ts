import { utcDay, utcHour } from 'd3-time';

/**
 * The one definition of time that the browser (chart/, data/) and the proxy share: reading Braze's ISO-8601 forms
 * (with the docs' unpadded `-5:00` offsets), `Retry-After` / `X-RateLimit-Reset`, and day/hour stepping (d3-time's
 * `utcDay` / `utcHour`). Pure: no DOM, no clock (callers pass `now`).
 */

/** One day in ms. Calendar stepping goes through {@link stepBuckets} (d3-time); this is for durations. */
export const DAY_MS = 86_400_000;
/** One hour in ms. */
export const HOUR_MS = 3_600_000;

/** A bucket size of Braze's data-series endpoints. */
export type TimeUnit = 'day' | 'hour';

/**
 * ISO-8601 date or date-time as Braze's docs write it. Offsets may be `Z`, `+05:00`, `+0530`, `-5:00` (unpadded)
 * or `+05`; seconds and fractions are optional; a space may stand for the `T`.
 * Groups: year, month, day, hour, minute, second, fraction, offset.
 */
export const ISO_DATETIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{1,2}(?::?\d{2})?)?)?$/;

/** An ISO-8601 value read field by field, as written. */
export interface IsoParts {
  /** The wall-clock fields as if they were UTC, in ms (fractions included). */
  readonly local: number;
  /** The offset in minutes east of UTC; undefined when the value has none (read as UTC). */
  readonly offsetMinutes: number | undefined;
  /** The offset exactly as written (`Z`, `-5:00`, `+0530`…); undefined when absent. */
  readonly offsetText: string | undefined;
  /** True for a bare `YYYY-MM-DD`. */
  readonly dateOnly: boolean;
  /** True when seconds were written. */
  readonly hasSeconds: boolean;
  /** The calendar date as written, `YYYY-MM-DD`. */
  readonly date: string;
}

/** Minutes east of UTC of an offset (`Z`, `+05:30`, `+0530`, `-5:00`, `+05`); undefined when malformed. */
export function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(offset);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Reads an ISO-8601 value; undefined unless it is a real calendar date/time (no 2024-02-30, no 25:00). */
export function parseIso(value: string): IsoParts | undefined {
  const m = ISO_DATETIME_PATTERN.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return undefined;
  const offsetMinutes = offset === undefined ? undefined : parseOffset(offset);
  if (offset !== undefined && offsetMinutes === undefined) return undefined;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms);
  return {
    local: date.getTime(),
    offsetMinutes,
    offsetText: offset,
    dateOnly: h === undefined,
    hasSeconds: s !== undefined,
    date: `${y}-${mo}-${d}`,
  };
}

/** True when `value` is an ISO-8601 date or date-time Braze accepts (see {@link ISO_DATETIME_PATTERN}). */
export function isIsoDateTime(value: string): boolean {
  return parseIso(value) !== undefined;
}

/**
 * The instant an ISO-8601 value names, honouring its offset (also `-5:00` and `+0530`). A value without an offset,
 * or a bare date, is read as UTC. Undefined when it cannot be read.
 */
export function parseInstant(value: string): Date | undefined {
  const parts = parseIso(value);
  if (!parts) return undefined;
  return new Date(parts.local - (parts.offsetMinutes ?? 0) * 60_000);
}

/**
 * A day bucket: UTC midnight of the calendar date *as written* (`2024-05-01T00:00:00-05:00` is May 1), so that it is
 * never shifted across midnight by any zone. Undefined when the value is not a real ISO-8601 date/date-time.
 */
export function parseDay(value: string): Date | undefined {
  const parts = parseIso(value);
  if (!parts) return undefined;
  return new Date(`${parts.date}T00:00:00Z`);
}

/** `YYYY-MM-DD` of a day bucket made by {@link parseDay} (its UTC date). */
export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar stepping of a unit's d3-time interval (`utcDay`, `utcHour`). Declared here, not as d3-time's
 * `CountableTimeInterval`, so the published types need no `@types/d3-time`.
 */
export interface BucketInterval {
  floor(date: Date): Date;
  offset(date: Date, step?: number): Date;
  range(start: Date, stop: Date, step?: number): Date[];
  count(start: Date, end: Date): number;
}

/** The d3-time interval of a unit. */
export function unitInterval(unit: TimeUnit): BucketInterval {
  return unit === 'hour' ? utcHour : utcDay;
}

/** Length of one bucket in ms. */
export function unitMs(unit: TimeUnit): number {
  return unit === 'hour' ? HOUR_MS : DAY_MS;
}

/** `date` moved by `count` buckets of `unit` (negative: back), via d3-time. */
export function stepBuckets(date: Date, unit: TimeUnit, count: number): Date {
  return unitInterval(unit).offset(date, count);
}

/** `length` consecutive bucket starts of `unit` ending with the bucket containing `last`, oldest first. */
export function bucketRange(last: Date, unit: TimeUnit, length: number): Date[] {
  const interval = unitInterval(unit);
  const end = interval.floor(last);
  const start = interval.offset(end, -(Math.max(1, Math.floor(length)) - 1));
  return interval.range(start, interval.offset(end, 1));
}

const DELAY_SECONDS = /^\d{1,15}(\.\d+)?$/;

/**
 * `Retry-After` (delay-seconds or an HTTP date) as ms from `now`; undefined when absent or unreadable. A date in the
 * past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (DELAY_SECONDS.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The delay a response asks for, in ms: `Retry-After` first, then `X-RateLimit-Reset` (epoch seconds). Undefined
 * when neither is present and valid.
 */
export function retryDelayFrom(headers: Headers, now: number): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('Retry-After'), now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = headers.get('X-RateLimit-Reset')?.trim();
  if (reset && DELAY_SECONDS.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}
