import type * as z from 'zod/mini';
import type { EndpointDescriptor } from './endpoints.js';
import { HOUR_MS } from './time.js';

/**
 * What the proxy needs to know about an endpoint besides its schemas: which of Braze's rate-limit pools it draws
 * from, how long its answers may be cached, how it pages, and what it must always send upstream.
 */

/** A rate-limit pool: `limit` requests per `windowMs`, per workspace. */
export interface RateLimitPoolInfo {
  readonly limit: number;
  readonly windowMs: number;
}

/** Braze's rate-limit pools for the export endpoints (see BRAZE_API_MORE.md, "Rate limits that differ"). */
export const RATE_LIMIT_POOLS = Object.freeze({
  /** Segments, sessions, sends, KPI, `events/data_series`, Canvas, `campaigns/details` and `/list`: 250,000 an hour. */
  default: Object.freeze({ limit: 250_000, windowMs: HOUR_MS }),
  /** `/campaigns/data_series` alone: 50,000 a minute. */
  campaignsDataSeries: Object.freeze({ limit: 50_000, windowMs: 60_000 }),
  /**
   * `/events/list`, `/events`, `/purchases/product_list` and, conservatively (the docs point there, perhaps by
   * mistake), the purchases series: 1,000 an hour, shared.
   */
  small: Object.freeze({ limit: 1_000, windowMs: HOUR_MS }),
} satisfies Record<string, RateLimitPoolInfo>);

/** The name of a rate-limit pool. */
export type RateLimitPool = keyof typeof RATE_LIMIT_POOLS;

/**
 * Suggested cache lifetimes, in ms. Series keep the proxy's default of a minute; lists change rarely and details
 * seldom; the 1,000-an-hour pool is spent on one request every 3.6 s of the hour, so what draws from it is kept
 * longer (a dashboard of 20 distinct purchase queries refreshed every minute would spend 1,200 an hour).
 */
export const CACHE_TTL_MS = Object.freeze({
  series: 60_000,
  details: 5 * 60_000,
  list: 15 * 60_000,
  smallPoolSeries: 5 * 60_000,
  smallPoolList: HOUR_MS,
});

/** How an endpoint pages: `page` (0-based query parameter) or `cursor` (the next page in the `Link` header). */
export type Paging = 'page' | 'cursor';

/** The proxy-facing facts of one endpoint. */
export interface EndpointPolicy {
  readonly pool: RateLimitPool;
  readonly cacheTtlMs: number;
  readonly paging?: Paging;
  /**
   * Query values the proxy adds upstream when the caller left them out, computed at request time (Canvas's
   * `ending_at`, which Braze's docs call both required and defaulted). The cache key stays the caller's query.
   */
  readonly upstreamDefaults?: (now: Date) => Readonly<Record<string, string>>;
}

/** A list of names paged by `page` drawn from the small pool (`/events/list`, `/purchases/product_list`). */
export const SMALL_POOL_PAGE_LIST: EndpointPolicy = Object.freeze({
  pool: 'small',
  cacheTtlMs: CACHE_TTL_MS.smallPoolList,
  paging: 'page',
});

/** An endpoint descriptor with its {@link EndpointPolicy}. */
export type PooledEndpoint<
  P extends z.ZodMiniType = z.ZodMiniType,
  R extends z.ZodMiniType = z.ZodMiniType,
> = EndpointDescriptor<P, R> & EndpointPolicy;

/** Builds a frozen {@link PooledEndpoint}; `keys` are the query parameters in canonical order. */
export function pooledEndpoint<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  name: string,
  path: `/${string}`,
  schemas: { readonly params: P; readonly response: R },
  keys: readonly string[],
  policy: EndpointPolicy,
): PooledEndpoint<P, R> {
  return Object.freeze({ name, path, params: schemas.params, response: schemas.response, keys, ...policy });
}

/** The policies of the first endpoints (their descriptors predate {@link EndpointPolicy}). */
const FIRST_POLICIES: Readonly<Record<string, EndpointPolicy>> = {
  '/segments/data_series': { pool: 'default', cacheTtlMs: CACHE_TTL_MS.series },
  '/segments/details': { pool: 'default', cacheTtlMs: CACHE_TTL_MS.details },
  '/sessions/data_series': { pool: 'default', cacheTtlMs: CACHE_TTL_MS.series },
  '/sends/data_series': { pool: 'default', cacheTtlMs: CACHE_TTL_MS.series },
  '/segments/list': { pool: 'default', cacheTtlMs: CACHE_TTL_MS.list, paging: 'page' },
  '/campaigns/list': { pool: 'default', cacheTtlMs: CACHE_TTL_MS.list, paging: 'page' },
};

/** The policy of any endpoint: its own when it has one, else the first endpoints' table, else a default series. */
export function endpointPolicy(endpoint: EndpointDescriptor | PooledEndpoint): EndpointPolicy {
  if ('pool' in endpoint && 'cacheTtlMs' in endpoint) return endpoint;
  return (
    (Object.hasOwn(FIRST_POLICIES, endpoint.path) ? FIRST_POLICIES[endpoint.path] : undefined) ?? {
      pool: 'default',
      cacheTtlMs: CACHE_TTL_MS.series,
    }
  );
}
