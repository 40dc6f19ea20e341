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

/** A month tick, e.g. `May`, or `May 2024` with `year` (the first tick, and January). */
export function formatMonthTick(date: Date, locale?: string, year = false): string {
  return memo(
    `mt|${locale}|${year}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        month: 'short',
        year: year ? 'numeric' : undefined,
        timeZone: 'UTC',
      }),
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
  return unambiguous(date, 'h', locale, timeZone, fullHour);
}

const fullHour = { year: 'numeric', month: 'short', day: 'numeric', ...hourParts } as const;

/** A run of hour buckets, e.g. `May 1, 2024, 1:00 – 11:00 PM` (Intl's formatRange); one hour is written once. */
export function formatHourRange(first: Date, last: Date, locale?: string, timeZone?: string): string {
  if (first.getTime() === last.getTime()) return formatHour(first, locale, timeZone);
  return zoned('hr', locale, timeZone, fullHour).formatRange(first, last);
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

/**
 * One format for every label of an axis: the unit the largest tick is written in (compact `K`, `M`, `Mio.`, `万`…,
 * or none — German writes 40,000 as `40.000`, not compact) and as many decimals as the step between ticks needs,
 * for all ticks alike: `0.8M, 1.0M, 1.2M`, `8.000, 10.000`, never `800.000, 1 Mio.` or `8000, 10.000` side by side.
 * `0` is written alone. With `currency`, money in that currency (`$1.2K`).
 */
export function axisFormat(
  ticks: readonly number[],
  locale?: string,
  currency?: string,
): (value: number) => string {
  const money: Intl.NumberFormatOptions = currency ? { style: 'currency', currency } : {};
  const max = Math.max(0, ...ticks.map(Math.abs));
  const parts = new Intl.NumberFormat(locale, {
    ...money,
    notation: 'compact',
    maximumFractionDigits: 0,
  }).formatToParts(max);
  const numeric = (type: string) => ['integer', 'group', 'decimal', 'fraction'].includes(type);
  const first = parts.findIndex((p) => numeric(p.type));
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => numeric(p.type));
  const mantissa = Number(
    parts
      .slice(first, last + 1)
      .filter((p) => p.type === 'integer' || p.type === 'fraction')
      .map((p) => p.value)
      .join(''),
  );
  const compact = parts.some((p) => p.type === 'compact') && mantissa > 0;
  const exponent = compact ? Math.round(Math.log10(max / mantissa)) : 0;
  const scale = 10 ** exponent;
  // The fewest decimals (up to 3) that write every tick exactly in that unit.
  const exact = (d: number) =>
    ticks.every((v) => Math.abs(Math.round((v / scale) * 10 ** d) - (v / scale) * 10 ** d) < 1e-6);
  let decimals = 0;
  while (decimals < 3 && !exact(decimals)) decimals += 1;
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  const plain = new Intl.NumberFormat(locale, { ...money, ...digits, useGrouping: 'always' });
  const zero = new Intl.NumberFormat(locale, { ...money, maximumFractionDigits: 0 }).format(0);
  if (!compact) return (value) => (value === 0 ? zero : plain.format(value));
  const prefix = parts
    .slice(0, first)
    .filter((p) => p.type !== 'minusSign')
    .map((p) => p.value)
    .join('');
  const suffix = parts
    .slice(last + 1)
    .map((p) => p.value)
    .join('');
  const number = new Intl.NumberFormat(locale, { ...digits, useGrouping: 'always' });
  return (value) => {
    if (value === 0) return zero;
    const text = number.format(Math.abs(value) / scale);
    return `${value < 0 ? '-' : ''}${prefix}${text}${suffix}`;
  };
}
