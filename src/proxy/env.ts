import { checkRestEndpoint, ProxyConfigError, type ProxyConfig } from './config.js';

/** A proxy config read from the environment, plus where the CLI listens. */
export interface ProxyEnvConfig extends ProxyConfig {
  /** `PORT`, default 8787. */
  port: number;
  /** `HOST`, default 127.0.0.1 (loopback only). */
  host: string;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Reads the proxy's configuration from environment variables (pure: pass `process.env`):
 * `BRAZE_API_KEY` (none → mock mode), `BRAZE_REST_ENDPOINT` (required with a key), `PORT`, `HOST`,
 * `BRAZE_PROXY_ALLOWED_ORIGINS` (comma-separated) and `BRAZE_PROXY_CACHE_TTL_MS`. Empty values count as unset.
 * Throws a `ProxyConfigError` with a clear message for an invalid combination.
 */
export function loadConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ProxyEnvConfig {
  const read = (name: string) => env[name]?.trim() || undefined;
  const apiKey = read('BRAZE_API_KEY');
  const restEndpoint = read('BRAZE_REST_ENDPOINT');
  if (apiKey && !restEndpoint) {
    throw new ProxyConfigError(
      'BRAZE_API_KEY is set but BRAZE_REST_ENDPOINT is not: set it to your instance REST host, e.g. https://rest.iad-01.braze.com',
    );
  }
  if (restEndpoint) checkRestEndpoint(restEndpoint);

  const config: ProxyEnvConfig = {
    port: readInteger('PORT', read('PORT'), DEFAULT_PORT, 65_535),
    host: read('HOST') ?? DEFAULT_HOST,
  };
  if (apiKey) config.apiKey = apiKey;
  if (restEndpoint) config.restEndpoint = restEndpoint;
  const origins = read('BRAZE_PROXY_ALLOWED_ORIGINS');
  if (origins)
    config.allowedOrigins = origins
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
  const ttl = read('BRAZE_PROXY_CACHE_TTL_MS');
  if (ttl !== undefined) config.cacheTtlMs = readInteger('BRAZE_PROXY_CACHE_TTL_MS', ttl, 0, 86_400_000);
  return config;
}

function readInteger(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) > max) {
    throw new ProxyConfigError(`${name} must be an integer from 0 to ${max} (got ${JSON.stringify(value)})`);
  }
  return Number(value);
}
