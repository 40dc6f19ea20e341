import { ID_PATTERN } from '../api/index.js';
import { createJsonLogger, redactingLogger, type ProxyLogger } from './log.js';
import { DEFAULT_CACHE_MAX_BYTES, type ProxyStore } from './store.js';

/** Options of `createProxy` and their validation (pure: runs in Node, workers and the browser). */

/** Thrown for an invalid proxy configuration; the message says what to fix (and never contains the key). */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
}

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

/** Decides whether the caller may read `query`. Only `true` allows (else 403); may be async; a throw is a 500. */
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

/** Options of `createProxy`. Mock mode needs `mock: true`, or neither `apiKey` nor `restEndpoint`. */
export interface ProxyConfig {
  /** The Braze REST API key (letters, digits, `-`, `_`). It stays on the server: never sent, logged or stored. */
  apiKey?: string;
  /** The REST host of the workspace's instance, e.g. `https://rest.iad-01.braze.com`. Required with `apiKey`. */
  restEndpoint?: string;
  /**
   * Serve the deterministic mock Braze (`braze-charts/proxy/mock`, loaded only then). Answers carry `X-Braze-Mock: 1`.
   * Default: on only when neither `apiKey` nor `restEndpoint` is given, and never implied under NODE_ENV=production.
   */
  mock?: boolean;
  /** Origins allowed to call the proxy cross-origin (exact origins, or `*` explicitly). Others get a 403. */
  allowedOrigins?: readonly string[];
  /** The upstream fetch (for tests or custom agents). Default `globalThis.fetch`. Only used with `apiKey`. */
  fetch?: typeof fetch;
  /** Replaces the upstream entirely (e.g. a mock); default: Braze with `apiKey`, the mock in mock mode. */
  upstream?: Upstream;
  /** How long successful answers are cached, in ms. `0` disables the cache. Default 60 000. */
  cacheTtlMs?: number;
  /** Most answers kept in this process; the least recently used go first. Default 500. */
  cacheMaxEntries?: number;
  /** Most bytes of answers kept in this process. Default 32 MiB. */
  cacheMaxBytes?: number;
  /** Shares cached answers, the single upstream call per query and Braze's quota pause between replicas. */
  store?: ProxyStore;
  /** Longest wait on `store` per operation before serving from memory (degraded), in ms. Default 250. */
  storeTimeoutMs?: number;
  /** `Cache-Control: public` on successful answers, for a CDN. Refused together with `authorize`. Default off. */
  sharedCache?: boolean;
  /** Upstream timeout in ms (a slower answer is a 504). `0` disables it. Default 15 000. */
  upstreamTimeoutMs?: number;
  /** Largest upstream body, counted after decompression; a larger one is a 502. Default 8 MiB. */
  maxUpstreamBytes?: number;
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
  /** Who a request counts against for `clientRateLimit`. Default: see `trustProxy`. */
  clientKey?: ClientKeyHook;
  /**
   * How many proxies in front of this one append to `X-Forwarded-For` (`true` = 1). The client is the entry the
   * outermost of them added: the N-th from the right. Default `false`: the connection's address, else `anonymous`.
   */
  trustProxy?: boolean | number;
  /** While Braze says the quota is spent, answer 429 locally instead of calling it. Default on (off in mock mode). */
  rateLimitGuard?: boolean;
  /** Log id parameters (`*_id`) as short hashes instead of their values. Default `false`. */
  redactIds?: boolean;
  /** Where requests (info) and failures (warn, error) are reported. Default: JSON lines, warn and up. */
  logger?: ProxyLogger;
  /** The clock (epoch ms) of the cache, the limits and the logs; tests inject one. Default `Date.now`. */
  now?: () => number;
  /** Test only: also accept `http(s)://127.0.0.1`, `localhost` or `[::1]` (any port) as `restEndpoint`. */
  allowInsecureUpstream?: boolean;
}

/** A validated config with defaults applied. */
export type Settings = ReturnType<typeof resolveProxyConfig>;

/** Characters of a Braze REST key (a UUID): anything else cannot be one and would corrupt the header. */
export const API_KEY_PATTERN = /^[A-Za-z0-9_-]{8,256}$/;
/** Braze REST hosts: `rest.<instance>.braze.com` or `rest.<instance>.braze.eu`. */
export const BRAZE_REST_HOST = /^rest\.[a-z0-9-]+\.braze\.(com|eu)$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The host mock mode addresses its requests to (never contacted: the mock answers them). */
export const MOCK_UPSTREAM_ORIGIN = 'https://rest.mock.braze.invalid';

/** True under `NODE_ENV=production` (read without assuming a `process` global). */
export function isProductionEnv(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV === 'production';
}

/**
 * Checks `restEndpoint` and returns its origin. Only https Braze REST hosts are accepted (no path, query,
 * credentials or port), unless `allowInsecure` admits a loopback test server.
 */
export function checkRestEndpoint(restEndpoint: string, allowInsecure = false): string {
  let url: URL;
  try {
    url = new URL(restEndpoint.trim());
  } catch {
    // The value is not echoed: a misplaced key must not end up in logs.
    throw new ProxyConfigError(
      'restEndpoint is not a valid URL: use the REST host, e.g. https://rest.iad-01.braze.com',
    );
  }
  const bare = !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  if (allowInsecure && LOOPBACK_HOSTS.has(url.hostname) && /^https?:$/.test(url.protocol) && bare) {
    return url.origin;
  }
  if (url.protocol !== 'https:') {
    throw new ProxyConfigError(`restEndpoint must use https (got ${url.protocol.replace(':', '')})`);
  }
  if (!BRAZE_REST_HOST.test(url.hostname) || url.port) {
    throw new ProxyConfigError(
      `restEndpoint must be a Braze REST host such as https://rest.iad-01.braze.com or https://rest.fra-01.braze.eu (got ${url.host})`,
    );
  }
  if (!bare) throw new ProxyConfigError('restEndpoint must be just the host: no path, query or credentials');
  return url.origin;
}

const checkOrigin = (origin: string): string => {
  const trimmed = origin.trim().replace(/\/$/, '');
  if (trimmed === '*' || (URL.canParse(trimmed) && new URL(trimmed).origin === trimmed)) return trimmed;
  throw new ProxyConfigError(
    `allowedOrigins entries must be origins like https://app.example.com or '*' (got ${JSON.stringify(origin)})`,
  );
};

function checkBasePath(basePath: string): string {
  if (basePath === '' || basePath === '/') return '';
  if (/^(\/[A-Za-z0-9._~-]+)+\/?$/.test(basePath) && !/\/\.{1,2}(\/|$)/.test(basePath))
    return basePath.replace(/\/$/, '');
  throw new ProxyConfigError(`basePath must look like /api/braze (got ${JSON.stringify(basePath)})`);
}

/** A number ≥ 0, or with `integer` an integer ≥ 1; `fallback` when undefined. */
function checkNumber(name: string, value: number | undefined, fallback: number, integer = false): number {
  if (value === undefined) return fallback;
  if (integer ? Number.isSafeInteger(value) && value >= 1 : Number.isFinite(value) && value >= 0)
    return value;
  throw new ProxyConfigError(`${name} must be ${integer ? 'an integer ≥ 1' : 'a number ≥ 0'}`);
}

/** A non-empty list of valid Braze ids, as a set (`undefined` when not configured: every id is allowed). */
export function checkIds(name: string, ids: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (ids === undefined) return undefined;
  if (ids.length === 0) {
    throw new ProxyConfigError(`${name} is empty: omit it to allow every id, or list the ids to allow`);
  }
  ids.forEach((id, index) => {
    // The value is not echoed (it could be anything pasted into the environment).
    if (!ID_PATTERN.test(id))
      throw new ProxyConfigError(`${name} entry ${index + 1} is not a valid Braze id`);
  });
  return new Set(ids);
}

/** Picks the mode: Braze with `apiKey` + `restEndpoint`, mock only when asked for or when neither is given. */
function checkMode(config: ProxyConfig, apiKey: string | undefined): boolean {
  if (apiKey !== undefined && !API_KEY_PATTERN.test(apiKey)) {
    throw new ProxyConfigError('apiKey must be 8-256 letters, digits, - or _ (check BRAZE_API_KEY)');
  }
  if (config.mock === true) {
    if (apiKey || config.restEndpoint)
      throw new ProxyConfigError('mock: true cannot be combined with apiKey or restEndpoint');
    return true;
  }
  if (apiKey && !config.restEndpoint) {
    throw new ProxyConfigError(
      'restEndpoint is required with an apiKey: the REST host of your Braze instance, e.g. https://rest.iad-01.braze.com',
    );
  }
  if (apiKey) return false;
  if (config.restEndpoint || config.mock === false) {
    throw new ProxyConfigError(
      'apiKey is not set: refusing to serve MOCK data in its place (pass mock: true for the mock)',
    );
  }
  if (isProductionEnv()) {
    throw new ProxyConfigError(
      'no apiKey under NODE_ENV=production: refusing to serve MOCK data (pass mock: true to mean it)',
    );
  }
  return true;
}

/** Validates `config` and applies defaults. */
export function resolveProxyConfig(config: ProxyConfig) {
  const apiKey = config.apiKey?.trim() || undefined;
  const mock = checkMode(config, apiKey);
  if (mock && config.fetch) {
    throw new ProxyConfigError('fetch is only used with an apiKey; in mock mode pass `upstream` instead');
  }
  if (config.sharedCache && config.authorize) {
    throw new ProxyConfigError(
      'sharedCache cannot be combined with authorize: a CDN would serve one user’s answer to another',
    );
  }
  const now = config.now ?? Date.now;
  // The mock's module (fixtures, generators) is loaded only in mock mode, never by a Braze-mode proxy.
  let mockBraze: Promise<Upstream> | undefined;
  const loadMock = () =>
    (mockBraze ??= import('./mock.js').then((m) => m.createMockBraze({ now: () => new Date(now()) })));
  const upstream: Upstream =
    config.upstream ??
    (mock
      ? { fetch: async (request) => (await loadMock()).fetch(request) }
      : { fetch: (request) => (config.fetch ?? globalThis.fetch)(request) });
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
  const hops = config.trustProxy === true ? 1 : config.trustProxy === false ? 0 : config.trustProxy;
  return {
    mock,
    apiKey,
    upstreamOrigin: config.restEndpoint
      ? checkRestEndpoint(config.restEndpoint, config.allowInsecureUpstream === true)
      : MOCK_UPSTREAM_ORIGIN,
    upstream,
    allowedOrigins: (config.allowedOrigins ?? []).map(checkOrigin),
    cacheTtlMs: checkNumber('cacheTtlMs', config.cacheTtlMs, 60_000),
    cacheMaxEntries: checkNumber('cacheMaxEntries', config.cacheMaxEntries, 500, true),
    cacheMaxBytes: checkNumber('cacheMaxBytes', config.cacheMaxBytes, DEFAULT_CACHE_MAX_BYTES, true),
    store: config.store,
    storeTimeoutMs: checkNumber('storeTimeoutMs', config.storeTimeoutMs, 250, true),
    sharedCache: config.sharedCache === true,
    upstreamTimeoutMs: checkNumber('upstreamTimeoutMs', config.upstreamTimeoutMs, 15_000),
    maxUpstreamBytes: checkNumber('maxUpstreamBytes', config.maxUpstreamBytes, 8 * 1024 * 1024, true),
    basePath: checkBasePath(config.basePath ?? ''),
    pickers: config.pickers ?? true,
    authorize: config.authorize,
    allowedIds,
    clientRateLimit: limit && {
      requests: checkNumber('clientRateLimit.requests', limit.requests, 1, true),
      windowMs: checkNumber('clientRateLimit.windowMs', limit.windowMs, 1, true),
    },
    clientKey: config.clientKey,
    trustedHops: hops === undefined || hops === 0 ? 0 : checkNumber('trustProxy', hops, 0, true),
    rateLimitGuard: config.rateLimitGuard ?? !mock,
    redactIds: config.redactIds === true,
    logger: redactingLogger(
      config.logger ?? createJsonLogger({ level: 'warn', now: () => new Date(now()) }),
      apiKey,
    ),
    now,
  };
}
