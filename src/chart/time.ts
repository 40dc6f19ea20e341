const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A Braze day bucket as a Date at UTC midnight of the calendar date *as given*. Braze day buckets are calendar dates
 * (in the company's time zone); converting them through the viewer's zone would move them to the previous or next
 * day for viewers east or west of UTC. All day dates are therefore kept and formatted in UTC.
 * Accepts `2024-05-01` and datetimes such as `2024-05-01T00:00:00-05:00` (the date part is taken as is).
 */
export function parseDay(time: string): Date | undefined {
  const m = DATE_ONLY.exec(time);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An hour bucket: an instant. A date-only value is taken as UTC midnight. */
export function parseInstant(time: string): Date | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(time)) return parseDay(time);
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The calendar date (YYYY-MM-DD) of a day bucket Date produced by {@link parseDay}. */
export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}
