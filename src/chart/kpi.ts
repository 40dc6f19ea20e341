import { line } from 'd3-shape';
import { DAY_MS, parseDay } from '../api/time.js';
import { lastBucket } from './period.js';
import { changeRatio } from './summary.js';
import { currentBucket, previousEndingAt } from './sessions-period.js';
import type { TimePoint } from './time-series.js';

/**
 * The figures of Braze's Home dashboard from the KPI series (see docs/design/more-endpoints.md, "The figures"):
 * the period P of `length` days, the n days P′ before it, and per figure its value, the previous period's and the
 * change. Only days Braze returned count: a missing day is a gap, never 0. Pure: no DOM, no clock.
 */

/** The six figures, in the order Braze's Home shows them. */
export const KPI_FIGURES = [
  'dau',
  'mau',
  'new_users',
  'stickiness',
  'sessions_per_mau',
  'uninstalls',
] as const;
export type KpiFigureKey = (typeof KPI_FIGURES)[number];

/** The daily series the figures are made of: the four KPI series and `/sessions/data_series?unit=day`. */
export type KpiSeriesKey = 'dau' | 'mau' | 'new_users' | 'uninstalls' | 'sessions';

/** The series each figure needs. */
export const FIGURE_SERIES: Readonly<Record<KpiFigureKey, readonly KpiSeriesKey[]>> = {
  dau: ['dau'],
  mau: ['mau'],
  new_users: ['new_users'],
  stickiness: ['dau', 'mau'],
  sessions_per_mau: ['sessions', 'mau'],
  uninstalls: ['uninstalls'],
};

/** Figures that are ratios of two series (drawn on a fitted axis); the others are counts. */
export const isRatio = (key: KpiFigureKey) => key === 'stickiness' || key === 'sessions_per_mau';

/** One day: the value of each series Braze sent for it (a series it did not send is absent). */
export interface KpiDay {
  date: Date;
  values: Partial<Record<KpiSeriesKey, number>>;
}

/** P and P′, oldest first, `length` days each. */
export interface KpiPeriods {
  current: KpiDay[];
  previous: KpiDay[];
}

/** An answer's data points: `{ time, <series>: number }` (sessions: `{ time, sessions }`). */
export type KpiAnswers = Partial<Record<KpiSeriesKey, readonly Readonly<Record<string, unknown>>[]>>;

/**
 * The days of P and P′ from the answers (several answers of one series, e.g. P and P′ asked apart, are merged).
 * P ends with the latest day Braze sent for a daily count (MAU lags a day: it does not decide), or `ending-at`'s
 * day (see lastBucket). A day sent twice: MAU keeps the last value, the counts add up.
 */
export function kpiPeriods(answers: KpiAnswers, length: number, endingAt?: string): KpiPeriods {
  const n = Math.max(1, Math.floor(length) || 1);
  const byDay = new Map<number, KpiDay['values']>();
  let latest = -Infinity;
  let latestMau = -Infinity;
  for (const [key, points] of Object.entries(answers) as [KpiSeriesKey, KpiAnswers[KpiSeriesKey]][]) {
    for (const point of points ?? []) {
      const value = point[key];
      const day = typeof point.time === 'string' ? parseDay(point.time)?.getTime() : undefined;
      if (day === undefined || typeof value !== 'number' || !Number.isFinite(value)) continue;
      const values = byDay.get(day) ?? {};
      byDay.set(day, values);
      values[key] = key === 'mau' ? value : (values[key] ?? 0) + value;
      if (key === 'mau') latestMau = Math.max(latestMau, day);
      else latest = Math.max(latest, day);
    }
  }
  if (latest === -Infinity) latest = latestMau === -Infinity ? NaN : latestMau + DAY_MS;
  if (Number.isNaN(latest)) return { current: [], previous: [] };
  const anchor = lastBucket('day', latest, endingAt?.trim() || undefined);
  const days = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const date = from + i * DAY_MS;
      return { date: new Date(date), values: byDay.get(date) ?? {} };
    });
  const start = anchor - (n - 1) * DAY_MS;
  return { current: days(start, n), previous: days(start - n * DAY_MS, n) };
}

/** A figure's value on one day: the series itself, or the day's ratio (`null`: missing, or MAU 0). */
export function dailyValue(key: KpiFigureKey, day: KpiDay): number | null {
  const v = day.values;
  if (key === 'stickiness' || key === 'sessions_per_mau') {
    const top = key === 'stickiness' ? v.dau : v.sessions;
    return top === undefined || v.mau === undefined || v.mau === 0 ? null : top / v.mau;
  }
  return v[key] ?? null;
}

/** A figure's daily values (sparklines, the trend chart, the table). */
export const dailyPoints = (key: KpiFigureKey, days: readonly KpiDay[]): TimePoint[] =>
  days.map((day) => ({ date: day.date, value: dailyValue(key, day) }));

const known = (points: readonly TimePoint[]) =>
  points.map((p) => p.value).filter((v): v is number => v !== null);
const sum = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) : undefined);
const mean = (values: number[]) => (values.length ? (sum(values) ?? 0) / values.length : undefined);

/** A figure over one period: DAU and the ratios are means of the known days, new users and uninstalls sums. */
function aggregate(key: KpiFigureKey, days: readonly KpiDay[]): number | undefined {
  const values = known(dailyPoints(key, days));
  if (key === 'mau') return values[values.length - 1];
  return key === 'new_users' || key === 'uninstalls' ? sum(values) : mean(values);
}

export interface KpiFigure {
  key: KpiFigureKey;
  /** The figure over P; undefined when Braze sent none of its days. */
  value: number | undefined;
  /** The same over P′ (MAU: the day before P starts, Braze's rule). */
  previous: number | undefined;
  /** (value − previous) / previous; undefined when either is missing or the base is 0 (never "+∞ %"). */
  change: number | undefined;
  /** The daily values of P. */
  points: TimePoint[];
  /** The daily values of P′, lined up day by day with P's. */
  previousPoints: TimePoint[];
}

/** One figure of the Home dashboard, by the formulas of the design note. */
export function kpiFigure(key: KpiFigureKey, periods: KpiPeriods): KpiFigure {
  const points = dailyPoints(key, periods.current);
  const previousPoints = dailyPoints(key, periods.previous);
  const value = aggregate(key, periods.current);
  const dayBefore = periods.previous[periods.previous.length - 1];
  const previous =
    key === 'mau'
      ? ((dayBefore && dailyValue('mau', dayBefore)) ?? undefined)
      : aggregate(key, periods.previous);
  return { key, value, previous, change: changeRatio(value, previous), points, previousPoints };
}

/** True when no uninstall was recorded in P (every day 0 or missing): uninstall tracking may be off. */
export const noUninstalls = (figure: KpiFigure) =>
  figure.key === 'uninstalls' && figure.points.every((p) => !p.value);

/** One `/kpi/…/data_series` (or sessions) query: `length` days ending at `endingAt`. */
export interface KpiQuery {
  length: number;
  endingAt: string | undefined;
}

/**
 * The queries that cover P and P′ (and MAU's day before P): one of 2n days when 2n ≤ 100, else P and P′ apart (P′
 * ending the day before P starts; without `ending-at`, before the day containing `now`, as the session chart does).
 * Every element asks the same queries for the same attributes, so the page's client makes each once.
 */
export function kpiQueries(length: number, endingAt: string | undefined, now: number): KpiQuery[] {
  const end = endingAt || undefined;
  if (2 * length <= 100) return [{ length: 2 * length, endingAt: end }];
  const before = previousEndingAt('day', length, end, currentBucket('day', now));
  return [
    { length, endingAt: end },
    { length, endingAt: before },
  ];
}

/** A sparkline: its path (gaps as breaks) and the lone known days no segment can show, as dots. */
export interface Sparkline {
  path: string;
  dots: { x: number; y: number }[];
}

/** The daily values in a `width`×`height` box, the value range fitted to the box (a flat series mid-height). */
export function sparkline(points: readonly TimePoint[], width: number, height: number): Sparkline {
  const values = known(points);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = (i: number) => (points.length > 1 ? (i * width) / (points.length - 1) : width / 2);
  const y = (v: number) => (max > min ? height - ((v - min) / (max - min)) * height : height / 2);
  const path = line<TimePoint>()
    .defined((p) => p.value !== null)
    .x((_, i) => x(i))
    .y((p) => y(p.value ?? 0))(points);
  const dots = points.flatMap((p, i) =>
    p.value !== null && (points[i - 1]?.value ?? null) === null && (points[i + 1]?.value ?? null) === null
      ? [{ x: x(i), y: y(p.value) }]
      : [],
  );
  return { path: path ?? '', dots };
}
