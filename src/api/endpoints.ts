import type * as z from 'zod/mini';
import {
  SegmentDataSeriesParams,
  SegmentDetailsParams,
  SendsDataSeriesParams,
  SessionsDataSeriesParams,
} from './params.js';
import {
  SegmentDataSeriesResponse,
  SegmentDetailsResponse,
  SendsDataSeriesResponse,
  SessionsDataSeriesResponse,
} from './responses.js';

/** Describes one Braze export endpoint: its path and the zod schemas of its query and its response body. */
export interface EndpointDescriptor<
  P extends z.ZodMiniType = z.ZodMiniType,
  R extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly name: string;
  readonly path: `/${string}`;
  readonly params: P;
  readonly response: R;
  /** Query parameters the endpoint accepts, in canonical order. */
  readonly keys: readonly string[];
}

function endpoint<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  name: string,
  path: `/${string}`,
  params: P,
  response: R,
  keys: readonly string[],
): EndpointDescriptor<P, R> {
  return Object.freeze({ name, path, params, response, keys });
}

export const segmentDataSeries = endpoint(
  'segments.data_series',
  '/segments/data_series',
  SegmentDataSeriesParams,
  SegmentDataSeriesResponse,
  ['segment_id', 'length', 'ending_at'],
);
export const segmentDetails = endpoint(
  'segments.details',
  '/segments/details',
  SegmentDetailsParams,
  SegmentDetailsResponse,
  ['segment_id'],
);
export const sessionsDataSeries = endpoint(
  'sessions.data_series',
  '/sessions/data_series',
  SessionsDataSeriesParams,
  SessionsDataSeriesResponse,
  ['length', 'unit', 'ending_at', 'app_id', 'segment_id'],
);
export const sendsDataSeries = endpoint(
  'sends.data_series',
  '/sends/data_series',
  SendsDataSeriesParams,
  SendsDataSeriesResponse,
  ['campaign_id', 'send_id', 'length', 'ending_at'],
);

/** The four export endpoints, by path. */
export const ENDPOINTS = {
  [segmentDataSeries.path]: segmentDataSeries,
  [segmentDetails.path]: segmentDetails,
  [sessionsDataSeries.path]: sessionsDataSeries,
  [sendsDataSeries.path]: sendsDataSeries,
} as const satisfies Record<string, EndpointDescriptor>;

export type EndpointPath = keyof typeof ENDPOINTS;

export type ParamsOf<E extends EndpointDescriptor> = z.infer<E['params']>;
export type ResponseOf<E extends EndpointDescriptor> = z.infer<E['response']>;
