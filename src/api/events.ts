import * as z from 'zod/mini';
import { Unit } from './params.js';
import { count, dateTimeParam, idParam, lengthParam, pageParam } from './fields.js';
import { nameParam } from './name-param.js';
import { CACHE_TTL_MS, pooledEndpoint, SMALL_POOL_PAGE_LIST } from './policy.js';

/**
 * Custom events: `GET /events/data_series` (a count per day or hour) and `GET /events/list` (names, 250 a page,
 * alphabetical; the small 1,000-an-hour pool). `GET /events`, the catalog with descriptions, is in
 * event-catalog.ts: an element reading a series or the names does not load its schemas.
 */

export const EventDataSeriesParams = z.strictObject({
  event: nameParam('event'),
  length: lengthParam(),
  unit: z.optional(Unit),
  ending_at: z.optional(dateTimeParam('ending_at')),
  app_id: z.optional(idParam('app_id')),
  segment_id: z.optional(idParam('segment_id')),
});
export type EventDataSeriesParams = z.infer<typeof EventDataSeriesParams>;

export const EventDataSeriesResponse = z.looseObject({
  message: z.string(),
  data: z.array(z.looseObject({ time: z.string(), count })),
});
export type EventDataSeriesResponse = z.infer<typeof EventDataSeriesResponse>;

export const EventListParams = z.strictObject({ page: z.optional(pageParam) });
export type EventListParams = z.infer<typeof EventListParams>;

export const EventListResponse = z.looseObject({ message: z.string(), events: z.array(z.string()) });
export type EventListResponse = z.infer<typeof EventListResponse>;

/** Names per page of `/events/list`. */
export const EVENT_LIST_PAGE_SIZE = 250;
export const eventDataSeries = pooledEndpoint(
  'events.data_series',
  '/events/data_series',
  { params: EventDataSeriesParams, response: EventDataSeriesResponse },
  ['event', 'length', 'unit', 'ending_at', 'app_id', 'segment_id'],
  { pool: 'default', cacheTtlMs: CACHE_TTL_MS.series },
);
export const eventList = pooledEndpoint(
  'events.list',
  '/events/list',
  { params: EventListParams, response: EventListResponse },
  ['page'],
  SMALL_POOL_PAGE_LIST,
);
