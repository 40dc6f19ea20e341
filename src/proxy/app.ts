import { Hono, type Context } from 'hono';
import { accepts } from 'hono/accepts';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  endpointPolicy,
  ENDPOINTS,
  MORE_ENDPOINTS,
  PICKER_ENDPOINTS,
  RATE_LIMIT_POOLS,
  toQuery,
  type EndpointDescriptor,
  type RateLimitPool,
} from '../api/index.js';
import { createAnswers, createGzipCache, type CacheStatus } from './cache.js';
import { resolveProxyConfig, type ProxyConfig } from './config.js';
import { queryForLog } from './log.js';
import * as check from './request.js';
import { Refusal } from './request.js';
import * as upstream from './upstream.js';

/** What the access log line says about a request, filled in as it goes through (`c.get('log')`). */
export interface RequestLog {
  cache?: CacheStatus;
  upstream?: number;
  /** The canonical query (ids hashed with `redactIds`); only for valid requests. */
  query?: string;
  /** Why the proxy answered by itself, e.g. `invalid`, `origin`, `authorize`, `client-rate-limit`. */
  refused?: string;
}

/** Smaller bodies are sent as they are: compressing them saves less than it costs. */
const COMPRESS_MIN_BYTES = 1024;
const acceptsGzip = (c: Context) =>
  accepts(c, { header: 'Accept-Encoding', supports: ['gzip'], default: 'identity' }) === 'gzip';

type ProxyEnv = { Variables: { log: RequestLog } };

/** The proxy: a Hono app (`.fetch` is a standard fetch handler) plus what it knows about Braze's quota. */
export type BrazeProxy = Hono<ProxyEnv> & {
  /** The latest `X-RateLimit-*` state Braze reported for its default pool (undefined until its first answer). */
  readonly rateLimit: upstream.RateLimitSnapshot | undefined;
  /** The same per rate-limit pool (`default`, `campaignsDataSeries`, `small`): each pool is paused on its own. */
  readonly rateLimits: Readonly<Record<RateLimitPool, upstream.RateLimitSnapshot | undefined>>;
};

/**
 * Creates the reference proxy: a Hono app mirroring Braze's export endpoints 1:1 under `basePath` (`GET
 * /segments/data_series`, `/segments/details`, `/sessions/data_series`, `/sends/data_series`, the KPI, event,
 * purchase, campaign and Canvas endpoints of `MORE_ENDPOINTS`, and with `pickers` the lists: `/segments/list`,
 * `/campaigns/list`, `/canvas/list`, `/events/list`, `/events`, `/purchases/product_list`), adding the server-side
 * key, plus `GET /healthz`. Each endpoint is cached for its own lifetime and spends its own Braze rate-limit pool
 * (`endpointPolicy`). Throws a `ProxyConfigError` for an invalid config.
 *
 * @example Node: `serve({ fetch: createProxy(config).fetch, port: 8787 })` (from `@hono/node-server`)
 * @example Workers, Bun, Deno: `export default { fetch: createProxy({ apiKey, restEndpoint }).fetch }`
 */
export function createProxy(config: ProxyConfig = {}): BrazeProxy {
  const settings = resolveProxyConfig(config);
  const { logger, now, allowedOrigins, basePath, authorize, clientRateLimit: limit } = settings;
  const answers = createAnswers(settings);
  const gzip = createGzipCache(Math.ceil(settings.cacheMaxBytes / 4));
  // Braze counts each pool apart: a spent small pool (lists, purchases) must not stop the series.
  const pools = Object.keys(RATE_LIMIT_POOLS) as RateLimitPool[];
  const limits = Object.fromEntries(
    pools.map((pool) => {
      const low = ({ limit, remaining, reset }: upstream.RateLimitSnapshot) =>
        logger.warn('Braze rate limit running low', { pool, limit, remaining, reset });
      return [pool, new upstream.UpstreamRateLimit(low, now)];
    }),
  ) as Record<RateLimitPool, upstream.UpstreamRateLimit>;
  const observe = (pool: RateLimitPool) => (status: number, headers: Headers) => {
    const until = limits[pool].observe(status, headers);
    if (until !== undefined) answers.pause(until, pool);
  };
  const validate = check.queryValidator();
  const limiter = limit && check.createClientLimiter(limit, now);
  const clientKey = settings.clientKey ?? check.defaultClientKey(settings.trustedHops);
  // Lists (the endpoints that page) are for pickers; the rest are series and details.
  const more: EndpointDescriptor[] = Object.values(MORE_ENDPOINTS);
  const lists = (endpoint: EndpointDescriptor) => endpointPolicy(endpoint).paging !== undefined;
  const endpoints = [
    ...Object.values(ENDPOINTS),
    ...more.filter((endpoint) => !lists(endpoint)),
    ...(settings.pickers ? [...Object.values(PICKER_ENDPOINTS), ...more.filter(lists)] : []),
  ];
  const allowed = (origin: string) => allowedOrigins.includes(origin) || allowedOrigins.includes('*');
  // Every answer is JSON and carries `Vary: Accept-Encoding` from the start (hono/compress adding it would rebuild
  // each answer); a mock's is marked.
  const base: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  base.Vary = 'Accept-Encoding';
  if (settings.mock) base['X-Braze-Mock'] = '1';
  const scope = settings.sharedCache ? 'public' : 'private';

  /** Answers a refusal with a Braze-shaped body, never cached; its reason goes to the access log. */
  const refuse = (c: Context, { status, message, errors, why, headers }: Refusal) => {
    if (why) (c as Context<ProxyEnv>).get('log').refused = why;
    const body = upstream.brazeError(message, errors);
    return c.body(body, status as ContentfulStatusCode, { ...base, ...headers, 'Cache-Control': 'no-store' });
  };
  /** Runs a hook of the host app; if it throws, a 500 that says nothing (only the error's class is logged). */
  const hook = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      logger.error(`${name} hook failed`, { error: error instanceof Error ? error.name : typeof error });
      throw new Refusal(500, 'Internal proxy error', [], `${name}-error`);
    }
  };

  const app = new Hono<ProxyEnv>({ strict: true });
  app.use(async (c, next) => {
    const started = now();
    // One shape for every request's record (filled in as it goes; unset fields are left out of the JSON line).
    const log: RequestLog = { cache: undefined, upstream: undefined, query: undefined, refused: undefined };
    c.set('log', log);
    await next();
    const { method, path } = c.req;
    const line: Record<string, unknown> = {
      method,
      path: path.slice(0, 200),
      status: c.res.status,
      ms: now() - started,
    };
    logger.info('request', Object.assign(line, log));
  });
  // What matters for a JSON API: no sniffing, no referrer, not readable by other origins' no-cors requests, never
  // rendered or framed. The rest is off: each header costs a Headers.set per answer (HSTS is the TLS end's job).
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: 'DENY',
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      strictTransportSecurity: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    }),
  );
  // A page of a foreign origin may not spend the quota, CORS or not: 403 before anything else runs.
  app.use(async (c, next) => {
    const [origin, site] = [c.req.header('Origin'), c.req.header('Sec-Fetch-Site')];
    const foreign = origin
      ? !allowed(origin) && site !== 'same-origin' && origin !== new URL(c.req.url).origin
      : site === 'cross-site' || site === 'same-site';
    const method = c.req.method === 'OPTIONS' ? c.req.header('Access-Control-Request-Method') : undefined;
    const vary = { Vary: 'Origin, Accept-Encoding' };
    const why = foreign
      ? 'this origin is not in the proxy allowedOrigins'
      : `method ${method} is not allowed`;
    if (foreign) throw new Refusal(403, 'Origin not allowed', [why], 'origin', vary);
    if (method && method !== 'GET' && method !== 'HEAD')
      throw new Refusal(403, 'CORS request refused', [why], 'origin', vary);
    await next();
  });
  if (allowedOrigins.length > 0) {
    const origin = (from: string) => (allowed(from) ? (allowedOrigins.includes(from) ? from : '*') : null);
    const exposeHeaders = [...upstream.RATE_LIMIT_HEADERS, 'X-Cache', 'ETag', 'X-Braze-Mock', 'Link'];
    app.use(cors({ origin, allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders, maxAge: 600 }));
  }
  app.use((c, next) => (check.checkTarget(c.req.raw, c.env), next()));
  const notAllowed = (c: Context, methods: string[]) => {
    const why = `${c.req.method} is not supported; use GET`;
    return refuse(c, new Refusal(405, 'Method not allowed', [why], undefined, { Allow: methods.join(', ') }));
  };
  app.use(methodNotAllowed({ app, onMethodNotAllowed: notAllowed }));
  const compressor = compress({ threshold: COMPRESS_MIN_BYTES }); // only for clients that accept an encoding
  app.use((c, next) => (c.req.header('Accept-Encoding') ? compressor(c, next) : next()));
  // ETags come only from the cache (hashed once per stored answer): an answer that was not cached gets none.
  const noDigest = (() => null) as unknown as (body: Uint8Array) => ArrayBuffer;
  const cors304 = ['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers', 'X-Cache'];
  app.use(etag({ generateDigest: noDigest, retainedHeaders: [...RETAINED_304_HEADERS, ...cors304] }));

  async function handle(c: Context<ProxyEnv>, endpoint: EndpointDescriptor): Promise<Response> {
    const [log, request] = [c.get('log'), c.req.raw];
    if (limiter && limit) {
      const client = await hook('clientKey', () => clientKey(request, check.connectionInfo(c.env)));
      const wait = limiter.take(String(client));
      const why = `at most ${limit.requests} per ${limit.windowMs} ms per client`;
      const retryAfter = { 'Retry-After': String(Math.ceil(wait / 1000)) };
      if (wait > 0) throw new Refusal(429, 'Too many requests', [why], 'client-rate-limit', retryAfter);
    }
    const { query, params, key } = validate(endpoint, request.url);
    log.query = queryForLog(query, settings.redactIds === true);
    check.checkAllowedIds(endpoint, params, settings.allowedIds);
    const info = authorize && Object.freeze({ endpoint: endpoint.name, path: endpoint.path, params });
    if (info && (await hook('authorize', () => authorize(request, info))) !== true)
      throw new Refusal(403, 'Forbidden', ['you may not read this resource'], 'authorize');
    const { pool, cacheTtlMs, upstreamDefaults } = endpointPolicy(endpoint);
    // What Braze must always get (Canvas's `ending_at`) is added upstream only: the cache key stays the caller's.
    const sent = upstreamDefaults
      ? toQuery(endpoint, { ...upstreamDefaults(new Date(now())), ...params })
      : query;
    const call = async () => {
      const blocked = settings.rateLimitGuard ? (await answers.pausedUntil(pool)) - now() : 0;
      if (blocked <= 0) return upstream.callUpstream(settings, endpoint, sent.toString(), observe(pool));
      log.refused = 'braze-rate-limit';
      return upstream.localRateLimited(blocked, limits[pool].snapshot);
    };
    const ttl = settings.cacheTtlMs ?? cacheTtlMs;
    const { answer, status, cached } = await answers.answer(key, call, ttl);
    log.cache = status;
    if (status !== 'HIT' && log.refused === undefined) log.upstream = answer.status;
    // Not cached: the browser must not keep it either (no-store, no ETag), so that a Retry reaches the network.
    const maxAge = Math.max(0, Math.ceil((answer.expires - now()) / 1000));
    const cacheControl = cached ? `${scope}, max-age=${maxAge}` : 'no-store';
    const headers: Record<string, string> = Object.assign(
      { 'X-Cache': status, 'Cache-Control': cacheControl },
      answer.headers,
      base,
    );
    if (!cached) delete headers.ETag;
    if (settings.mock) for (const name of upstream.RATE_LIMIT_HEADERS.slice(1)) delete headers[name];
    // A cached answer is gzipped once, and served so to every client that accepts it (hono/compress does the rest).
    const etag = headers.ETag;
    if (etag && answer.body.length >= COMPRESS_MIN_BYTES && acceptsGzip(c)) {
      const zipped = await gzip(etag, answer.body);
      if (zipped)
        return c.body(zipped, 200, Object.assign(headers, { 'Content-Encoding': 'gzip', ETag: `W/${etag}` }));
    }
    return c.body(answer.body, answer.status as ContentfulStatusCode, headers);
  }

  const preflight = { Allow: 'GET, HEAD, OPTIONS', 'Cache-Control': 'no-store' };
  for (const endpoint of endpoints) {
    app.get(basePath + endpoint.path, (c) => handle(c, endpoint));
    app.options(basePath + endpoint.path, (c) => c.body(null, 204, preflight));
  }
  app.get(`${basePath}/healthz`, async (c) => {
    const store = await answers.health();
    const status = store === 'degraded' ? 'degraded' : 'ok';
    return c.json({ status, store, mock: settings.mock }, 200, { 'Cache-Control': 'no-store' });
  });
  const routes = endpoints.map((endpoint) => basePath + endpoint.path).join(', ');
  app.notFound((c) => refuse(c, new Refusal(404, 'Not found', [`this proxy serves GET ${routes}`])));
  app.onError((error, c) => {
    if (error instanceof Refusal) return refuse(c, error);
    logger.error('unexpected proxy error', { error: error.name });
    return refuse(c, new Refusal(500, 'Internal proxy error'));
  });
  const snapshots = () => Object.fromEntries(pools.map((pool) => [pool, limits[pool].snapshot]));
  return Object.defineProperties(app, {
    rateLimit: { get: () => limits.default.snapshot, enumerable: true },
    rateLimits: { get: () => Object.freeze(snapshots()), enumerable: true },
  }) as BrazeProxy;
}
