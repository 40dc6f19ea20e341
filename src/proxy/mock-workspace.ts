import type { BrazeErrorBody, Unit } from '../api/index.js';
import { findApp, findSegment, type MockSegment } from './fixtures.js';
import { hashString } from './random.js';
import { dayBuckets, endingDay, endingInstant, formatDay, formatHour, hourBuckets, utcDay } from './time.js';

/**
 * What the mock generators of the endpoints beyond the first three share: their answer type, the scope of a
 * request (an app, a segment) and the buckets of a series. Pure: every generator takes validated params and `now`.
 */

/** A generator's answer: a Braze body with its status (200, or a Braze error). */
export type MockReply<T> =
  { readonly status: 200; readonly body: T } | { readonly status: 400 | 404; readonly body: BrazeErrorBody };

/** A 200 with Braze's `message: "success"` first. */
export function success<T extends object>(
  body: T,
): { readonly status: 200; readonly body: { message: string } & T } {
  return { status: 200, body: { message: 'success', ...body } };
}

/** A Braze error answer. */
export function refusal(status: 400 | 404, message: string, ...errors: string[]): MockReply<never> {
  return { status, body: { message, errors } };
}

/**
 * An app's share of the workspace's activity: a known app's, else a stable share from the id's hash (5–45 %),
 * so that an `app_id` filter changes the numbers deterministically; 1 without an app.
 */
export function appShare(appId: string | undefined): number {
  if (appId === undefined) return 1;
  return findApp(appId)?.share ?? 0.05 + (hashString(appId) % 400) / 1000;
}

/** The segment whose members a series counts, or the Braze error Braze gives for it. */
export function analyticsSegment(segmentId: string): MockReply<never> | MockSegment {
  const segment = findSegment(segmentId);
  if (!segment) return refusal(404, 'Segment not found', `segment_id ${segmentId} does not exist`);
  if (!segment.analytics_tracking_enabled) {
    return refusal(
      400,
      'Segment does not have analytics tracking enabled',
      `segment_id ${segment.id}: enable analytics tracking on the segment to filter by it`,
    );
  }
  return segment;
}

/** One bucket of a series: its `time` as Braze writes it, its day number and, for hours, its start (epoch ms). */
export interface MockBucket {
  readonly time: string;
  readonly day: number;
  readonly hour?: number;
}

/**
 * The buckets of a series ending at `ending_at` (default `now`), oldest first. Buckets after `now` are left out:
 * `length` is the most Braze returns, and it has nothing for the future.
 */
export function seriesBuckets(
  unit: Unit,
  endingAt: string | undefined,
  length: number,
  now: Date,
): MockBucket[] {
  if (unit === 'day') {
    const today = utcDay(now.getTime());
    return dayBuckets(endingDay(endingAt, now), length)
      .filter((day) => day <= today)
      .map((day) => ({ time: formatDay(day), day }));
  }
  return hourBuckets(endingInstant(endingAt, now), length)
    .filter((hour) => hour <= now.getTime())
    .map((hour) => ({ time: formatHour(hour), day: utcDay(hour), hour }));
}
