/** Configuration of the reference proxy, and its validation (pure: runs in Node, workers and the browser). */

/** Anything with a fetch handler: the real Braze (through `fetch`) or the mock. */
export interface Upstream {
  fetch(request: Request): Promise<Response>;
}

/** Where the proxy reports upstream failures and (optionally) requests. Messages never contain the key. */
export interface ProxyLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
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
  /** Most responses kept in the cache; the oldest go first. Default 500. */
  cacheMaxEntries?: number;
  /** Upstream timeout in ms; a slower answer becomes a 504. Default 15 000. */
  upstreamTimeoutMs?: number;
  /** Path prefix the routes are mounted under, e.g. `/api/braze`. Default `''`. */
  basePath?: string;
  /** Serve `/segments/list` and `/campaigns/list` too. Default `true`. */
  pickers?: boolean;
  /** Where upstream failures are reported. Default: `console` for warnings and errors, silent otherwise. */
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
  readonly upstreamTimeoutMs: number;
  readonly basePath: string;
  readonly pickers: boolean;
  readonly logger: ProxyLogger;
}

/** Braze REST hosts: `rest.<instance>.braze.com` or `rest.<instance>.braze.eu`. */
export const BRAZE_REST_HOST = /^rest\.[a-z0-9-]+\.braze\.(com|eu)$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Printable ASCII without spaces: anything else cannot be a Braze key and would corrupt the header. */
const API_KEY_PATTERN = /^[\x21-\x7e]{8,512}$/;

/** Thrown for an invalid proxy configuration; the message says what to fix (and never contains the key). */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
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

function checkOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    const trimmed = origin.trim().replace(/\/$/, '');
    if (trimmed === '*') return trimmed;
    let parsed: URL | undefined;
    try {
      parsed = new URL(trimmed);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== trimmed) {
      throw new ProxyConfigError(
        `allowedOrigins entries must be origins like https://app.example.com or '*' (got ${JSON.stringify(origin)})`,
      );
    }
    return trimmed;
  });
}

function checkBasePath(basePath: string): string {
  if (basePath === '' || basePath === '/') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+\/?$/.test(basePath)) {
    throw new ProxyConfigError(`basePath must look like /api/braze (got ${JSON.stringify(basePath)})`);
  }
  return basePath.replace(/\/$/, '');
}

function checkDuration(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new ProxyConfigError(`${name} must be a number ≥ 0`);
  return value;
}

const consoleLogger: ProxyLogger = {
  info: () => undefined,
  warn: (message, details) => console.warn(`[braze-charts proxy] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[braze-charts proxy] ${message}`, details ?? ''),
};

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
  const upstreamOrigin = config.restEndpoint
    ? checkRestEndpoint(config.restEndpoint, config.allowInsecureUpstream === true)
    : MOCK_UPSTREAM_ORIGIN;
  const fetchUpstream = config.fetch;
  const upstream: Upstream =
    config.upstream ??
    (apiKey
      ? { fetch: (request) => (fetchUpstream ? fetchUpstream(request) : globalThis.fetch(request)) }
      : mockUpstream());
  const maxEntries = config.cacheMaxEntries ?? 500;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new ProxyConfigError('cacheMaxEntries must be an integer ≥ 1');
  }
  return {
    mode: apiKey ? 'braze' : 'mock',
    apiKey,
    upstreamOrigin,
    upstream,
    allowedOrigins: checkOrigins(config.allowedOrigins ?? []),
    cacheTtlMs: checkDuration('cacheTtlMs', config.cacheTtlMs, 60_000),
    cacheMaxEntries: maxEntries,
    upstreamTimeoutMs: checkDuration('upstreamTimeoutMs', config.upstreamTimeoutMs, 15_000),
    basePath: checkBasePath(config.basePath ?? ''),
    pickers: config.pickers ?? true,
    logger: config.logger ?? consoleLogger,
  };
}
