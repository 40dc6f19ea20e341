import { checkIds, checkRestEndpoint, ProxyConfigError } from './config-checks.js';
import type { ProxyConfig } from './config.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

/** A proxy config read from the environment, plus where the CLI listens and what it logs. */
export interface ProxyEnvConfig extends ProxyConfig {
  /** `PORT`, default 8787. */
  port: number;
  /** `HOST`, default 127.0.0.1 (loopback only). */
  host: string;
  /** `BRAZE_PROXY_LOG_LEVEL`: `info` (one line per request), `warn`, `error` or `silent`. */
  logLevel?: LogLevel;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the proxy's configuration from environment variables (pure: pass `process.env`, or a worker's `env`).
 * Empty values count as unset. Throws a `ProxyConfigError` naming the variable for anything invalid.
 *
 * | variable | config |
 * | --- | --- |
 * | `BRAZE_API_KEY`, `BRAZE_REST_ENDPOINT` | `apiKey`, `restEndpoint` (no key: mock mode) |
 * | `BRAZE_PROXY_MODE` | `production` refuses to start without a key (so does `NODE_ENV=production`); `mock` serves the mock on purpose |
 * | `PORT`, `HOST`, `BRAZE_PROXY_LOG_LEVEL` | CLI only |
 * | `BRAZE_PROXY_ALLOWED_ORIGINS` | `allowedOrigins` (comma-separated) |
 * | `BRAZE_PROXY_SEGMENT_IDS`, `BRAZE_PROXY_APP_IDS`, `BRAZE_PROXY_CAMPAIGN_IDS` | `allowedSegmentIds`, … (comma-separated) |
 * | `BRAZE_PROXY_PICKERS` | `pickers` (`on`/`off`) |
 * | `BRAZE_PROXY_BASE_PATH` | `basePath` |
 * | `BRAZE_PROXY_CACHE_TTL_MS`, `BRAZE_PROXY_CACHE_MAX_BYTES`, `BRAZE_PROXY_CACHE_MAX_ENTRIES` | cache |
 * | `BRAZE_PROXY_SHARED_CACHE` | `sharedCache` (`on`/`off`) |
 * | `BRAZE_PROXY_UPSTREAM_TIMEOUT_MS` | `upstreamTimeoutMs` |
 * | `BRAZE_PROXY_CLIENT_RATE_LIMIT`, `BRAZE_PROXY_CLIENT_RATE_WINDOW_MS` | `clientRateLimit` (requests per window, default window 60 000 ms) |
 * | `BRAZE_PROXY_TRUST_PROXY`, `BRAZE_PROXY_REDACT_IDS` | `trustProxy`, `redactIds` (`on`/`off`) |
 */
export function loadConfigFromEnv(env: Env): ProxyEnvConfig {
  const read = (name: string) => env[name]?.trim() || undefined;
  const apiKey = read('BRAZE_API_KEY');
  const restEndpoint = read('BRAZE_REST_ENDPOINT');
  checkMode(read('BRAZE_PROXY_MODE'), read('NODE_ENV'), apiKey !== undefined);
  if (apiKey && !restEndpoint) {
    throw new ProxyConfigError(
      'BRAZE_API_KEY is set but BRAZE_REST_ENDPOINT is not: set it to your instance REST host, e.g. https://rest.iad-01.braze.com',
    );
  }
  if (restEndpoint) checkRestEndpoint(restEndpoint);

  const config: ProxyEnvConfig = {
    port: readInteger('PORT', read('PORT'), DEFAULT_PORT, 0, 65_535),
    host: read('HOST') ?? DEFAULT_HOST,
  };
  if (apiKey) config.apiKey = apiKey;
  if (restEndpoint) config.restEndpoint = restEndpoint;
  const origins = readList(read('BRAZE_PROXY_ALLOWED_ORIGINS'));
  if (origins) config.allowedOrigins = origins;
  const ids = (name: string) => {
    const list = readList(read(name));
    return list && [...(checkIds(name, list) ?? [])];
  };
  const segments = ids('BRAZE_PROXY_SEGMENT_IDS');
  if (segments) config.allowedSegmentIds = segments;
  const apps = ids('BRAZE_PROXY_APP_IDS');
  if (apps) config.allowedAppIds = apps;
  const campaigns = ids('BRAZE_PROXY_CAMPAIGN_IDS');
  if (campaigns) config.allowedCampaignIds = campaigns;

  const integer = (name: string, min: number, max: number) => {
    const value = read(name);
    return value === undefined ? undefined : readInteger(name, value, 0, min, max);
  };
  const ttl = integer('BRAZE_PROXY_CACHE_TTL_MS', 0, 86_400_000);
  if (ttl !== undefined) config.cacheTtlMs = ttl;
  const maxBytes = integer('BRAZE_PROXY_CACHE_MAX_BYTES', 1, 999_999_999);
  if (maxBytes !== undefined) config.cacheMaxBytes = maxBytes;
  const maxEntries = integer('BRAZE_PROXY_CACHE_MAX_ENTRIES', 1, 1_000_000);
  if (maxEntries !== undefined) config.cacheMaxEntries = maxEntries;
  const timeout = integer('BRAZE_PROXY_UPSTREAM_TIMEOUT_MS', 0, 300_000);
  if (timeout !== undefined) config.upstreamTimeoutMs = timeout;
  const requests = integer('BRAZE_PROXY_CLIENT_RATE_LIMIT', 1, 1_000_000);
  const windowMs = integer('BRAZE_PROXY_CLIENT_RATE_WINDOW_MS', 1000, 86_400_000);
  if (windowMs !== undefined && requests === undefined) {
    throw new ProxyConfigError('BRAZE_PROXY_CLIENT_RATE_WINDOW_MS needs BRAZE_PROXY_CLIENT_RATE_LIMIT too');
  }
  if (requests !== undefined) config.clientRateLimit = { requests, windowMs: windowMs ?? 60_000 };

  const basePath = read('BRAZE_PROXY_BASE_PATH');
  if (basePath) config.basePath = basePath;
  for (const [name, key] of [
    ['BRAZE_PROXY_PICKERS', 'pickers'],
    ['BRAZE_PROXY_SHARED_CACHE', 'sharedCache'],
    ['BRAZE_PROXY_TRUST_PROXY', 'trustProxy'],
    ['BRAZE_PROXY_REDACT_IDS', 'redactIds'],
  ] as const) {
    const flag = readFlag(name, read(name));
    if (flag !== undefined) config[key] = flag;
  }
  const level = read('BRAZE_PROXY_LOG_LEVEL');
  if (level !== undefined) {
    if (!(LOG_LEVELS as readonly string[]).includes(level)) {
      throw new ProxyConfigError(`BRAZE_PROXY_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
    }
    config.logLevel = level as LogLevel;
  }
  return config;
}

/** Production (`BRAZE_PROXY_MODE=production`, or `NODE_ENV=production` unless mode is `mock`) needs a key. */
function checkMode(mode: string | undefined, nodeEnv: string | undefined, hasKey: boolean): void {
  if (mode !== undefined && mode !== 'production' && mode !== 'mock') {
    throw new ProxyConfigError(
      `BRAZE_PROXY_MODE must be 'production' or 'mock' (got ${JSON.stringify(mode)})`,
    );
  }
  if (mode === 'mock' && hasKey) {
    throw new ProxyConfigError('BRAZE_PROXY_MODE=mock but BRAZE_API_KEY is set: unset one of them');
  }
  const production = mode === 'production' || (mode === undefined && nodeEnv === 'production');
  if (production && !hasKey) {
    throw new ProxyConfigError(
      `BRAZE_API_KEY is not set in production (${mode ? 'BRAZE_PROXY_MODE' : 'NODE_ENV'}=production): refusing to serve MOCK data. Set BRAZE_API_KEY and BRAZE_REST_ENDPOINT, or BRAZE_PROXY_MODE=mock to serve the mock on purpose`,
    );
  }
}

function readList(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}

function readFlag(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const normalised = value.toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(normalised)) return true;
  if (['off', 'false', '0', 'no'].includes(normalised)) return false;
  throw new ProxyConfigError(`${name} must be on or off (got ${JSON.stringify(value)})`);
}

function readInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) > max || Number(value) < min) {
    throw new ProxyConfigError(
      `${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`,
    );
  }
  return Number(value);
}
