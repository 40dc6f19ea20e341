import type { SegmentDataPoint, SessionsDataPoint, Unit } from '../api/index.js';
import type { MockSegment } from './fixtures.js';
import { noise, seededRandom } from './random.js';
import { dayBuckets, dayNumber, formatDay, formatHour, hourBuckets, utcDay, weekday } from './time.js';

/** Trends are anchored at this date, so a given segment and day always have the same size. */
const REFERENCE_DAY = dayNumber('2024-01-01');

/** Relative activity by day of week, Sunday first: busier weekends, a midweek dip. */
export const WEEKLY_SEASONALITY: readonly number[] = [1.12, 0.94, 0.91, 0.95, 0.98, 1.04, 1.16];

/** Share of a day's sessions in each UTC hour: overnight trough, morning, lunch and evening peaks. */
export const DIURNAL_CURVE: readonly number[] = normalise(
  Array.from(
    { length: 24 },
    (_, h) => 0.12 + 0.55 * bump(h, 8, 1.8) + 0.8 * bump(h, 12.5, 2.2) + 1.05 * bump(h, 20, 2.4),
  ),
);

function bump(hour: number, peak: number, width: number): number {
  const distance = Math.min(Math.abs(hour - peak), 24 - Math.abs(hour - peak));
  return Math.exp(-(distance * distance) / (2 * width * width));
}

function normalise(values: number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => v / total);
}

/** The smooth (un-jittered) size of a segment on a day. */
export function segmentTrend(segment: MockSegment, day: number): number {
  return segment.baseSize * Math.exp(segment.dailyGrowth * (day - REFERENCE_DAY));
}

/** The estimated (sampled, so jittery) size Braze would report for a segment on a day; an integer ≥ 0. */
export function segmentSize(segment: MockSegment, day: number): number {
  if (segment.baseSize === 0) return 0;
  const random = seededRandom('segments.data_series', segment.id, day);
  return Math.max(0, Math.round(segmentTrend(segment, day) * (1 + segment.jitter * noise(random))));
}

export function segmentSeries(segment: MockSegment, lastDay: number, length: number): SegmentDataPoint[] {
  return dayBuckets(lastDay, length).map((day) => ({
    time: formatDay(day),
    size: segmentSize(segment, day),
  }));
}

/** Who the sessions are counted for: a segment (default: all users) and optionally one app. */
export interface SessionsScope {
  readonly segment: MockSegment;
  /** Fraction of sessions that happen in the requested app (1 when no app_id). */
  readonly appShare: number;
  /** Seed part identifying the scope (ids as requested). */
  readonly key: string;
}

function expectedDailySessions(scope: SessionsScope, day: number): number {
  const seasonality = WEEKLY_SEASONALITY[weekday(day)] ?? 1;
  return segmentTrend(scope.segment, day) * scope.segment.sessionsPerUser * seasonality * scope.appShare;
}

function jittered(expected: number, spread: number, ...seed: readonly (string | number)[]): number {
  if (expected <= 0) return 0;
  return Math.max(0, Math.round(expected * (1 + spread * noise(seededRandom(...seed)))));
}

/** Sessions per day (weekly seasonality) or per hour (a diurnal curve on top), ending at the requested time. */
export function sessionsSeries(
  scope: SessionsScope,
  unit: Unit,
  lastDay: number,
  lastInstant: number,
  length: number,
): SessionsDataPoint[] {
  if (unit === 'day') {
    return dayBuckets(lastDay, length).map((day) => ({
      time: formatDay(day),
      sessions: jittered(expectedDailySessions(scope, day), 0.035, 'sessions.day', scope.key, day),
    }));
  }
  return hourBuckets(lastInstant, length).map((hour) => {
    const share = DIURNAL_CURVE[new Date(hour).getUTCHours()] ?? 1 / 24;
    const expected = expectedDailySessions(scope, utcDay(hour)) * share;
    return { time: formatHour(hour), sessions: jittered(expected, 0.07, 'sessions.hour', scope.key, hour) };
  });
}
