import { ISO_DATETIME_PATTERN } from '../api/params.js';

/**
 * Bucket arithmetic for the mock. Day buckets are calendar dates taken from `ending_at` exactly as given (a
 * `2024-05-10T23:00:00-05:00` request ends on 2024-05-10, never shifted to UTC); hour buckets are instants, in UTC.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** `YYYY-MM-DD` for a day number (days since 1970-01-01). */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The calendar date `ending_at` names (its own date part), or `now`'s UTC date when it is absent. */
export function endingDay(endingAt: string | undefined, now: Date): number {
  const date = endingAt?.slice(0, 10) ?? now.toISOString().slice(0, 10);
  return dayNumber(date);
}

/** The instant (epoch ms) `ending_at` names, honouring its offset; a missing offset is read as UTC. */
export function endingInstant(endingAt: string | undefined, now: Date): number {
  if (endingAt === undefined) return now.getTime();
  const m = ISO_DATETIME_PATTERN.exec(endingAt);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, offset] = m;
  const local = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
  );
  return local - offsetMinutes(offset) * 60_000;
}

function offsetMinutes(offset: string | undefined): number {
  if (!offset || offset === 'Z') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** `length` consecutive day numbers ending with `lastDay`, oldest first. */
export function dayBuckets(lastDay: number, length: number): number[] {
  return Array.from({ length }, (_, i) => lastDay - (length - 1 - i));
}

/** `length` hour starts (epoch ms) ending with the hour containing `lastInstant`, oldest first. */
export function hourBuckets(lastInstant: number, length: number): number[] {
  const last = Math.floor(lastInstant / HOUR_MS) * HOUR_MS;
  return Array.from({ length }, (_, i) => last - (length - 1 - i) * HOUR_MS);
}

/** `2024-05-01T13:00:00Z` for an hour start. */
export function formatHour(instant: number): string {
  return new Date(instant).toISOString().slice(0, 13) + ':00:00Z';
}

/** Day number of an instant, in UTC. */
export function utcDay(instant: number): number {
  return Math.floor(instant / DAY_MS);
}
