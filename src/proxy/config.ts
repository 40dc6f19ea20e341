import {
  checkBasePath,
  checkCount,
  checkDuration,
  checkIds,
  checkOrigins,
  checkRestEndpoint,
  ProxyConfigError,
} from './config-checks.js';
import { createJsonLogger, redactingLogger, type ProxyLogger } from './log.js';

/** Configuration of the reference proxy, and its validation (pure: runs in Node, workers and the browser). */

export { BRAZE_REST_HOST, checkRestEndpoint, ProxyConfigError } from './config-checks.js';
export type { ProxyLogger } from './log.js';

/** Anything with a fetch handler: the real Braze (through `fetch`) or the mock. */
export interface Upstream {
  fetch(request: Request): Promise<Response>;
}

/** One validated request, as `authorize` sees it. */
export interface ProxyRequestInfo {
  /** The Braze endpoint, e.g. `segments.data_series`. */
  readonly endpoint: string;
  /** Its Braze path, e.g. `/segments/data_series` (without `basePath`). */
  readonly path: `/${string}`;
  /** The validated parameters as sent upstream, e.g. `{ segment_id: 'abc', length: '30' }`. */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Decides whether the caller of `request` may read `query`. Only `true` allows (anything else denies with a
 * 403); it may be async; if it throws, the caller gets a 500 that says nothing about why.
 */
export type AuthorizeHook = (request: Request, query: ProxyRequestInfo) => boolean | Promise<boolean>;

/** What the runtime tells about the connection (Node via `@hono/node-server`; empty elsewhere). */
export interface ConnectionInfo {
  readonly remoteAddress: string | undefined;
}

/** Names the client a request counts against for `clientRateLimit`. May be async. */
export type ClientKeyHook = (request: Request, connection: ConnectionInfo) => string | Promise<string>;

/** At most `requests` per client in each window of `windowMs`. */
export interface ClientRateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

/** Options of `createProxy`. With no `apiKey` the proxy serves the deterministic mock Braze. */
export interface ProxyConfig {
  /** The Braze REST API key. It stays on the server: never sent to browsers, logged, or echoed. */
  apiKey?: string;
  /** The REST host of the workspace's instance, e.g. `https://rest.iad-01.braze.com`. Required with `apiKey`. */
  restEndpoint?: string;
  /** Origins allowed to call the proxy cross-origin (exact origins, or `*` explicitly). Default: none. */
  allowedOrigins?: readonly string[];
  /** The upstream fetch (for tests or custom agents). Default `globalThis.fetch`. Only used with `apiKey`. */
  fetch?: typeof fetch;
  /** Replaces the upstream entirely; in mock mode (no `apiKey`) it defaults to `createMockBraze()`. */
  upstream?: Upstream;
  /** How long successful responses are cached, in ms. `0` disables the cache. Default 60 000. */
  cacheTtlMs?: number;
  /** Most responses kept in the cache; the least recently used go first. Default 500. */
  cacheMaxEntries?: number;
  /** Most bytes (keys, bodies, headers) kept in the cache; the least recently used go first. Default 32 MiB. */
  cacheMaxBytes?: number;
  /**
   * Let shared caches (CDNs) store successful answers (`Cache-Control: public`). Default `false` (`private`).
   * Only for deployments where every caller may read everything: refused together with `authorize`.
   */
  sharedCache?: boolean;
  /** Upstream timeout in ms; a slower answer becomes a 504. `0` disables it. Default 15 000. */
  upstreamTimeoutMs?: number;
  /** Path prefix the routes are mounted under, e.g. `/api/braze`. Default `''`. */
  basePath?: string;
  /** Serve `/segments/list` and `/campaigns/list` too. Default `true`. */
  pickers?: boolean;
  /** Per-request access decision of the host app (see {@link AuthorizeHook}). Runs before the cache. */
  authorize?: AuthorizeHook;
  /** Only these segments may be read (403 otherwise; lists are filtered). Default: all. */
  allowedSegmentIds?: readonly string[];
  /** Only these apps may be read (403 otherwise). Default: all. */
  allowedAppIds?: readonly string[];
  /** Only these campaigns may be read (403 otherwise; lists are filtered). Default: all. */
  allowedCampaignIds?: readonly string[];
  /** Requests each client may make per window (429 beyond it). Default: unlimited. */
  clientRateLimit?: ClientRateLimit;
  /**
   * Who a request counts against for `clientRateLimit`. Default: the first `X-Forwarded-For` address when
   * `trustProxy` is set, else the connection's address when the runtime tells it, else `'anonymous'`.
   */
  clientKey?: ClientKeyHook;
  /** Trust `X-Forwarded-For` (only behind a proxy that sets it). Default `false`. */
  trustProxy?: boolean;
  /**
   * While Braze says the workspace quota is spent (`X-RateLimit-Remaining: 0` before `X-RateLimit-Reset`, or a
   * 429 with `Retry-After`), answer 429 locally instead of calling it. Default: on with `apiKey`, off in mock mode.
   */
  rateLimitGuard?: boolean;
  /** Log id parameters (`*_id`) as short hashes instead of their values. Default `false`. */
  redactIds?: boolean;
  /** Where requests (info) and failures (warn, error) are reported. Default: JSON lines, warn and up. */
  logger?: ProxyLogger;
  /** Test only: also accept `http(s)://127.0.0.1`, `localhost` or `[::1]` (any port) as `restEndpoint`. */
  allowInsecureUpstream?: boolean;
}

/** A validated config with defaults applied. */
export interface ResolvedProxyConfig {
  readonly mode: 'braze' | 'mock';
  readonly apiKey: string | undefined;
  /** Origin of the upstream, without a trailing slash. */
  readonly upstreamOrigin: string;
  readonly upstream: Upstream;
  readonly allowedOrigins: readonly string[];
  readonly cacheTtlMs: number;
  readonly cacheMaxEntries: number;
  readonly cacheMaxBytes: number;
  readonly sharedCache: boolean;
  readonly upstreamTimeoutMs: number;
  readonly basePath: string;
  readonly pickers: boolean;
  readonly authorize: AuthorizeHook | undefined;
  /** Allowed ids by parameter name (`segment_id`, `app_id`, `campaign_id`); absent: all allowed. */
  readonly allowedIds: ReadonlyMap<string, ReadonlySet<string>>;
  readonly clientRateLimit: ClientRateLimit | undefined;
  readonly clientKey: ClientKeyHook | undefined;
  readonly trustProxy: boolean;
  readonly rateLimitGuard: boolean;
  readonly redactIds: boolean;
  /** Already wrapped so that it never writes the key. */
  readonly logger: ProxyLogger;
}

/** Printable ASCII without spaces: anything else cannot be a Braze key and would corrupt the header. */
const API_KEY_PATTERN = /^[\x21-\x7e]{8,512}$/;
export const DEFAULT_CACHE_MAX_BYTES = 32 * 1024 * 1024;

/** The host mock mode addresses its requests to (never contacted: the mock answers them). */
export const MOCK_UPSTREAM_ORIGIN = 'https://rest.mock.braze.invalid';

/**
 * Validates `config` and applies defaults. `mockUpstream` builds the mock for mock mode (injected so that this
 * module does not pull in the mock's data).
 */
export function resolveProxyConfig(config: ProxyConfig, mockUpstream: () => Upstream): ResolvedProxyConfig {
  const apiKey = config.apiKey?.trim() || undefined;
  if (apiKey !== undefined && !API_KEY_PATTERN.test(apiKey)) {
    throw new ProxyConfigError(
      'apiKey must be 8-512 printable characters without spaces (check BRAZE_API_KEY)',
    );
  }
  if (apiKey && !config.restEndpoint) {
    throw new ProxyConfigError(
      'restEndpoint is required with an apiKey: the REST host of your Braze instance, e.g. https://rest.iad-01.braze.com',
    );
  }
  if (!apiKey && config.fetch) {
    throw new ProxyConfigError('fetch is only used with an apiKey; in mock mode pass `upstream` instead');
  }
  if (config.sharedCache && config.authorize) {
    throw new ProxyConfigError(
      'sharedCache cannot be combined with authorize: a CDN would serve one user’s answer to another',
    );
  }
  const upstreamOrigin = config.restEndpoint
    ? checkRestEndpoint(config.restEndpoint, config.allowInsecureUpstream === true)
    : MOCK_UPSTREAM_ORIGIN;
  const fetchUpstream = config.fetch;
  const upstream: Upstream =
    config.upstream ??
    (apiKey
      ? { fetch: (request) => (fetchUpstream ? fetchUpstream(request) : globalThis.fetch(request)) }
      : mockUpstream());
  const allowedIds = new Map<string, ReadonlySet<string>>();
  for (const [param, name, ids] of [
    ['segment_id', 'allowedSegmentIds', config.allowedSegmentIds],
    ['app_id', 'allowedAppIds', config.allowedAppIds],
    ['campaign_id', 'allowedCampaignIds', config.allowedCampaignIds],
  ] as const) {
    const set = checkIds(name, ids);
    if (set) allowedIds.set(param, set);
  }
  const limit = config.clientRateLimit;
  return {
    mode: apiKey ? 'braze' : 'mock',
    apiKey,
    upstreamOrigin,
    upstream,
    allowedOrigins: checkOrigins(config.allowedOrigins ?? []),
    cacheTtlMs: checkDuration('cacheTtlMs', config.cacheTtlMs, 60_000),
    cacheMaxEntries: checkCount('cacheMaxEntries', config.cacheMaxEntries, 500),
    cacheMaxBytes: checkCount('cacheMaxBytes', config.cacheMaxBytes, DEFAULT_CACHE_MAX_BYTES),
    sharedCache: config.sharedCache === true,
    upstreamTimeoutMs: checkDuration('upstreamTimeoutMs', config.upstreamTimeoutMs, 15_000),
    basePath: checkBasePath(config.basePath ?? ''),
    pickers: config.pickers ?? true,
    authorize: config.authorize,
    allowedIds,
    clientRateLimit: limit && {
      requests: checkCount('clientRateLimit.requests', limit.requests, 1),
      windowMs: checkCount('clientRateLimit.windowMs', limit.windowMs, 1),
    },
    clientKey: config.clientKey,
    trustProxy: config.trustProxy === true,
    rateLimitGuard: config.rateLimitGuard ?? apiKey !== undefined,
    redactIds: config.redactIds === true,
    logger: redactingLogger(config.logger ?? createJsonLogger({ level: 'warn' }), apiKey),
  };
}
