import {
  EVENT_LIST_PAGE_SIZE,
  EVENTS_PAGE_SIZE,
  type EventDataSeriesParams,
  type EventListParams,
  type EventsParams,
  type EventsResponse,
} from '../api/index.js';
import { findSegment, type MockSegment } from './fixtures.js';
import { expectedDau } from './mock-kpi.js';
import { DIURNAL_CURVE, segmentTrend } from './mock-series.js';
import { analyticsSegment, refusal, seriesBuckets, success, type MockReply } from './mock-workspace.js';
import { noise, seededRandom } from './random.js';

/**
 * Custom events of the mock workspace: a handful of named events, each performed a typical number of times per
 * daily active user, so their counts follow DAU's weekly rhythm (and a daily curve by hour). `app_id` scales
 * them with the app's DAU, `segment_id` with the segment's share of sessions.
 */

/** A custom event of the mock workspace, as `/events` describes it, plus its rate. */
export interface MockEvent {
  readonly name: string;
  readonly description: string | null;
  readonly included_in_analytics_report: boolean;
  readonly status: 'Active' | 'Blocklisted';
  readonly tag_names: readonly string[];
  /** Times a daily active user performs it, on average. */
  readonly perActiveUser: number;
}

export const MOCK_EVENTS: readonly MockEvent[] = Object.freeze([
  event('Viewed Product', 'A product page was opened.', 2.3, ['commerce']),
  event('Searched', 'A search was submitted (any screen).', 1.1, ['discovery']),
  event('Played Video', 'A video started playing for at least 2 s.', 0.7, ['content']),
  event('Added to Cart', 'A product was added to the cart from any screen.', 0.42, ['commerce']),
  event('Started Checkout', 'The checkout screen was opened with a non-empty cart.', 0.18, ['commerce']),
  event('Shared Recipe', null, 0.05, ['content', 'social']),
  event('Completed Onboarding', 'The last onboarding screen was confirmed.', 0.016, ['onboarding']),
  event('Enabled Notifications', 'Push permission granted from the in-app prompt.', 0.01, ['onboarding']),
  event('Rated App', 'The store rating prompt was answered.', 0.002, []),
  {
    ...event('legacy_tap', 'Replaced by Viewed Product in v4.', 0.001, ['deprecated']),
    status: 'Blocklisted',
    included_in_analytics_report: false,
  },
]);

function event(name: string, description: string | null, perActiveUser: number, tags: string[]): MockEvent {
  return {
    name,
    description,
    included_in_analytics_report: true,
    status: 'Active',
    tag_names: tags,
    perActiveUser,
  };
}

/** Event names in the order `/events/list` gives them: alphabetical, case-insensitive. */
export function eventNames(): string[] {
  return MOCK_EVENTS.map((e) => e.name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/** `/events/list`: 250 names a page, 0-based. */
export function eventListPage(params: EventListParams): MockReply<{ message: string; events: string[] }> {
  const start = Number(params.page ?? '0') * EVENT_LIST_PAGE_SIZE;
  return success({ events: eventNames().slice(start, start + EVENT_LIST_PAGE_SIZE) });
}

const encodeCursor = (offset: number) => btoa(`skip:${offset}`).replace(/=+$/, '');

function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^skip:(\d{1,6})$/.exec(atob(cursor));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `/events`: 50 events a page with their descriptions; `nextCursor` is what Braze puts in the `Link` header of
 * a page that has a next one (write it with `nextLink`). `pageSize` exists for tests of paging.
 */
export function eventsPage(
  params: EventsParams,
  pageSize = EVENTS_PAGE_SIZE,
): MockReply<EventsResponse> & { readonly nextCursor?: string } {
  const offset = params.cursor === undefined ? 0 : decodeCursor(params.cursor);
  if (offset === undefined)
    return refusal(400, 'Invalid cursor', `cursor ${params.cursor ?? ''} is not one Braze gave`);
  const byName = new Map(MOCK_EVENTS.map((e) => [e.name, e]));
  const names = eventNames();
  const events = names.slice(offset, offset + pageSize).map((name) => {
    const { perActiveUser: _rate, tag_names, ...described } = byName.get(name)!;
    return { ...described, tag_names: [...tag_names] };
  });
  const more = offset + pageSize < names.length;
  return { ...success({ events }), ...(more ? { nextCursor: encodeCursor(offset + pageSize) } : {}) };
}

/** The share of the workspace's activity a segment's members make (its share of sessions). */
export function segmentActivityShare(segment: MockSegment, day: number): number {
  const all = findSegment('seg_all_users')!;
  const whole = segmentTrend(all, day) * all.sessionsPerUser;
  return whole > 0 ? (segmentTrend(segment, day) * segment.sessionsPerUser) / whole : 0;
}

/**
 * `/events/data_series`: counts per day or hour. An event the workspace has never seen counts 0 (the mock's
 * reading of Braze's docs, which do not say); a segment without analytics tracking is refused as for sessions.
 */
export function eventSeries(
  params: EventDataSeriesParams,
  now: Date,
): MockReply<{ message: string; data: { time: string; count: number }[] }> {
  const segment = params.segment_id === undefined ? undefined : analyticsSegment(params.segment_id);
  if (segment && 'status' in segment) return segment;
  const rate = MOCK_EVENTS.find((e) => e.name === params.event)?.perActiveUser ?? 0;
  const unit = params.unit ?? 'day';
  const key = [params.event, params.app_id ?? '*', params.segment_id ?? '*'].join('|');
  const data = seriesBuckets(unit, params.ending_at, params.length, now).map(({ time, day, hour }) => {
    const share = hour === undefined ? 1 : (DIURNAL_CURVE[new Date(hour).getUTCHours()] ?? 1 / 24);
    const members = segment ? segmentActivityShare(segment, day) : 1;
    const expected = expectedDau(params.app_id, day) * rate * share * members;
    const random = seededRandom('events.data_series', unit, key, hour ?? day);
    const spread = unit === 'hour' ? 0.1 : 0.04;
    return {
      time,
      count: expected > 0 ? Math.max(0, Math.round(expected * (1 + spread * noise(random)))) : 0,
    };
  });
  return success({ data });
}
