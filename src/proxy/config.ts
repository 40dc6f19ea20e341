import * as z from 'zod/mini';
import { ID_PATTERN } from '../api/index.js';
import { DEFAULT_CACHE_MAX_BYTES, type ProxyStore } from './cache.js';
import { createJsonLogger, LOG_LEVELS, redactingLogger, type LogLevel, type ProxyLogger } from './log.js';
import { isPlainPath } from './request.js';

/** Options of `createProxy` and the environment variables that set them, under the same rules. No Node imports. */

/** Thrown for an invalid configuration; the message names the option or variable, never the key. */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
}

/** Anything with a fetch handler: the real Braze (through `fetch`) or the mock. */
export interface Upstream {
  fetch(request: Request): Promise<Response>;
}

/**
 * One validated request, as `authorize` sees it: the Braze endpoint (`segments.data_series`), its path (without
 * `basePath`) and the validated parameters as sent upstream (`{ segment_id: 'abc', length: '30' }`).
 */
export interface ProxyRequestInfo {
  readonly endpoint: string;
  readonly path: `/${string}`;
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
   * Serve the deterministic mock Braze (`braze-charts/proxy/mock`, loaded only then); answers carry `X-Braze-Mock: 1`.
   * Default: on when neither `apiKey` nor `restEndpoint` is given. Refused under NODE_ENV=production.
   */
  mock?: boolean;
  /** Origins allowed to call the proxy cross-origin (exact origins, or `*` explicitly). Others get a 403. */
  allowedOrigins?: readonly string[];
  /** The upstream fetch (for tests or custom agents). Default `globalThis.fetch`. Only used with `apiKey`. */
  fetch?: typeof fetch;
  /** Replaces the upstream entirely (e.g. a mock); default: Braze with `apiKey`, the mock in mock mode. */
  upstream?: Upstream;
  /**
   * How long successful answers of every endpoint are cached, in ms; `0` disables the cache. Default: each endpoint's
   * own lifetime (`endpointPolicy`): series 1 min, details 5 min, lists 15 min, and what spends Braze's small
   * 1,000-an-hour pool longer (its lists 1 h, the purchase series 5 min).
   */
  cacheTtlMs?: number;
  /** Most answers kept in this process; the least recently used go first. Default 500. */
  cacheMaxEntries?: number;
  /** Most bytes of answers kept in this process (and a quarter of it for their gzip forms). Default 32 MiB. */
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
  /**
   * Serve the lists pickers read too: `/segments/list`, `/campaigns/list`, `/canvas/list`, `/events/list`, `/events`
   * and `/purchases/product_list`. Default `true`.
   */
  pickers?: boolean;
  /** Per-request access decision of the host app (see {@link AuthorizeHook}). Runs before the cache. */
  authorize?: AuthorizeHook;
  /** Only these segments may be read (403 otherwise; lists are filtered). Default: all. */
  allowedSegmentIds?: readonly string[];
  /** Only these apps may be read (403 otherwise). Default: all. */
  allowedAppIds?: readonly string[];
  /** Only these campaigns may be read (403 otherwise; lists are filtered). Default: all. */
  allowedCampaignIds?: readonly string[];
  /** Only these Canvases may be read (403 otherwise; lists are filtered). Default: all. */
  allowedCanvasIds?: readonly string[];
  /** Requests each client may make per window (429 beyond it). Default: unlimited. */
  clientRateLimit?: ClientRateLimit;
  /** Who a request counts against for `clientRateLimit`. Default: see `trustProxy`. */
  clientKey?: ClientKeyHook;
  /**
   * How many proxies in front append to `X-Forwarded-For` (`true` = 1): the client is the N-th entry from the
   * right. Default `false`: the connection's address, else `anonymous`.
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

/**
 * A config read from the environment, plus what only the CLI uses: `PORT` and `HOST` (default 127.0.0.1:8787),
 * `BRAZE_PROXY_LOG_LEVEL` (`info`: one line per request, `warn`, `error`, `silent`), `BRAZE_PROXY_REDIS_URL`
 * (`redis://` or `rediss://`: the store replicas share) and `BRAZE_PROXY_REDIS_PREFIX` (one per workspace).
 */
export interface ProxyEnvConfig extends ProxyConfig {
  port: number;
  host: string;
  logLevel?: LogLevel;
  redisUrl?: string;
  redisPrefix?: string;
}

/** Characters of a Braze REST key (a UUID): anything else cannot be one and would corrupt the header. */
export const API_KEY_PATTERN = /^[A-Za-z0-9_-]{8,256}$/;
/** Braze REST hosts: `rest.<instance>.braze.com` or `rest.<instance>.braze.eu`. */
export const BRAZE_REST_HOST = /^rest\.[a-z0-9-]+\.braze\.(com|eu)$/;
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Checks `restEndpoint` and returns its origin: an https Braze REST host, without path, query, credentials or port
 * (with `allowInsecure`, also a loopback test server). The value is never echoed: it could be a misplaced key.
 */
export function checkRestEndpoint(value: string, allowInsecure = false, name = 'restEndpoint'): string {
  const url = URL.parse(value.trim());
  const bare = url && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  const loopback = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(url?.origin ?? '');
  if (url && bare && allowInsecure && loopback) return url.origin;
  const problem = !url
    ? 'is not a valid URL: use the REST host, e.g. https://rest.iad-01.braze.com'
    : url.protocol !== 'https:'
      ? `must use https (got ${url.protocol.slice(0, -1)})`
      : !BRAZE_REST_HOST.test(url.hostname) || url.port
        ? `must be a Braze REST host such as https://rest.iad-01.braze.com or https://rest.fra-01.braze.eu (got ${url.host})`
        : !bare && 'must be just the host: no path, query or credentials';
  if (problem || !url) throw new ProxyConfigError(`${name} ${problem}`);
  return url.origin;
}

const trimOrigin = (origin: string) => origin.trim().replace(/\/$/, '');
const isOrigin = (origin: string) => origin === '*' || URL.parse(origin)?.origin === origin;
const got = (rule: string) => ({
  error: (issue: { input: unknown }) => `${rule} (got ${JSON.stringify(issue.input)})`,
});
const number = (error: string, min: number, int = false) =>
  z.optional((int ? z.int({ error }) : z.number({ error })).check(z.gte(min, { error })));
const count = number('must be an integer ≥ 1', 1, true);
const ms = number('must be a number ≥ 0', 0);
const idList = z.array(z.string().check(z.regex(ID_PATTERN, 'is not a valid Braze id')));
const ids = z.optional(
  idList.check(z.minLength(1, 'is empty: omit it to allow every id, or list the ids to allow')),
);

/** What the options must hold beyond their types; `loadConfigFromEnv` checks the variables by the same rules. */
const Options = z.object({
  apiKey: z.optional(z.string().check(z.regex(API_KEY_PATTERN, 'must be 8-256 letters, digits, - or _'))),
  allowedOrigins: z.optional(
    z.array(z.string().check(z.refine((o) => isOrigin(trimOrigin(o)), got('must be an origin or *')))),
  ),
  basePath: z.optional(z.string().check(z.refine(isPlainPath, got('must look like /api/braze')))),
  allowedSegmentIds: ids,
  allowedAppIds: ids,
  allowedCampaignIds: ids,
  allowedCanvasIds: ids,
  cacheTtlMs: ms,
  upstreamTimeoutMs: ms,
  cacheMaxEntries: count,
  cacheMaxBytes: count,
  storeTimeoutMs: count,
  maxUpstreamBytes: count,
  clientRateLimit: z.optional(z.object({ requests: count, windowMs: count })),
  trustProxy: z.optional(
    z.union([z.boolean(), z.int().check(z.gte(0))], { error: 'must be a boolean or a number' }),
  ),
});

/** How messages name an option: as itself for `createProxy`, as its variable for `loadConfigFromEnv`. */
type Name = (option: string) => string;
const option: Name = (name) => (name === 'mock' ? 'mock: true' : name);

/** Checks `config` (`production`: the variable saying so, if any) and returns whether it is mock mode. */
function check(config: ProxyConfig, production: string | undefined, name: Name): boolean {
  const [key, endpoint, mock] = [name('apiKey'), name('restEndpoint'), name('mock')];
  const apiKey = config.apiKey?.trim() || undefined;
  const fix = `Set ${key} and ${endpoint} (the mock only runs outside production: unset ${production})`;
  const problem =
    config.mock && (apiKey || config.restEndpoint)
      ? `${mock} cannot be combined with ${key} or ${endpoint}: unset one of them`
      : apiKey && !config.restEndpoint
        ? `${key} is set but ${endpoint} is not: ${endpoint} is required with a key, e.g. https://rest.iad-01.braze.com`
        : !apiKey && (config.restEndpoint || config.mock === false)
          ? `${key} is not set: refusing to serve MOCK data in its place (set ${mock} for the mock)`
          : !apiKey && production && config.mock
            ? `${mock} under ${production}=production: refusing to serve MOCK data. ${fix}`
            : !apiKey && production
              ? `${key} is not set in production (${production}=production: refusing to serve MOCK data). ${fix}`
              : undefined;
  if (problem) throw new ProxyConfigError(problem);
  const issue = Options.safeParse({ ...config, apiKey }).error?.issues[0];
  if (issue) {
    const [option, ...path] = issue.path.map((at) =>
      typeof at === 'number' ? ` entry ${at + 1}` : `.${String(at)}`,
    );
    throw new ProxyConfigError(`${name(option?.slice(1) ?? 'config')}${path.join('')} ${issue.message}`);
  }
  if (config.restEndpoint) checkRestEndpoint(config.restEndpoint, config.allowInsecureUpstream, endpoint);
  if (!apiKey && config.fetch)
    throw new ProxyConfigError('fetch is only used with an apiKey; in mock mode pass `upstream` instead');
  if (config.sharedCache && config.authorize)
    throw new ProxyConfigError(
      'sharedCache cannot be combined with authorize: a CDN would serve one user’s answer to another',
    );
  return !apiKey;
}

/** Validates `config` and applies the defaults. */
export function resolveProxyConfig(config: ProxyConfig) {
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
  const mock = check(config, env?.NODE_ENV === 'production' ? 'NODE_ENV' : undefined, option);
  const apiKey = config.apiKey?.trim() || undefined;
  const now = config.now ?? Date.now;
  // The mock's module (fixtures, generators) is loaded only in mock mode, never by a Braze-mode proxy.
  let braze: Promise<Upstream> | undefined;
  const mockBraze = () =>
    (braze ??= import('./mock.js').then((m) => m.createMockBraze({ now: () => new Date(now()) })));
  const upstream: Upstream = config.upstream ?? {
    fetch: mock
      ? async (request) => (await mockBraze()).fetch(request)
      : (request) => (config.fetch ?? fetch)(request),
  };
  const lists = [
    ['segment_id', config.allowedSegmentIds],
    ['app_id', config.allowedAppIds],
    ['campaign_id', config.allowedCampaignIds],
    ['canvas_id', config.allowedCanvasIds],
  ] as const;
  const allowedIds: ReadonlyMap<string, ReadonlySet<string>> = new Map(
    lists.flatMap(([param, ids]) => (ids ? [[param, new Set(ids)]] : [])),
  );
  const set = Object.fromEntries(
    Object.entries(config).filter(([, value]) => value !== undefined),
  ) as ProxyConfig;
  return {
    cacheMaxEntries: 500,
    cacheMaxBytes: DEFAULT_CACHE_MAX_BYTES,
    storeTimeoutMs: 250,
    upstreamTimeoutMs: 15_000,
    maxUpstreamBytes: 8 * 1024 * 1024,
    pickers: true,
    ...set,
    mock,
    apiKey,
    now,
    upstream,
    allowedIds,
    rateLimitGuard: config.rateLimitGuard ?? !mock,
    basePath: (config.basePath ?? '').replace(/\/$/, ''),
    // The mock mode's host is never contacted: the mock answers.
    upstreamOrigin: config.restEndpoint
      ? checkRestEndpoint(config.restEndpoint, config.allowInsecureUpstream)
      : 'https://rest.mock.braze.invalid',
    allowedOrigins: (config.allowedOrigins ?? []).map(trimOrigin),
    trustedHops: Number(config.trustProxy ?? 0),
    logger: redactingLogger(
      config.logger ?? createJsonLogger({ level: 'warn', now: () => new Date(now()) }),
      apiKey,
    ),
  };
}

/** A validated config with defaults applied. */
export type Settings = ReturnType<typeof resolveProxyConfig>;

/** A variable's text read by `parse`: undefined is refused with `rule` (and the text, unless it may be secret). */
const read = <T>(rule: string, parse: (text: string) => T | undefined, echo = true) =>
  z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const message = echo ? `${rule} (got ${JSON.stringify(text)})` : rule;
      if (parse(text) === undefined) ctx.issues.push({ code: 'custom', input: text, message });
      return parse(text) as T;
    }),
  );
const FLAGS: Record<string, boolean> = { on: true, true: true, 1: true, yes: true };
for (const off of ['off', 'false', '0', 'no']) FLAGS[off] = false;
const int = (min: number, max: number) =>
  read(`must be an integer from ${min} to ${max}`, (v) =>
    /^\d{1,9}$/.test(v) && +v >= min && +v <= max ? +v : undefined,
  );
const flag = read('must be on or off', (v) => FLAGS[v.toLowerCase()]);
const text = read('', (v) => v);
const list = read('', (v) => v.split(',').flatMap((item) => item.trim() || []));
const oneOf = (...values: string[]) =>
  read(`must be one of ${values.join(', ')}`, (v) => values.find((x) => x === v));
const hops = read('must be on, off or a number from 1 to 10', (v) =>
  /^([1-9]|10)$/.test(v) ? +v : FLAGS[v.toLowerCase()],
);
const redis = read(
  'must be a redis:// or rediss:// URL',
  (v) => (/^rediss?:\/\/\S+$/.test(v) && URL.canParse(v) ? v : undefined),
  false,
);
const prefix = read('must be 1-64 letters, digits, - _ : .', (v) =>
  /^[\w:.-]{1,64}$/.test(v) ? v : undefined,
);

/** Every variable the proxy reads: the option it sets and how its text is read (then checked like the option). */
const VARIABLES = {
  BRAZE_API_KEY: ['apiKey', text],
  BRAZE_REST_ENDPOINT: ['restEndpoint', text],
  BRAZE_PROXY_MODE: ['mode', oneOf('production', 'mock')],
  NODE_ENV: ['nodeEnv', text],
  PORT: ['port', int(0, 65_535)],
  HOST: ['host', text],
  BRAZE_PROXY_ALLOWED_ORIGINS: ['allowedOrigins', list],
  BRAZE_PROXY_SEGMENT_IDS: ['allowedSegmentIds', list],
  BRAZE_PROXY_APP_IDS: ['allowedAppIds', list],
  BRAZE_PROXY_CAMPAIGN_IDS: ['allowedCampaignIds', list],
  BRAZE_PROXY_CANVAS_IDS: ['allowedCanvasIds', list],
  BRAZE_PROXY_PICKERS: ['pickers', flag],
  BRAZE_PROXY_BASE_PATH: ['basePath', text],
  BRAZE_PROXY_CACHE_TTL_MS: ['cacheTtlMs', int(0, 86_400_000)],
  BRAZE_PROXY_CACHE_MAX_BYTES: ['cacheMaxBytes', int(1, 999_999_999)],
  BRAZE_PROXY_CACHE_MAX_ENTRIES: ['cacheMaxEntries', int(1, 1_000_000)],
  BRAZE_PROXY_SHARED_CACHE: ['sharedCache', flag],
  BRAZE_PROXY_UPSTREAM_TIMEOUT_MS: ['upstreamTimeoutMs', int(0, 300_000)],
  BRAZE_PROXY_MAX_UPSTREAM_BYTES: ['maxUpstreamBytes', int(1024, 999_999_999)],
  BRAZE_PROXY_CLIENT_RATE_LIMIT: ['requests', int(1, 1_000_000)],
  BRAZE_PROXY_CLIENT_RATE_WINDOW_MS: ['windowMs', int(1000, 86_400_000)],
  BRAZE_PROXY_TRUST_PROXY: ['trustProxy', hops],
  BRAZE_PROXY_REDACT_IDS: ['redactIds', flag],
  BRAZE_PROXY_LOG_LEVEL: ['logLevel', oneOf(...LOG_LEVELS)],
  BRAZE_PROXY_REDIS_URL: ['redisUrl', redis],
  BRAZE_PROXY_REDIS_PREFIX: ['redisPrefix', prefix],
} as const;
const Env = z.object(
  Object.fromEntries(Object.entries(VARIABLES).map(([name, [, read]]) => [name, z.optional(read)])),
);
const variables = Object.entries(VARIABLES);
const variable: Name = (o) =>
  o === 'mock' ? 'BRAZE_PROXY_MODE=mock' : (variables.find(([, [option]]) => option === o)?.[0] ?? o);

/**
 * Reads the proxy's configuration from environment variables (pure: pass `process.env`, or a worker's `env`) and
 * checks it as `createProxy` would; a `ProxyConfigError` names the variable. Production (`BRAZE_PROXY_MODE` or
 * `NODE_ENV=production`) needs a key; `BRAZE_PROXY_MODE=mock` serves the mock, never under NODE_ENV=production.
 */
export function loadConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ProxyEnvConfig {
  const present = Object.fromEntries(
    variables.flatMap(([name]) => (env[name]?.trim() ? [[name, env[name].trim()]] : [])),
  );
  const parsed = Env.safeParse(present);
  const issue = parsed.error?.issues[0];
  if (issue) throw new ProxyConfigError(`${String(issue.path[0])} ${issue.message}`);
  const values: Record<string, unknown> = {};
  for (const [name, [option]] of variables) if (name in present) values[option] = parsed.data?.[name];
  const { mode, nodeEnv, requests, windowMs, ...config } = values;
  if (windowMs !== undefined && requests === undefined)
    throw new ProxyConfigError('BRAZE_PROXY_CLIENT_RATE_WINDOW_MS needs BRAZE_PROXY_CLIENT_RATE_LIMIT too');
  if (requests !== undefined) config.clientRateLimit = { requests, windowMs: windowMs ?? 60_000 };
  if (mode === 'mock') config.mock = true;
  const production =
    mode === 'production' ? 'BRAZE_PROXY_MODE' : nodeEnv === 'production' ? 'NODE_ENV' : undefined;
  check(config, production, variable);
  return { port: DEFAULT_PORT, host: DEFAULT_HOST, ...config } as ProxyEnvConfig;
}

/** True for a Braze-mode config without `authorize`, a client limit or an id allowlist: anyone may spend the quota. */
export function isOpenProxy(config: ProxyConfig): boolean {
  const { apiKey, authorize, clientRateLimit, allowedSegmentIds, allowedAppIds, allowedCampaignIds } = config;
  const allowlist = allowedSegmentIds ?? allowedAppIds ?? allowedCampaignIds ?? config.allowedCanvasIds;
  return apiKey !== undefined && !authorize && !clientRateLimit && !allowlist;
}
