import { DAY_MS, HOUR_MS, parseInstant } from '../api/time.js';

/**
 * Bucket arithmetic for the mock. Day buckets are calendar dates taken from `ending_at` exactly as given (a
 * `2024-05-10T23:00:00-05:00` request ends on 2024-05-10, never shifted to UTC); hour buckets are instants, in UTC.
 */

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
  return parseInstant(endingAt)?.getTime() ?? Number.NaN;
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
