import { HOUR_MS } from '../api/time.js';

/** Intl-based formatters, cached per locale. One job: turn numbers and dates into text. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** Full number, e.g. `1,234,567`. */
export function formatNumber(value: number, locale?: string): string {
  return memo(`n|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/** Compact number for axes, e.g. `1.2M`. */
export function formatCompact(value: number, locale?: string): string {
  return memo(
    `c|${locale}`,
    () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }),
  ).format(value);
}

/** Signed change, e.g. `+1,234` / `−56`. */
export function formatSignedNumber(value: number, locale?: string): string {
  return memo(
    `s|${locale}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  ).format(value);
}

/** Signed percentage from a ratio, e.g. 0.1234 → `+12.3%`. */
export function formatSignedPercent(ratio: number, locale?: string): string {
  return memo(
    `p|${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }),
  ).format(ratio);
}

/** A day bucket (UTC midnight Date from parseDay), e.g. `May 1, 2024`. Always formatted in UTC: never shifts. */
export function formatDay(date: Date, locale?: string): string {
  return memo(
    `d|${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** A short day tick, e.g. `May 1`. */
export function formatDayTick(date: Date, locale?: string): string {
  return memo(
    `dt|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

const hourParts = { hour: 'numeric', minute: '2-digit' } as const;

/** A formatter of instants in `timeZone` (default: the viewer's), cached. */
function zoned(key: string, locale: string | undefined, timeZone: string | undefined, options: object) {
  return memo(
    `${key}|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone }),
  );
}

/** Hour labels already written (each costs three Intl calls; a tooltip re-renders them on every move). */
const hourLabels = new Map<string, string>();

/**
 * `date` formatted with `options`, plus its UTC offset when the text alone is ambiguous: the hour a clock turned
 * back for daylight saving time shows twice (1:00 AM GMT-4, then 1:00 AM GMT-5).
 */
function unambiguous(
  date: Date,
  key: string,
  locale: string | undefined,
  timeZone: string | undefined,
  options: object,
): string {
  const t = date.getTime();
  const id = `${key}|${locale}|${timeZone}|${t}`;
  let text = hourLabels.get(id);
  if (text === undefined) {
    const hour = hourOfDay(date, timeZone);
    const repeated = [t - HOUR_MS, t + HOUR_MS].some(
      (other) => hourOfDay(new Date(other), timeZone) === hour,
    );
    text = repeated
      ? zoned(`${key}z`, locale, timeZone, { ...options, timeZoneName: 'shortOffset' }).format(date)
      : zoned(key, locale, timeZone, options).format(date);
    if (hourLabels.size >= 5_000) hourLabels.clear();
    hourLabels.set(id, text);
  }
  return text;
}

/**
 * An hour bucket (an instant) as a tick, e.g. `13:00`, in `timeZone` (default: the viewer's). Hour buckets are
 * instants, unlike day buckets, so showing them in the viewer's zone is correct. Midnight shows the date instead
 * (`Jun 1`), and an hour that happens twice (end of daylight saving time) shows its offset.
 */
export function formatHourTick(date: Date, locale?: string, timeZone?: string): string {
  return hourOfDay(date, timeZone) === 0
    ? zoned('md', locale, timeZone, { month: 'short', day: 'numeric' }).format(date)
    : unambiguous(date, 'ht', locale, timeZone, hourParts);
}

/** An hour bucket in full, e.g. `May 1, 2024, 1:00 PM` (with its offset when that hour happens twice). */
export function formatHour(date: Date, locale?: string, timeZone?: string): string {
  return unambiguous(date, 'h', locale, timeZone, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...hourParts,
  });
}

/** The hour of the day (0–23) of an instant on the clocks of `timeZone` (default: the viewer's). */
export function hourOfDay(date: Date, timeZone?: string): number {
  // en-US with a 23-hour cycle writes the bare hour in ASCII digits: `00` … `23`.
  return Number(zoned('hh', 'en-US', timeZone, { hour: 'numeric', hourCycle: 'h23' }).format(date)) % 24;
}

/** The IANA name of `timeZone`, or of the viewer's zone when it is undefined (e.g. `Europe/Berlin`). */
export function timeZoneName(timeZone?: string): string {
  return zoned('tz', 'en-US', timeZone, {}).resolvedOptions().timeZone;
}

/** A rate from a ratio, e.g. 0.4567 → `45.7%`. */
export function formatPercent(ratio: number, locale?: string): string {
  return memo(
    `pc|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  ).format(ratio);
}

/** Money, e.g. `$1,234.50`. Braze reports revenue in USD. */
export function formatCurrency(value: number, locale?: string, currency = 'USD'): string {
  return memo(
    `cur|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  ).format(value);
}

/** Compact money for axes, e.g. `$1.2K`. */
export function formatCompactCurrency(value: number, locale?: string, currency = 'USD'): string {
  return memo(
    `ccur|${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }),
  ).format(value);
}
