import type { KpiDataPoint, KpiDataSeriesParams, KpiMetric } from '../api/index.js';
import { DAY_MS } from '../api/time.js';
import { WEEKLY_SEASONALITY } from './mock-series.js';
import { appShare, seriesBuckets, success, type MockReply } from './mock-workspace.js';
import { hashString, noise, seededRandom } from './random.js';
import { dayNumber, weekday } from './time.js';

/**
 * The Home dashboard's KPIs for the mock workspace. DAU follows a weekly rhythm around slow growth; MAU is what it
 * is in Braze, a 30-day rolling count of distinct users, modelled as the last 30 days' DAU divided by how many
 * days a month an active user comes back (so DAU / MAU, the stickiness, stays in a 10–30 % band and MAU is far
 * smoother than DAU). New users are a small share of DAU; uninstalls are daily counts only for an app with
 * uninstall tracking, and sparse otherwise.
 */

/** Trends are anchored at this date, so a given scope and day always have the same value. */
const REFERENCE_DAY = dayNumber('2024-01-01');
/** All apps' expected DAU on the reference day, and its growth a day. */
const BASE_DAU = 142_000;
const DAILY_GROWTH = 0.0008;
/** Users active on several apps count once per app: per-app DAU adds up to a little more than the workspace's. */
const CROSS_APP_OVERLAP = 1.06;
/** Share of a day's active users who are new, and how much a day's DAU wanders around its trend. */
const NEW_USER_RATE = 0.018;
const DAU_JITTER = 0.025;
/** MAU of a day is published the next day around 12:05 UTC. */
const MAU_PUBLISHED_AFTER_MS = DAY_MS + (12 * 60 + 5) * 60_000;
/** Days of the MAU window. */
export const MAU_WINDOW_DAYS = 30;

/** How an app's users behave: days a month an active user comes back, and whether uninstalls are tracked. */
export interface MockAppHabits {
  readonly activeDaysPerMonth: number;
  readonly uninstallTracking: boolean;
}

/**
 * The habits of the mock apps, and under `*` the whole workspace's (whose uninstalls are its apps' added up: only
 * the iOS app tracks them).
 */
export const MOCK_APP_HABITS: Readonly<Record<string, MockAppHabits>> = Object.freeze({
  '*': { activeDaysPerMonth: 5.1, uninstallTracking: true },
  app_ios: { activeDaysPerMonth: 6.3, uninstallTracking: true },
  app_android: { activeDaysPerMonth: 5.4, uninstallTracking: false },
  app_web: { activeDaysPerMonth: 3.9, uninstallTracking: false },
});

/** Habits of an app the fixtures do not list: 4–6.5 active days a month, no uninstall tracking. */
export function appHabits(appId: string | undefined): MockAppHabits {
  const key = appId ?? '*';
  if (Object.hasOwn(MOCK_APP_HABITS, key)) return MOCK_APP_HABITS[key]!;
  return { activeDaysPerMonth: 4 + (hashString(`habits|${key}`) % 250) / 100, uninstallTracking: false };
}

/** The expected (smooth, weekly) DAU of a scope on a day, before day-to-day noise. */
export function expectedDau(appId: string | undefined, day: number): number {
  const scope = appId === undefined ? 1 : appShare(appId) * CROSS_APP_OVERLAP;
  const trend = BASE_DAU * Math.exp(DAILY_GROWTH * (day - REFERENCE_DAY));
  return trend * (WEEKLY_SEASONALITY[weekday(day)] ?? 1) * scope;
}

/** DAU as Braze reports it for a scope and day: an integer ≥ 0. */
export function dau(appId: string | undefined, day: number): number {
  const random = seededRandom('kpi.dau', appId ?? '*', day);
  return Math.max(0, Math.round(expectedDau(appId, day) * (1 + DAU_JITTER * noise(random))));
}

/** MAU of a day: distinct users of the 30 days ending that day, from the DAU of those days. */
export function mau(appId: string | undefined, day: number): number {
  let active = 0;
  for (let d = day - MAU_WINDOW_DAYS + 1; d <= day; d++) active += dau(appId, d);
  return Math.round(active / appHabits(appId).activeDaysPerMonth);
}

/** New users of a day: a share of DAU, with an occasional launch or store-feature spike. */
export function newUsers(appId: string | undefined, day: number): number {
  const random = seededRandom('kpi.new_users', appId ?? '*', day);
  const spike = hashString(`spike|${day}`) % 23 === 0 ? 1.8 : 1;
  return Math.max(
    0,
    Math.round(expectedDau(appId, day) * NEW_USER_RATE * spike * (1 + 0.08 * noise(random))),
  );
}

/**
 * Uninstalls of a day. With uninstall tracking, about 0.35 % of DAU; without it, mostly 0 with a rare 1–3 (the
 * sparse counts Braze shows for apps that do not track uninstalls). The whole workspace adds its apps up.
 */
export function uninstalls(appId: string | undefined, day: number): number {
  if (appId === undefined) {
    return ['app_ios', 'app_android', 'app_web'].reduce((sum, app) => sum + uninstalls(app, day), 0);
  }
  const random = seededRandom('kpi.uninstalls', appId, day);
  if (appHabits(appId).uninstallTracking) {
    return Math.max(0, Math.round(expectedDau(appId, day) * 0.0035 * (1 + 0.15 * noise(random))));
  }
  return random() < 0.12 ? 1 + Math.floor(random() * 3) : 0;
}

const METRICS: Readonly<Record<KpiMetric, (appId: string | undefined, day: number) => number>> = {
  dau,
  mau,
  new_users: newUsers,
  uninstalls,
};

/**
 * A KPI series as `/kpi/<metric>/data_series` answers it: one point per day up to today; MAU only for days
 * whose value has been published (the next day at 12:05 UTC).
 */
export function kpiSeries<M extends KpiMetric>(
  metric: M,
  params: KpiDataSeriesParams,
  now: Date,
): MockReply<{ message: string; data: KpiDataPoint<M>[] }> {
  const value = METRICS[metric];
  const buckets = seriesBuckets('day', params.ending_at, params.length, now).filter(
    ({ day }) => metric !== 'mau' || day * DAY_MS + MAU_PUBLISHED_AFTER_MS <= now.getTime(),
  );
  const data = buckets.map(
    ({ time, day }) => ({ time, [metric]: value(params.app_id, day) }) as KpiDataPoint<M>,
  );
  return success({ data });
}
