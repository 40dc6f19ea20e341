import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { LRUCache } from 'lru-cache';
import { ENDPOINTS, PICKER_ENDPOINTS, type EndpointDescriptor } from '../api/index.js';
import { checkAllowedIds } from './access.js';
import { createAnswers, type CacheStatus } from './cache.js';
import { createClientLimiter, defaultClientKey } from './client.js';
import { resolveProxyConfig, type ProxyConfig } from './config.js';
import { checkRequest, connectionInfo, rawRequest } from './guard.js';
import { queryForLog } from './log.js';
import { normaliseQuery } from './normalise.js';
import { localRateLimited, UpstreamRateLimit, type RateLimitSnapshot } from './rate-limit.js';
import { brazeError, callUpstream, RATE_LIMIT_HEADERS } from './upstream.js';

export type { ProxyConfig } from './config.js';

/** What the access log line says about a request, filled in as it goes through (`c.get('log')`). */
export interface RequestLog {
  cache?: CacheStatus;
  upstream?: number;
  /** The canonical query (ids hashed with `redactIds`); only for valid requests. */
  query?: string;
  /** Why the proxy answered by itself, e.g. `invalid`, `origin`, `authorize`, `client-rate-limit`. */
  refused?: string;
}

/** Context variables: the access-log record, and the headers of every answer (JSON type, Vary, mock marker). */
type ProxyEnv = { Variables: { log: RequestLog; base: Readonly<Record<string, string>> } };

/** The proxy: a Hono app (`.fetch` is a standard fetch handler) plus what it knows about Braze's quota. */
export type BrazeProxy = Hono<ProxyEnv> & {
  /** The latest `X-RateLimit-*` state Braze reported (undefined until the first upstream answer). */
  readonly rateLimit: RateLimitSnapshot | undefined;
};

type Extra = { why?: string; headers?: Record<string, string> };

/** A Braze-shaped error the proxy answers itself: never cached. */
function refuse(c: Context<ProxyEnv>, status: number, message: string, errors: string[], extra: Extra = {}) {
  if (extra.why) c.get('log').refused = extra.why;
  const headers = { ...c.get('base'), ...extra.headers, 'Cache-Control': 'no-store' };
  return c.body(JSON.stringify(brazeError(message, errors)), status as ContentfulStatusCode, headers);
}

/**
 * Creates the reference proxy: a Hono app that mirrors Braze's export endpoints 1:1 — `GET /segments/data_series`,
 * `/segments/details`, `/sessions/data_series`, `/sends/data_series`, and (with `pickers`) `/segments/list`,
 * `/campaigns/list` — under `basePath`, adding the server-side key, plus `GET /healthz`. Throws a
 * `ProxyConfigError` for an invalid config (mock data only when asked for: see `ProxyConfig.mock`).
 *
 * @example Node: `serve({ fetch: createProxy(config).fetch, port: 8787 })` (from `@hono/node-server`)
 * @example Workers, Bun, Deno: `export default { fetch: createProxy({ apiKey, restEndpoint }).fetch }`
 */
export function createProxy(config: ProxyConfig = {}): BrazeProxy {
  const settings = resolveProxyConfig(config);
  const { logger, now, allowedOrigins, basePath } = settings;
  const answers = createAnswers(settings);
  const rateLimit = new UpstreamRateLimit(
    ({ limit, remaining, reset }) => logger.warn('Braze rate limit running low', { limit, remaining, reset }),
    now,
  );
  const observe = (status: number, headers: Headers) => {
    const until = rateLimit.observe(status, headers);
    if (until !== undefined) answers.pause(until);
  };
  // Validations of query strings, kept for the next identical one (zod is the cached path's largest cost).
  const validated = new LRUCache<string, ReturnType<typeof normaliseQuery>>({ max: 500 });
  const limiter = settings.clientRateLimit && createClientLimiter(settings.clientRateLimit, now);
  const clientKey = settings.clientKey ?? defaultClientKey(settings.trustedHops);
  const endpoints = [
    ...Object.values(ENDPOINTS),
    ...(settings.pickers ? Object.values(PICKER_ENDPOINTS) : []),
  ];
  const allowed = (origin: string) => allowedOrigins.includes(origin) || allowedOrigins.includes('*');
  const base: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    Vary: 'Accept-Encoding',
  };
  if (settings.mock) base['X-Braze-Mock'] = '1';
  const app = new Hono<ProxyEnv>({ strict: true });

  /** The host app's hook failed: a 500 that says nothing; only the error's class is logged. */
  const hookFailed = (c: Context<ProxyEnv>, hook: string, error: unknown) => {
    logger.error(`${hook} hook failed`, { error: error instanceof Error ? error.name : typeof error });
    return refuse(c, 500, 'Internal proxy error', [], { why: `${hook}-error` });
  };

  app.use(async (c, next) => {
    const started = now();
    c.set('log', {});
    c.set('base', base);
    await next();
    const { method, path } = c.req;
    logger.info('request', {
      method,
      path: path.slice(0, 200),
      status: c.res.status,
      ms: now() - started,
      ...c.get('log'),
    });
  });
  // The headers that matter for a JSON API (each costs a Headers.set per answer): no sniffing, no referrer, not
  // readable by other origins' no-cors requests, never rendered or framed.
  const off = {
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    strictTransportSecurity: false,
  } as const;
  const offToo = {
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
  } as const;
  const csp = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };
  app.use(
    secureHeaders({
      ...off,
      ...offToo,
      xXssProtection: false,
      contentSecurityPolicy: csp,
      xFrameOptions: 'DENY',
    }),
  );
  // A page of a foreign origin may not spend the quota, CORS or not: 403 before anything else runs.
  app.use(async (c, next) => {
    const [origin, site] = [c.req.header('Origin'), c.req.header('Sec-Fetch-Site')];
    const foreign = origin
      ? !allowed(origin) && site !== 'same-origin' && origin !== new URL(c.req.url).origin
      : site === 'cross-site' || site === 'same-site';
    const method = c.req.method === 'OPTIONS' ? c.req.header('Access-Control-Request-Method') : undefined;
    const extra = { why: 'origin', headers: { Vary: 'Origin, Accept-Encoding' } };
    if (foreign)
      return refuse(c, 403, 'Origin not allowed', ['this origin is not in the proxy allowedOrigins'], extra);
    if (method && method !== 'GET' && method !== 'HEAD') {
      return refuse(c, 403, 'CORS request refused', [`method ${method} is not allowed`], extra);
    }
    await next();
  });
  if (allowedOrigins.length > 0) {
    const origin = (from: string) => (allowed(from) ? (allowedOrigins.includes(from) ? from : '*') : null);
    const exposeHeaders = [...RATE_LIMIT_HEADERS, 'X-Cache', 'ETag', 'X-Braze-Mock'];
    app.use(cors({ origin, allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders, maxAge: 600 }));
  }
  // Request targets that URL parsing would have normalised, oversize queries and headers: see guard.ts.
  app.use(async (c, next) => {
    const refusal = checkRequest(c.req.raw, rawRequest(c.env));
    if (refusal) return refuse(c, refusal.status, refusal.message, refusal.errors, { why: 'bad-request' });
    await next();
  });
  const notAllowed = (c: Context<ProxyEnv>, methods: string[]) =>
    refuse(c, 405, 'Method not allowed', [`${c.req.method} is not supported; use GET`], {
      headers: { Allow: methods.join(', ') },
    });
  app.use(methodNotAllowed({ app, onMethodNotAllowed: notAllowed }));
  // Only for clients that accept an encoding: the middleware's own `Vary` would rebuild every answer (off
  // @hono/node-server's fast path), so answers carry `Vary: Accept-Encoding` from the start.
  const compressor = compress();
  app.use((c, next) => (c.req.header('Accept-Encoding') ? compressor(c, next) : next()));
  // ETags come only from the cache (hashed once per stored answer): an answer that was not cached gets none.
  const noDigest = (() => null) as unknown as (body: Uint8Array) => ArrayBuffer;
  const cors304 = ['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers', 'X-Cache'];
  app.use(etag({ generateDigest: noDigest, retainedHeaders: [...RETAINED_304_HEADERS, ...cors304] }));

  async function handle(c: Context<ProxyEnv>, endpoint: EndpointDescriptor): Promise<Response> {
    const [log, request] = [c.get('log'), c.req.raw];
    if (limiter && settings.clientRateLimit) {
      let wait: number;
      try {
        wait = limiter.take(String(await clientKey(request, connectionInfo(c.env))));
      } catch (error) {
        return hookFailed(c, 'clientKey', error);
      }
      const { requests, windowMs } = settings.clientRateLimit;
      const extra = { why: 'client-rate-limit', headers: { 'Retry-After': String(Math.ceil(wait / 1000)) } };
      if (wait > 0)
        return refuse(
          c,
          429,
          'Too many requests',
          [`at most ${requests} per ${windowMs} ms per client`],
          extra,
        );
    }
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    const memo = `${endpoint.path}?${search}`;
    const normalised = validated.get(memo) ?? normaliseQuery(endpoint, new URLSearchParams(search));
    validated.set(memo, normalised);
    if (!normalised.ok)
      return refuse(c, 400, 'Invalid request parameters', normalised.errors, { why: 'invalid' });
    const { query, params, key } = normalised.value;
    log.query = queryForLog(query, settings.redactIds);
    const denied = checkAllowedIds(endpoint, params, settings.allowedIds);
    if (denied) return refuse(c, 403, 'Forbidden', [denied], { why: 'allowlist' });
    if (settings.authorize) {
      let ok: boolean;
      try {
        ok =
          (await settings.authorize(
            request,
            Object.freeze({ endpoint: endpoint.name, path: endpoint.path, params }),
          )) === true;
      } catch (error) {
        return hookFailed(c, 'authorize', error);
      }
      if (!ok) return refuse(c, 403, 'Forbidden', ['you may not read this resource'], { why: 'authorize' });
    }

    const hit = await answers.get(key);
    const { answer, status, cached } = hit
      ? { answer: hit, status: 'HIT' as const, cached: true }
      : await answers.fetch(key, async () => {
          const blocked = settings.rateLimitGuard ? (await answers.pausedUntil()) - now() : 0;
          if (blocked <= 0) return callUpstream(settings, endpoint, query.toString(), observe);
          log.refused = 'braze-rate-limit';
          return localRateLimited(blocked, rateLimit.snapshot);
        });
    log.cache = status;
    if (status !== 'HIT' && log.refused === undefined) log.upstream = answer.status;
    const headers: Record<string, string> = { ...answer.headers, ...base, 'X-Cache': status };
    if (settings.mock) for (const name of RATE_LIMIT_HEADERS.slice(1)) delete headers[name];
    const maxAge = Math.max(0, Math.ceil((answer.expires - now()) / 1000));
    headers['Cache-Control'] = cached
      ? `${settings.sharedCache ? 'public' : 'private'}, max-age=${maxAge}`
      : 'no-store';
    // Not in the cache: the browser must not keep it either, so that a Retry reaches the network.
    if (!cached) delete headers.ETag;
    return c.body(answer.body, answer.status as ContentfulStatusCode, headers);
  }

  for (const endpoint of endpoints) {
    app.get(basePath + endpoint.path, (c) => handle(c, endpoint));
    app.options(basePath + endpoint.path, (c) =>
      c.body(null, 204, { Allow: 'GET, HEAD, OPTIONS', 'Cache-Control': 'no-store' }),
    );
  }
  app.get(`${basePath}/healthz`, async (c) => {
    const store = await answers.health();
    const status = store === 'degraded' ? 'degraded' : 'ok';
    return c.json({ status, store, mock: settings.mock }, 200, { 'Cache-Control': 'no-store' });
  });
  const routes = endpoints.map((endpoint) => basePath + endpoint.path).join(', ');
  app.notFound((c) => refuse(c, 404, 'Not found', [`this proxy serves GET ${routes}`]));
  app.onError((cause, c) => {
    logger.error('unexpected proxy error', { error: cause.name });
    return refuse(c, 500, 'Internal proxy error', []);
  });
  return Object.defineProperty(app, 'rateLimit', {
    get: () => rateLimit.snapshot,
    enumerable: true,
  }) as BrazeProxy;
}
