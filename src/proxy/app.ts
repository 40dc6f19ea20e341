import { Hono, type Context } from 'hono';
import { LRUCache } from 'lru-cache';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ENDPOINTS, invalidRequestBody, PICKER_ENDPOINTS, type EndpointDescriptor } from '../api/index.js';
import { checkAllowedIds } from './access.js';
import { createAnswers, type CacheStatus } from './cache.js';
import { createClientLimiter, defaultClientKey } from './client.js';
import { resolveProxyConfig, type ProxyConfig } from './config.js';
import { checkRequest } from './guard.js';
import { queryForLog } from './log.js';
import { normaliseQuery } from './normalise.js';
import { UpstreamRateLimit, type RateLimitSnapshot } from './rate-limit.js';
import { connectionInfo, rawRequest } from './runtime.js';
import { brazeError, callUpstream, type Outcome } from './upstream.js';

export type { ProxyConfig } from './config.js';

/** What the access log line says about a request, filled in as it goes through (`c.var.log`). */
export interface RequestLog {
  cache?: CacheStatus;
  upstream?: number;
  /** The canonical query (ids hashed with `redactIds`); only for valid requests. */
  query?: string;
  /** Why the proxy answered by itself, e.g. `invalid`, `origin`, `authorize`, `client-rate-limit`. */
  refused?: string;
}

/** `c.var`: the access-log record, and the headers of every answer (JSON type, Vary, the mock marker). */
type ProxyEnv = { Variables: { log: RequestLog; base: Readonly<Record<string, string>> } };

/** The proxy: a Hono app (`.fetch` is a standard fetch handler) plus what it knows about Braze's quota. */
export type BrazeProxy = Hono<ProxyEnv> & {
  /** The latest `X-RateLimit-*` state Braze reported (undefined until the first upstream answer). */
  readonly rateLimit: RateLimitSnapshot | undefined;
};

const JSON_TYPE = 'application/json; charset=utf-8';
const RATE_HEADERS = ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];
const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

/** A Braze-shaped error the proxy answers itself: never cached. */
function refuse(
  c: Context<ProxyEnv>,
  status: number,
  message: string,
  errors: readonly string[],
  headers: Record<string, string> = {},
  why?: string,
) {
  if (why) c.get('log').refused = why;
  return c.body(JSON.stringify(brazeError(message, errors)), status as ContentfulStatusCode, {
    ...c.get('base'),
    ...headers,
    'Cache-Control': 'no-store',
  });
}

/**
 * Creates the reference proxy: a Hono app that mirrors Braze's export endpoints 1:1 — `GET /segments/data_series`,
 * `/segments/details`, `/sessions/data_series`, `/sends/data_series`, and (with `pickers`) `/segments/list`,
 * `/campaigns/list` — under `basePath`, adding the server-side key, plus `GET /healthz`. Throws a
 * `ProxyConfigError` for an invalid config (mock data is only served when asked for: see `ProxyConfig.mock`).
 *
 * @example Node: `serve({ fetch: createProxy(config).fetch, port: 8787 })` (from `@hono/node-server`)
 * @example Workers, Bun, Deno: `export default { fetch: createProxy({ apiKey, restEndpoint }).fetch }`
 */
export function createProxy(config: ProxyConfig = {}): BrazeProxy {
  const settings = resolveProxyConfig(config);
  const { logger, now, allowedOrigins } = settings;
  const answers = createAnswers(settings);
  const rateLimit = new UpstreamRateLimit(
    ({ limit, remaining, reset }) => logger.warn('Braze rate limit running low', { limit, remaining, reset }),
    now,
  );
  const observe = (status: number, headers: Headers) => {
    rateLimit.observe(status, headers);
    const until = rateLimit.snapshot?.blockedUntil;
    if (until !== undefined) answers.pause(until);
  };
  // The validation of a query string, kept for the next identical one (zod is the cached path's largest cost).
  const parsed = new LRUCache<string, ReturnType<typeof normaliseQuery>>({ max: 500 });
  const limiter = settings.clientRateLimit && createClientLimiter(settings.clientRateLimit, now);
  const clientKey = settings.clientKey ?? defaultClientKey(settings.trustedHops);
  const visibility = settings.sharedCache ? 'public' : 'private';
  const endpoints: EndpointDescriptor[] = [
    ...Object.values(ENDPOINTS),
    ...(settings.pickers ? Object.values(PICKER_ENDPOINTS) : []),
  ];
  const originAllowed = (origin: string) => allowedOrigins.includes(origin) || allowedOrigins.includes('*');
  const app = new Hono<ProxyEnv>({ strict: true });
  const base: Record<string, string> = { 'Content-Type': JSON_TYPE, Vary: 'Accept-Encoding' };
  if (settings.mock) base['X-Braze-Mock'] = '1';

  /** Answers with the hook's failure hidden: only the error's class is logged (its message may carry data). */
  const hookFailed = (c: Context<ProxyEnv>, hook: string, error: unknown) => {
    logger.error(`${hook} hook failed`, { error: error instanceof Error ? error.name : typeof error });
    return refuse(c, 500, 'Internal proxy error', [], {}, `${hook}-error`);
  };

  // The access log (one JSON line per request) around everything else.
  app.use(async (c, next) => {
    const started = now();
    c.set('log', {});
    c.set('base', base);
    await next();
    logger.info('request', {
      method: c.req.method,
      path: c.req.path.slice(0, 200),
      status: c.res.status,
      ms: now() - started,
      ...c.get('log'),
    });
  });
  app.use(
    // The headers that matter for a JSON API (each one costs a Headers.set per answer): no sniffing, no referrer,
    // not readable by other origins' no-cors requests, never rendered or framed.
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
  // A browser page of a foreign origin may not spend the quota, CORS or not: 403 before anything else runs.
  app.use(async (c, next) => {
    const origin = c.req.header('Origin');
    const site = c.req.header('Sec-Fetch-Site');
    const foreign = origin
      ? !originAllowed(origin) && site !== 'same-origin' && origin !== new URL(c.req.url).origin
      : site === 'cross-site' || site === 'same-site';
    if (foreign)
      return refuse(
        c,
        403,
        'Origin not allowed',
        ['this origin is not in the proxy allowedOrigins'],
        { Vary: 'Origin, Accept-Encoding' },
        'origin',
      );
    const method = c.req.method === 'OPTIONS' ? c.req.header('Access-Control-Request-Method') : undefined;
    if (method && method !== 'GET' && method !== 'HEAD') {
      return refuse(
        c,
        403,
        'CORS request refused',
        [`method ${method} is not allowed`],
        { Vary: 'Origin, Accept-Encoding' },
        'origin',
      );
    }
    await next();
  });
  if (allowedOrigins.length > 0) {
    app.use(
      cors({
        origin: (origin) => (originAllowed(origin) ? (allowedOrigins.includes(origin) ? origin : '*') : null),
        allowMethods: ['GET', 'HEAD', 'OPTIONS'],
        exposeHeaders: [...RATE_HEADERS, 'X-Cache', 'ETag', 'X-Braze-Mock'],
        maxAge: 600,
      }),
    );
  }
  // Request targets URL parsing would have normalised, oversize queries and headers: see guard.ts.
  app.use(async (c, next) => {
    const refusal = checkRequest(c.req.raw, rawRequest(c.env));
    if (refusal) return refuse(c, refusal.status, refusal.message, refusal.errors, {}, 'bad-request');
    await next();
  });
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        refuse(c, 405, 'Method not allowed', [`${c.req.method} is not supported; use GET`], {
          Allow: methods.join(', '),
        }),
    }),
  );
  // Only where the client accepts an encoding: the middleware's own `Vary` would rebuild every response (off
  // @hono/node-server's fast path), so answers carry `Vary: Accept-Encoding` from the start.
  const compressor = compress();
  app.use((c, next) => (c.req.header('Accept-Encoding') ? compressor(c, next) : next()));
  // ETags come only from the cache (hashed once per stored answer): an answer that was not cached gets none.
  app.use(
    etag({
      generateDigest: (() => null) as unknown as (body: Uint8Array) => ArrayBuffer,
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        'Access-Control-Allow-Origin',
        'Access-Control-Expose-Headers',
        'X-Cache',
      ],
    }),
  );

  async function handle(c: Context<ProxyEnv>, endpoint: EndpointDescriptor): Promise<Response> {
    const log = c.get('log');
    const request = c.req.raw;
    if (limiter) {
      let client: string;
      try {
        client = String(await clientKey(request, connectionInfo(c.env)));
      } catch (error) {
        return hookFailed(c, 'clientKey', error);
      }
      const wait = limiter.take(client);
      if (wait > 0) {
        const { requests, windowMs } = settings.clientRateLimit ?? { requests: 0, windowMs: 0 };
        return refuse(
          c,
          429,
          'Too many requests',
          [`at most ${requests} requests per ${windowMs} ms per client`],
          { 'Retry-After': seconds(wait) },
          'client-rate-limit',
        );
      }
    }
    const url = request.url;
    const search = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    const normalised =
      parsed.get(`${endpoint.path}?${search}`) ?? normaliseQuery(endpoint, new URLSearchParams(search));
    parsed.set(`${endpoint.path}?${search}`, normalised);
    if (!normalised.ok) {
      log.refused = 'invalid';
      return c.body(JSON.stringify(invalidRequestBody(normalised.errors)), 400, {
        ...base,
        'Cache-Control': 'no-store',
      });
    }
    const { query, params, key } = normalised.value;
    log.query = queryForLog(query, settings.redactIds);
    const denied = checkAllowedIds(endpoint, params, settings.allowedIds);
    if (denied) return refuse(c, 403, 'Forbidden', [denied], {}, 'allowlist');
    if (settings.authorize) {
      let allowed: boolean;
      try {
        allowed =
          (await settings.authorize(
            request,
            Object.freeze({ endpoint: endpoint.name, path: endpoint.path, params }),
          )) === true;
      } catch (error) {
        return hookFailed(c, 'authorize', error);
      }
      if (!allowed) return refuse(c, 403, 'Forbidden', ['you may not read this resource'], {}, 'authorize');
    }

    const hit = await answers.get(key);
    const { answer, status, cached } = hit
      ? { answer: hit, status: 'HIT' as const, cached: true }
      : await answers.fetch(key, async (): Promise<Outcome> => {
          const blocked = settings.rateLimitGuard ? (await answers.pausedUntil()) - now() : 0;
          if (blocked <= 0) return callUpstream(settings, endpoint, query.toString(), observe);
          log.refused = 'braze-rate-limit';
          const { limit, reset } = rateLimit.snapshot ?? {};
          return {
            status: 429,
            body: JSON.stringify(
              brazeError('API rate limit exceeded', [
                'the Braze workspace rate limit is used up until it resets; the proxy did not call Braze',
              ]),
            ),
            headers: {
              'Retry-After': seconds(blocked),
              'X-RateLimit-Remaining': '0',
              ...(limit === undefined ? {} : { 'X-RateLimit-Limit': String(limit) }),
              ...(reset === undefined ? {} : { 'X-RateLimit-Reset': String(reset) }),
            },
            cacheable: false,
            upstreamStatus: undefined,
          };
        });
    log.cache = status;
    if (status !== 'HIT' && log.refused === undefined) log.upstream = answer.status;
    const headers: Record<string, string> = { ...answer.headers, ...base, 'X-Cache': status };
    if (settings.mock) for (const name of RATE_HEADERS.slice(1)) delete headers[name];
    if (cached) {
      headers['Cache-Control'] =
        `${visibility}, max-age=${Math.max(0, Math.ceil((answer.expires - now()) / 1000))}`;
    } else {
      // Not in the cache: the browser must not keep it either, so that a Retry reaches the network.
      delete headers.ETag;
      headers['Cache-Control'] = 'no-store';
    }
    return c.body(answer.body, answer.status as ContentfulStatusCode, headers);
  }

  for (const endpoint of endpoints) {
    const path = settings.basePath + endpoint.path;
    app.get(path, (c) => handle(c, endpoint));
    app.options(path, (c) => c.body(null, 204, { Allow: 'GET, HEAD, OPTIONS', 'Cache-Control': 'no-store' }));
  }
  app.get(`${settings.basePath}/healthz`, async (c) => {
    const store = await answers.health();
    return c.json({ status: store === 'degraded' ? 'degraded' : 'ok', store, mock: settings.mock }, 200, {
      'Cache-Control': 'no-store',
    });
  });
  app.notFound((c) =>
    refuse(c, 404, 'Not found', [
      `this proxy serves GET ${endpoints.map((e) => settings.basePath + e.path).join(', ')}`,
    ]),
  );
  app.onError((cause, c) => {
    logger.error('unexpected proxy error', { error: cause.name });
    return refuse(c, 500, 'Internal proxy error', []);
  });

  return Object.defineProperty(app, 'rateLimit', {
    get: () => rateLimit.snapshot,
    enumerable: true,
  }) as BrazeProxy;
}
