import { invalidRequestBody, type EndpointDescriptor } from '../api/index.js';
import { checkAllowedIds } from './access.js';
import { InFlight, ResponseCache, type StoredResponse } from './cache.js';
import { ClientLimiter, defaultClientKey } from './client-limit.js';
import type { ResolvedProxyConfig } from './config.js';
import { ifNoneMatch } from './etag.js';
import { brazeError, errorResponse, jsonResponse, type HeaderRecord } from './http.js';
import { queryForLog } from './log.js';
import { normaliseQuery } from './normalise.js';
import { UpstreamRateLimit } from './rate-limit.js';
import { connectionInfo } from './runtime.js';
import { createUpstreamCaller, type Outcome } from './upstream.js';

/**
 * The heart of the proxy, per request: per-client limit → validation (400) → id allowlists and `authorize`
 * (403) → cache (with ETag / 304) → local 429 while Braze's quota is spent → one coalesced upstream call.
 * Nothing from the incoming request but its validated query reaches Braze.
 */

export type CacheStatus = 'HIT' | 'MISS' | 'SHARED';

/** What the access log line says about a request; filled in as it goes through the pipeline. */
export interface RequestLog {
  cache?: CacheStatus;
  upstream?: number;
  /** The canonical query (ids hashed with `redactIds`); only for valid requests. */
  query?: string;
  /** Why the proxy answered by itself, e.g. `invalid`, `authorize`, `client-rate-limit`. */
  refused?: string;
}

/** Per request: the headers every response carries (security, CORS) and the access-log record. */
export interface RequestContext {
  readonly headers: Readonly<HeaderRecord>;
  readonly log: RequestLog;
}

export interface Forwarder {
  handle(
    endpoint: EndpointDescriptor,
    request: Request,
    env: unknown,
    context: RequestContext,
  ): Promise<Response>;
  readonly rateLimit: UpstreamRateLimit;
  readonly cache: ResponseCache;
}

const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

export function createForwarder(settings: ResolvedProxyConfig): Forwarder {
  const { logger } = settings;
  const cache = new ResponseCache({
    ttlMs: settings.cacheTtlMs,
    maxEntries: settings.cacheMaxEntries,
    maxBytes: settings.cacheMaxBytes,
  });
  const inFlight = new InFlight<Outcome>();
  const rateLimit = new UpstreamRateLimit(({ limit, remaining, reset }) =>
    logger.warn('Braze rate limit running low', { limit, remaining, reset }),
  );
  const callUpstream = createUpstreamCaller(settings, rateLimit);
  const limiter = settings.clientRateLimit && new ClientLimiter(settings.clientRateLimit);
  const clientKey = settings.clientKey ?? defaultClientKey(settings.trustProxy);
  const ttlSeconds = Math.floor(settings.cacheTtlMs / 1000);
  const visibility = settings.sharedCache ? 'public' : 'private';

  function respond(
    stored: StoredResponse,
    cacheStatus: CacheStatus,
    maxAge: number,
    request: Request,
    base: Readonly<HeaderRecord>,
  ): Response {
    const headers: HeaderRecord = { ...base };
    for (const [name, value] of stored.headers) headers[name] = value;
    headers['X-Cache'] = cacheStatus;
    if (stored.status < 200 || stored.status > 299) {
      headers['Cache-Control'] = 'no-store';
      return jsonResponse(stored.body, stored.status, headers);
    }
    headers['Cache-Control'] = `${visibility}, max-age=${maxAge}`;
    if (stored.etag) {
      headers.ETag = stored.etag;
      if (ifNoneMatch(request.headers.get('If-None-Match'), stored.etag)) {
        return new Response(null, { status: 304, headers });
      }
    }
    return jsonResponse(stored.body, stored.status, headers);
  }

  function hookFailed(hook: string, error: unknown, { log, headers }: RequestContext): Response {
    // Only the error's class: its message may carry the host app's data.
    logger.error(`${hook} hook failed`, { error: error instanceof Error ? error.name : typeof error });
    log.refused = `${hook}-error`;
    return errorResponse(500, brazeError('Internal proxy error'), headers);
  }

  async function handle(
    endpoint: EndpointDescriptor,
    request: Request,
    env: unknown,
    context: RequestContext,
  ) {
    const { log, headers: base } = context;
    if (limiter && settings.clientRateLimit) {
      let client: string;
      try {
        client = String(await clientKey(request, connectionInfo(env)));
      } catch (error) {
        return hookFailed('clientKey', error, context);
      }
      const wait = limiter.take(client);
      if (wait > 0) {
        log.refused = 'client-rate-limit';
        const { requests, windowMs } = settings.clientRateLimit;
        return errorResponse(
          429,
          brazeError('Too many requests', [`at most ${requests} requests per ${windowMs} ms per client`]),
          { ...base, 'Retry-After': seconds(wait) },
        );
      }
    }

    const normalised = normaliseQuery(endpoint, new URL(request.url).searchParams);
    if (!normalised.ok) {
      log.refused = 'invalid';
      return errorResponse(400, invalidRequestBody(normalised.errors), base);
    }
    const { query, params, key } = normalised.value;
    log.query = queryForLog(query, settings.redactIds);

    const denied = checkAllowedIds(endpoint, params, settings.allowedIds);
    if (denied) {
      log.refused = 'allowlist';
      return errorResponse(403, brazeError('Forbidden', [denied]), base);
    }
    if (settings.authorize) {
      let allowed: boolean;
      try {
        const info = Object.freeze({ endpoint: endpoint.name, path: endpoint.path, params });
        allowed = (await settings.authorize(request, info)) === true;
      } catch (error) {
        return hookFailed('authorize', error, context);
      }
      if (!allowed) {
        log.refused = 'authorize';
        return errorResponse(403, brazeError('Forbidden', ['you may not read this resource']), base);
      }
    }

    const hit = cache.get(key);
    if (hit) {
      log.cache = 'HIT';
      return respond(hit.value, 'HIT', Math.floor(hit.remainingMs / 1000), request, base);
    }
    const blocked = settings.rateLimitGuard && !inFlight.has(key) ? rateLimit.blockedMs() : 0;
    if (blocked > 0) {
      log.refused = 'braze-rate-limit';
      const { limit, reset } = rateLimit.snapshot ?? {};
      const headers: HeaderRecord = {
        ...base,
        'Retry-After': seconds(blocked),
        'X-RateLimit-Remaining': '0',
      };
      if (limit !== undefined) headers['X-RateLimit-Limit'] = String(limit);
      if (reset !== undefined) headers['X-RateLimit-Reset'] = String(reset);
      return errorResponse(
        429,
        brazeError('API rate limit exceeded', [
          'the Braze workspace rate limit is used up until it resets; the proxy did not call Braze',
        ]),
        headers,
      );
    }
    const { promise, shared } = inFlight.run(key, async () => {
      const outcome = await callUpstream(endpoint, query.toString());
      if (outcome.cacheable && outcome.status === 200) cache.set(key, outcome);
      return outcome;
    });
    const outcome = await promise;
    log.cache = shared ? 'SHARED' : 'MISS';
    log.upstream = outcome.upstreamStatus;
    return respond(outcome, log.cache, ttlSeconds, request, base);
  }

  return { handle, rateLimit, cache };
}
