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

/**
 * Signed percentage from a ratio, e.g. 0.1234 → `+12.3%`, 0.04 → `+4.0%`. Every percentage (changes, rates,
 * shares) has exactly one decimal, so figures side by side in a header, a label and a tooltip read alike.
 */
export function formatSignedPercent(ratio: number, locale?: string): string {
  return memo(
    `p|${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: 1,
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

/**
 * A run of day buckets, e.g. `May 1 – 14, 2024` (Intl's `formatRange`: what the two ends share is written once);
 * one day is written once.
 */
export function formatDayRange(first: Date, last: Date, locale?: string): string {
  formatDay(first, locale);
  const f = cache.get(`d|${locale}`) as Intl.DateTimeFormat;
  return first.getTime() === last.getTime() ? f.format(first) : f.formatRange(first, last);
}

/** A short day tick, e.g. `May 1`. */
export function formatDayTick(date: Date, locale?: string): string {
  return memo(
    `dt|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/**
 * An hour bucket (an instant) as a tick, e.g. `13:00`, in `timeZone` (default: the viewer's). Hour buckets are
 * instants, unlike day buckets, so showing them in the viewer's zone is correct.
 */
export function formatHourTick(date: Date, locale?: string, timeZone?: string): string {
  return memo(
    `ht|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }),
  ).format(date);
}

/** An hour bucket in full, e.g. `May 1, 2024, 1:00 PM`. */
export function formatHour(date: Date, locale?: string, timeZone?: string): string {
  return hourFormat(locale, timeZone).format(date);
}

/** A run of hour buckets, e.g. `May 1, 2024, 1:00 – 11:00 PM`; one hour is written once. */
export function formatHourRange(first: Date, last: Date, locale?: string, timeZone?: string): string {
  const f = hourFormat(locale, timeZone);
  return first.getTime() === last.getTime() ? f.format(first) : f.formatRange(first, last);
}

function hourFormat(locale?: string, timeZone?: string): Intl.DateTimeFormat {
  return memo(
    `h|${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
      }),
  );
}

/** A rate from a ratio, e.g. 0.4567 → `45.7%`, 0.04 → `4.0%` (one decimal, as formatSignedPercent). */
export function formatPercent(ratio: number, locale?: string): string {
  return memo(
    `pc|${locale}`,
    () =>
      new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
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
