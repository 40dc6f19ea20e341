import * as z from 'zod/mini';
import { checkIds, checkRestEndpoint, ProxyConfigError, type ProxyConfig } from './config.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

/** A proxy config read from the environment, plus what only the CLI uses. */
export interface ProxyEnvConfig extends ProxyConfig {
  /** `PORT`, default 8787. */
  port: number;
  /** `HOST`, default 127.0.0.1 (loopback only). */
  host: string;
  /** `BRAZE_PROXY_LOG_LEVEL`: `info` (one line per request), `warn`, `error` or `silent`. */
  logLevel?: LogLevel;
  /** `BRAZE_PROXY_REDIS_URL`: `redis://` or `rediss://` (TLS) URL of the store replicas share. */
  redisUrl?: string;
  /** `BRAZE_PROXY_REDIS_PREFIX`: namespace of this proxy's Redis keys (one per workspace sharing a Redis). */
  redisPrefix?: string;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

/** A variable read by `read`, which returns undefined for a value it refuses (`why` then names the rule). */
function variable<T>(why: string, read: (value: string) => T | undefined, echo = true) {
  return z.optional(
    z.pipe(
      z.string(),
      z.transform((value: string, ctx) => {
        let result: T | undefined;
        let message = echo ? `${why} (got ${JSON.stringify(value)})` : why;
        try {
          result = read(value);
        } catch (error) {
          message = error instanceof Error ? error.message.trim() : why;
        }
        if (result === undefined) ctx.issues.push({ code: 'custom', input: value, message });
        return result as T;
      }),
    ),
  );
}
const integer = (min: number, max: number) =>
  variable(`must be an integer from ${min} to ${max}`, (v) =>
    /^\d{1,9}$/.test(v) && +v >= min && +v <= max ? +v : undefined,
  );
const FLAGS: Record<string, boolean> = {
  on: true,
  true: true,
  1: true,
  yes: true,
  off: false,
  false: false,
  0: false,
  no: false,
};
const flag = variable('must be on or off', (v) => FLAGS[v.toLowerCase()]);
const list = variable('must be a comma-separated list', (v) =>
  v
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);
const ids = variable(
  '',
  (v) => [
    ...(checkIds(
      '',
      v
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ) ?? []),
  ],
  false,
);

/** Every variable the proxy reads, and how (empty values count as unset). */
const Env = z.object({
  BRAZE_API_KEY: z.optional(z.string()),
  BRAZE_REST_ENDPOINT: variable('', (v) => (checkRestEndpoint(v), v), false),
  BRAZE_PROXY_MODE: variable(`must be 'production' or 'mock'`, (v) =>
    v === 'production' || v === 'mock' ? v : undefined,
  ),
  NODE_ENV: z.optional(z.string()),
  PORT: integer(0, 65_535),
  HOST: z.optional(z.string()),
  BRAZE_PROXY_ALLOWED_ORIGINS: list,
  BRAZE_PROXY_SEGMENT_IDS: ids,
  BRAZE_PROXY_APP_IDS: ids,
  BRAZE_PROXY_CAMPAIGN_IDS: ids,
  BRAZE_PROXY_PICKERS: flag,
  BRAZE_PROXY_BASE_PATH: z.optional(z.string()),
  BRAZE_PROXY_CACHE_TTL_MS: integer(0, 86_400_000),
  BRAZE_PROXY_CACHE_MAX_BYTES: integer(1, 999_999_999),
  BRAZE_PROXY_CACHE_MAX_ENTRIES: integer(1, 1_000_000),
  BRAZE_PROXY_SHARED_CACHE: flag,
  BRAZE_PROXY_UPSTREAM_TIMEOUT_MS: integer(0, 300_000),
  BRAZE_PROXY_MAX_UPSTREAM_BYTES: integer(1024, 999_999_999),
  BRAZE_PROXY_CLIENT_RATE_LIMIT: integer(1, 1_000_000),
  BRAZE_PROXY_CLIENT_RATE_WINDOW_MS: integer(1000, 86_400_000),
  BRAZE_PROXY_TRUST_PROXY: variable('must be on, off or a number of proxies from 1 to 10', (v) =>
    /^([1-9]|10)$/.test(v) ? +v : FLAGS[v.toLowerCase()],
  ),
  BRAZE_PROXY_REDACT_IDS: flag,
  BRAZE_PROXY_LOG_LEVEL: variable(`must be one of ${LOG_LEVELS.join(', ')}`, (v) =>
    (LOG_LEVELS as readonly string[]).includes(v) ? (v as LogLevel) : undefined,
  ),
  BRAZE_PROXY_REDIS_URL: variable(
    'must be a redis:// or rediss:// URL',
    (v) => (/^rediss?:\/\/[^\s]+$/.test(v) && URL.canParse(v) ? v : undefined),
    false,
  ),
  BRAZE_PROXY_REDIS_PREFIX: variable('must be 1-64 letters, digits, - _ : .', (v) =>
    /^[\w:.-]{1,64}$/.test(v) ? v : undefined,
  ),
});

/**
 * Reads the proxy's configuration from environment variables with one zod schema (pure: pass `process.env`, or a
 * worker's `env`). Throws a `ProxyConfigError` whose message starts with the variable's name. Production
 * (`BRAZE_PROXY_MODE=production`, or `NODE_ENV=production` unless the mode is `mock`) needs a key;
 * `BRAZE_PROXY_MODE=mock` serves the mock on purpose. See docs/deploy/node.md for the full table.
 */
export function loadConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ProxyEnvConfig {
  const present: Record<string, string> = {};
  for (const name of Object.keys(Env.shape)) {
    const value = env[name]?.trim();
    if (value) present[name] = value;
  }
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const name = String(issue?.path[0] ?? 'environment');
    throw new ProxyConfigError(`${name} ${issue?.message || 'is not valid'}`.trim());
  }
  const e = parsed.data;
  const key = e.BRAZE_API_KEY;
  const production =
    e.BRAZE_PROXY_MODE === 'production' || (e.BRAZE_PROXY_MODE === undefined && e.NODE_ENV === 'production');
  if (e.BRAZE_PROXY_MODE === 'mock' && key) {
    throw new ProxyConfigError('BRAZE_PROXY_MODE=mock but BRAZE_API_KEY is set: unset one of them');
  }
  if (production && !key) {
    throw new ProxyConfigError(
      `BRAZE_API_KEY is not set in production (${e.BRAZE_PROXY_MODE ? 'BRAZE_PROXY_MODE' : 'NODE_ENV'}=production): refusing to serve MOCK data. Set BRAZE_API_KEY and BRAZE_REST_ENDPOINT, or BRAZE_PROXY_MODE=mock to serve the mock on purpose`,
    );
  }
  if (key && !e.BRAZE_REST_ENDPOINT) {
    throw new ProxyConfigError(
      'BRAZE_API_KEY is set but BRAZE_REST_ENDPOINT is not: set it to your instance REST host, e.g. https://rest.iad-01.braze.com',
    );
  }
  if (!key && e.BRAZE_REST_ENDPOINT) {
    throw new ProxyConfigError(
      'BRAZE_REST_ENDPOINT is set but BRAZE_API_KEY is not: refusing to serve MOCK data in its place',
    );
  }
  if (e.BRAZE_PROXY_CLIENT_RATE_WINDOW_MS !== undefined && e.BRAZE_PROXY_CLIENT_RATE_LIMIT === undefined) {
    throw new ProxyConfigError('BRAZE_PROXY_CLIENT_RATE_WINDOW_MS needs BRAZE_PROXY_CLIENT_RATE_LIMIT too');
  }
  const config: ProxyEnvConfig = { port: e.PORT ?? DEFAULT_PORT, host: e.HOST ?? DEFAULT_HOST };
  const set = <K extends keyof ProxyEnvConfig>(name: K, value: ProxyEnvConfig[K] | undefined) => {
    if (value !== undefined) config[name] = value;
  };
  set('apiKey', key);
  set('restEndpoint', e.BRAZE_REST_ENDPOINT);
  if (e.BRAZE_PROXY_MODE === 'mock') config.mock = true;
  set('allowedOrigins', e.BRAZE_PROXY_ALLOWED_ORIGINS);
  set('allowedSegmentIds', e.BRAZE_PROXY_SEGMENT_IDS);
  set('allowedAppIds', e.BRAZE_PROXY_APP_IDS);
  set('allowedCampaignIds', e.BRAZE_PROXY_CAMPAIGN_IDS);
  set('cacheTtlMs', e.BRAZE_PROXY_CACHE_TTL_MS);
  set('cacheMaxBytes', e.BRAZE_PROXY_CACHE_MAX_BYTES);
  set('cacheMaxEntries', e.BRAZE_PROXY_CACHE_MAX_ENTRIES);
  set('upstreamTimeoutMs', e.BRAZE_PROXY_UPSTREAM_TIMEOUT_MS);
  set('maxUpstreamBytes', e.BRAZE_PROXY_MAX_UPSTREAM_BYTES);
  const requests = e.BRAZE_PROXY_CLIENT_RATE_LIMIT;
  if (requests !== undefined)
    config.clientRateLimit = { requests, windowMs: e.BRAZE_PROXY_CLIENT_RATE_WINDOW_MS ?? 60_000 };
  set('basePath', e.BRAZE_PROXY_BASE_PATH);
  set('pickers', e.BRAZE_PROXY_PICKERS);
  set('sharedCache', e.BRAZE_PROXY_SHARED_CACHE);
  set('trustProxy', e.BRAZE_PROXY_TRUST_PROXY);
  set('redactIds', e.BRAZE_PROXY_REDACT_IDS);
  set('logLevel', e.BRAZE_PROXY_LOG_LEVEL);
  set('redisUrl', e.BRAZE_PROXY_REDIS_URL);
  set('redisPrefix', e.BRAZE_PROXY_REDIS_PREFIX);
  return config;
}

/**
 * True for a Braze-mode config that lets anyone who reaches it spend the workspace's quota: no `authorize`, no
 * per-client limit and no id allowlist.
 */
export function isOpenProxy(config: ProxyConfig): boolean {
  return (
    config.apiKey !== undefined &&
    !config.authorize &&
    !config.clientRateLimit &&
    !config.allowedSegmentIds &&
    !config.allowedAppIds &&
    !config.allowedCampaignIds
  );
}
