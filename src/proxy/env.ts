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
const FLAGS: Record<string, boolean> = { on: true, true: true, 1: true, yes: true };
for (const off of ['off', 'false', '0', 'no']) FLAGS[off] = false;
const items = (value: string) => value.split(',').flatMap((item) => item.trim() || []);
const flag = variable('must be on or off', (v) => FLAGS[v.toLowerCase()]);
const list = variable('must be a comma-separated list', items);
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

const mode = variable(`must be 'production' or 'mock'`, (v) =>
  v === 'production' || v === 'mock' ? v : undefined,
);
const text = z.optional(z.string());
const trust = variable('must be on, off or a number of proxies from 1 to 10', (v) =>
  /^([1-9]|10)$/.test(v) ? +v : FLAGS[v.toLowerCase()],
);
const level = variable(`must be one of ${LOG_LEVELS.join(', ')}`, (v) =>
  (LOG_LEVELS as readonly string[]).includes(v) ? (v as LogLevel) : undefined,
);
const redisUrl = variable(
  'must be a redis:// or rediss:// URL',
  (v) => (/^rediss?:\/\/\S+$/.test(v) && URL.canParse(v) ? v : undefined),
  false,
);
const endpoint = variable('', (v) => (checkRestEndpoint(v), v), false);

/** Every variable the proxy reads: its name, the option it sets (if any) and how it is read. */
const VARIABLES = [
  ['BRAZE_API_KEY', 'apiKey', text],
  ['BRAZE_REST_ENDPOINT', 'restEndpoint', endpoint],
  ['BRAZE_PROXY_MODE', undefined, mode],
  ['NODE_ENV', undefined, text],
  ['PORT', 'port', integer(0, 65_535)],
  ['HOST', 'host', text],
  ['BRAZE_PROXY_ALLOWED_ORIGINS', 'allowedOrigins', list],
  ['BRAZE_PROXY_SEGMENT_IDS', 'allowedSegmentIds', ids],
  ['BRAZE_PROXY_APP_IDS', 'allowedAppIds', ids],
  ['BRAZE_PROXY_CAMPAIGN_IDS', 'allowedCampaignIds', ids],
  ['BRAZE_PROXY_PICKERS', 'pickers', flag],
  ['BRAZE_PROXY_BASE_PATH', 'basePath', text],
  ['BRAZE_PROXY_CACHE_TTL_MS', 'cacheTtlMs', integer(0, 86_400_000)],
  ['BRAZE_PROXY_CACHE_MAX_BYTES', 'cacheMaxBytes', integer(1, 999_999_999)],
  ['BRAZE_PROXY_CACHE_MAX_ENTRIES', 'cacheMaxEntries', integer(1, 1_000_000)],
  ['BRAZE_PROXY_SHARED_CACHE', 'sharedCache', flag],
  ['BRAZE_PROXY_UPSTREAM_TIMEOUT_MS', 'upstreamTimeoutMs', integer(0, 300_000)],
  ['BRAZE_PROXY_MAX_UPSTREAM_BYTES', 'maxUpstreamBytes', integer(1024, 999_999_999)],
  ['BRAZE_PROXY_CLIENT_RATE_LIMIT', undefined, integer(1, 1_000_000)],
  ['BRAZE_PROXY_CLIENT_RATE_WINDOW_MS', undefined, integer(1000, 86_400_000)],
  ['BRAZE_PROXY_TRUST_PROXY', 'trustProxy', trust],
  ['BRAZE_PROXY_REDACT_IDS', 'redactIds', flag],
  ['BRAZE_PROXY_LOG_LEVEL', 'logLevel', level],
  ['BRAZE_PROXY_REDIS_URL', 'redisUrl', redisUrl],
  [
    'BRAZE_PROXY_REDIS_PREFIX',
    'redisPrefix',
    variable('must be 1-64 letters, digits, - _ : .', (v) => (/^[\w:.-]{1,64}$/.test(v) ? v : undefined)),
  ],
] as const;
const Env = z.object(Object.fromEntries(VARIABLES.map(([name, , schema]) => [name, schema])));

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
  const e = parsed.data as Record<string, unknown> & Partial<Record<'BRAZE_PROXY_MODE' | 'NODE_ENV', string>>;
  const key = e.BRAZE_API_KEY as string | undefined;
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
  const config: Record<string, unknown> = { port: DEFAULT_PORT, host: DEFAULT_HOST };
  for (const [name, option] of VARIABLES) if (option && e[name] !== undefined) config[option] = e[name];
  if (e.BRAZE_PROXY_MODE === 'mock') config.mock = true;
  const requests = e.BRAZE_PROXY_CLIENT_RATE_LIMIT;
  if (requests !== undefined)
    config.clientRateLimit = { requests, windowMs: e.BRAZE_PROXY_CLIENT_RATE_WINDOW_MS ?? 60_000 };
  return config as unknown as ProxyEnvConfig;
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
